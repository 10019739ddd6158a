// Size budget for what Tidings injects into pages: the reader content script runs in every tab
// the reader opens, so it stays small (no NLP library: analysis runs in the background worker).
// Run after `wxt build`; fails CI when a budget is exceeded.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const OUT = process.env.TIDINGS_EXTENSION_DIR ?? '.output/chrome-mv3';
const BUDGETS = [
  // [file, budget in bytes, min+gz]
  // 60 KB until issue 13 added the page guards (frames/SVG/PDF/depth refusals with their reasons),
  // direction from the text and the trusted-events guard: +1.3 KB min+gz.
  // (main itself stood at 62.7 KB when this was merged.)
  ['content-scripts/reader.js', 64 * 1024],
];
// A string only the NLP library carries: finding it means the analysis leaked into the page.
const NLP_MARKERS = ['compromise'];

if (!existsSync(`${OUT}/manifest.json`)) {
  console.error(`check-bundle-size: no build in ${OUT}; run \`wxt build\` first.`);
  process.exit(1);
}

let failed = false;
for (const [file, budget] of BUDGETS) {
  const path = `${OUT}/${file}`;
  if (!existsSync(path)) {
    console.error(`check-bundle-size: ${path} is missing.`);
    failed = true;
    continue;
  }
  const source = readFileSync(path);
  const gz = gzipSync(source, { level: 9 }).length;
  const ok = gz <= budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${file}: ${(source.length / 1024).toFixed(1)} KB min, ` +
      `${(gz / 1024).toFixed(1)} KB min+gz (budget ${(budget / 1024).toFixed(0)} KB)`,
  );
  const text = source.toString('utf8');
  for (const marker of NLP_MARKERS) {
    if (text.includes(marker)) {
      console.error(
        `FAIL ${file} contains NLP code ("${marker}"): analysis belongs in the worker.`,
      );
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
