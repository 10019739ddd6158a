// Only the sanitizer assigns HTML into a document: every other module goes through it, so no
// unsanitized markup can reach a page. Fails CI when another source file writes HTML directly.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const ALLOWED = new Set(['utils/extract/sanitize.ts']);
const PATTERN =
  /\.(innerHTML|outerHTML)\s*[+]?=(?!=)|insertAdjacentHTML\s*\(|dangerouslySetInnerHTML|document\.write\s*\(/;

const files = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', 'utils', 'entrypoints', 'components'],
  {
    encoding: 'utf8',
  },
)
  .split('\n')
  .filter((f) => /\.(ts|tsx|js|mjs)$/.test(f) && !ALLOWED.has(f));

const offenders = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (PATTERN.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
    });
}
if (offenders.length) {
  console.error('HTML written outside utils/extract/sanitize.ts (use its helpers instead):');
  for (const o of offenders) console.error('  ' + o);
  process.exit(1);
}
console.log(`check-no-innerhtml: ${files.length} files clean`);
