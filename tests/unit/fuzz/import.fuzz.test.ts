/**
 * Property tests of import and export (issue 13): random JSON and mutated real exports. Parsing
 * never throws; it accepts a file or refuses it with a message; whatever it accepts the store
 * takes and gives back; the Markdown export of anything the store holds never throws. Each call
 * within its budget. Counts printed as `[figures]` for SECURITY.md.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeLibrary, exportEntries, importEntries, recordRead } from '../../../utils/library/db';
import {
  entryToMarkdown,
  parseLibraryExport,
  toExportJson,
} from '../../../utils/library/export-format';
import { LIBRARY_DB_NAME } from '../../../utils/library/schema';
import { checkEntry, type LibraryEntry } from '../../../utils/model';
import { sampleAnalysis, sampleArticle } from '../library/sample';

/** Per file of up to a few entries. */
const BUDGET_MS = 200;
const win = new JSDOM('').window;
const parse = (html: string) => new win.DOMParser().parseFromString(html, 'text/html').body;

let valid: LibraryEntry[] = [];
beforeAll(async () => {
  fakeBrowser.reset();
  closeLibrary();
  await Dexie.delete(LIBRARY_DB_NAME);
  await recordRead(sampleArticle(), sampleAnalysis(), { historyEnabled: true, now: 1e12 });
  await recordRead(
    sampleArticle({ url: 'https://b.example/x', canonicalUrl: null, dir: 'rtl' }),
    sampleAnalysis(),
    { historyEnabled: true, now: 1e12 + 1, saved: true },
  );
  valid = await exportEntries();
});

/** Values a field could be given by a hostile or broken file. */
const junk = fc.oneof(
  fc.constantFrom(
    null, undefined, true, 0, -1, 1.5, 9e15, -9e15, Number.MAX_VALUE, NaN, '', 'x'.repeat(70_000),
    'javascript:alert(1)', 'file:///etc/passwd', 'https://ok.example/', '2026-01-01', [], {},
    ['a'], { name: 'x', mentions: 1, aliases: [] }, '<img src=https://t.example/p>',
  ), // prettier-ignore
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A real export with one field of one entry replaced, removed, or the entry itself replaced. */
const mutatedFile = fc
  .tuple(fc.nat(), fc.nat(), junk, fc.constantFrom('set', 'delete', 'replace', 'duplicate'))
  .map(([which, field, value, how]) => {
    const entries: unknown[] = valid.map((e) => ({ ...e }));
    const i = which % entries.length;
    const entry = entries[i] as Record<string, unknown>;
    const keys = Object.keys(entry);
    const key = keys[field % keys.length] as string;
    if (how === 'set') entry[key] = value;
    else if (how === 'delete') delete entry[key];
    else if (how === 'replace') entries[i] = value;
    else entries.push(entries[i]);
    return JSON.stringify({
      format: 'tidings-library',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      entries,
    });
  });

/** Random text, random JSON, and JSON of the right outline with random entries. */
const randomFile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc
    .array(fc.dictionary(fc.string({ maxLength: 12 }), junk, { maxKeys: 25 }), { maxLength: 4 })
    .map((entries) => JSON.stringify({ format: 'tidings-library', version: 1, entries })),
);

describe('import under random and mutated files', () => {
  it(`parses or refuses with a message, never throws, within ${BUDGET_MS} ms`, async () => {
    let cases = 0;
    let accepted = 0;
    let overBudget = 0;
    let worst = 0;
    const acceptedFiles: LibraryEntry[][] = [];
    fc.assert(
      fc.property(fc.oneof(mutatedFile, randomFile), (text) => {
        cases++;
        const started = performance.now();
        const result = parseLibraryExport(text);
        const ms = performance.now() - started;
        worst = Math.max(worst, ms);
        if (ms > BUDGET_MS) overBudget++;
        if (result.ok) {
          accepted++;
          for (const e of result.entries) expect(checkEntry(e).ok).toBe(true);
          if (acceptedFiles.length < 25) acceptedFiles.push(result.entries);
          // Whatever the store holds exports to Markdown without throwing.
          for (const e of result.entries) entryToMarkdown(e, parse);
        } else {
          expect(result.error.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 400 },
    );
    // Accepted files really import, and export again to a file that parses the same.
    for (const entries of acceptedFiles) {
      await importEntries(entries);
      const again = parseLibraryExport(toExportJson(await exportEntries(), 0));
      expect(again.ok).toBe(true);
    }
    console.log(
      `[figures] import fuzz: ${cases} files (${accepted} accepted), 0 throws, ` +
        `${overBudget} over ${BUDGET_MS} ms, worst ${worst.toFixed(1)} ms`,
    );
    expect(overBudget).toBe(0);
  });
});
