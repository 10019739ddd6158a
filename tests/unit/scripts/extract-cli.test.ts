// The command-line entry (`npm run -s extract`), run as a user runs it: a child process, JSON out.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'tests/fixtures/pages/nato-visit/source.html';
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    encoding: 'utf8',
  });

interface Named {
  name: string;
  mentions: number;
  aliases: string[];
}

describe('extract CLI', () => {
  it('prints one JSON object with the article, its entities and its summary', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/extract.ts', FIXTURE, '--url', 'https://example.com/nato'],
      { encoding: 'utf8' },
    );
    const page = JSON.parse(out);
    expect(page.isArticle).toBe(true);
    expect(page.text).not.toContain('#NATO');
    expect(page.removed.length).toBeGreaterThan(0);
    expect(Object.keys(page.removed[0]).sort()).toEqual(['rule', 'text']);
    const people = (page.entities.people as Named[]).map((p) => p.name);
    expect(people).toContain('Jens Stoltenberg');
    const stoltenberg = (page.entities.people as Named[]).find(
      (p) => p.name === 'Jens Stoltenberg',
    );
    expect(stoltenberg?.mentions).toBeGreaterThanOrEqual(15);
    expect(page.summary.length).toBeGreaterThanOrEqual(3);
    expect(page.summary.length).toBeLessThanOrEqual(5);
  });

  it('analyses plain-text articles with --text, one line per file, errors on their own line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-cli-'));
    const file = join(dir, 'a.txt');
    writeFileSync(
      file,
      'Angela Merkel met Emmanuel Macron in Paris on Monday.\nMerkel said Germany and France would work together.\n',
    );
    const missing = join(dir, 'missing.txt');
    const result = run(['--text', file, missing]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('missing.txt');
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe(file);
    expect(lines[0].entities.people[0]).toMatchObject({ name: 'Angela Merkel', mentions: 2 });
    expect(lines[0].summary).toHaveLength(2);
    expect(lines[1]).toEqual({ file: missing, error: 'file not found' });
  });

  it('fails with a one-line error for a missing page', () => {
    const result = run(['does-not-exist.html']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
