import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const fixture = join(root, 'tests/fixtures/pages/nato-visit/source.html');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/extract.ts'), ...args],
      { cwd: root, maxBuffer: 1 << 26 },
      (err, stdout, stderr) =>
        done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run extract', () => {
  it('prints one JSON object for one page', async () => {
    const { code, stdout } = await run([
      fixture,
      '--url',
      'https://globalledger.example/international/nato',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out.isArticle).toBe(true);
    expect(out.title).toContain('NATO Secretary-General');
    expect(out.text).not.toContain('#NATO');
    expect((out.removed as { rule: string; text: string }[]).map((r) => r.rule)).toContain(
      'sponsored-label',
    );
    expect(Object.keys((out.removed as object[])[0] ?? {})).toEqual(['rule', 'text']);
  });

  it('prints one line per page in batch mode, with an error line for a missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-cli-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(Buffer.from('<html><body><p>Hello</p></body></html>')));
    const { code, stdout } = await run([fixture, join(dir, 'missing.html'), gz]);
    expect(code).not.toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([fixture, join(dir, 'missing.html'), gz]);
    expect(lines[0]?.isArticle).toBe(true);
    expect(lines[1]?.error).toBe('file not found');
    expect(lines[2]?.isArticle).toBe(false);
    expect(typeof lines[2]?.reason).toBe('string');
  });

  it('fails with a one-line error for a missing page', async () => {
    const { code, stdout, stderr } = await run(['/nonexistent/page.html']);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
