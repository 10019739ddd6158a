/**
 * Issue 13, the library side: a hostile page (canonical URL), a hostile or damaged file (import),
 * a damaged stored row. Each case failed on the code before the fix.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  closeLibrary,
  countEntries,
  deleteEntries,
  exportEntries,
  getEntry,
  importEntries,
  listEntries,
  listEntriesChecked,
  openLibrary,
  recordRead,
  setSaved,
} from '../../../utils/library/db';
import { parseLibraryExport, toExportJson } from '../../../utils/library/export-format';
import { streamExportJson, streamMarkdownZip } from '../../../utils/library/export-stream';
import { LIBRARY_DB_NAME } from '../../../utils/library/schema';
import {
  InvalidEntryError,
  LIBRARY_LIMITS,
  acceptedCanonical,
  entryFromArticle,
  entryKey,
  type LibraryEntry,
} from '../../../utils/model';
import { sampleAnalysis, sampleArticle } from './sample';

const T0 = Date.UTC(2026, 0, 10, 12);
const on = { historyEnabled: true } as const;

beforeEach(async () => {
  fakeBrowser.reset();
  closeLibrary();
  await Dexie.delete(LIBRARY_DB_NAME);
});

function exportFile(entries: unknown[]): string {
  return JSON.stringify({
    format: 'tidings-library',
    version: 1,
    exportedAt: '2026-01-10T12:00:00.000Z',
    entries,
  });
}

async function oneExported(): Promise<LibraryEntry> {
  await recordRead(sampleArticle(), sampleAnalysis(), { ...on, now: T0 });
  const [entry] = await exportEntries();
  if (!entry) throw new Error('nothing recorded');
  return entry;
}

describe('import: every field checked against the store’s schema (item 1)', () => {
  it('refuses a date out of range, and the library stays usable', async () => {
    const entry = await oneExported();
    for (const lastOpened of [9e15, -1, 1.5, Number.MAX_SAFE_INTEGER]) {
      const parsed = parseLibraryExport(
        exportFile([{ ...entry, url: 'https://x.example/a', lastOpened }]),
      );
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/lastOpened/);
    }
    // Even a caller that skips the parser cannot write it.
    await expect(importEntries([{ ...entry, lastOpened: 9e15 }])).rejects.toThrow(
      InvalidEntryError,
    );
    expect((await listEntries()).map((e) => e.lastOpened)).toEqual([T0]);
  });

  it('refuses lengths beyond the limits and wrong types, naming the field', async () => {
    const entry = await oneExported();
    const cases: Array<[Partial<Record<keyof LibraryEntry, unknown>>, RegExp]> = [
      [{ title: 'x'.repeat(LIBRARY_LIMITS.title + 1) }, /title/],
      [{ dir: 'sideways' }, /dir/],
      [{ timesRead: 0 }, /timesRead/],
      [{ url: 'javascript:alert(1)' }, /url/],
      [{ readUrl: 'data:text/html,hi' }, /readUrl/],
      [
        {
          entities: {
            ...entry.entities,
            people: [{ name: 'x'.repeat(100_000), mentions: 1, aliases: [] }],
          },
        },
        /entities\.people\.0\.name/,
      ],
      [{ summary: 'not a list' }, /summary/],
      [{ firstOpened: T0 + 1, lastOpened: T0 }, /firstOpened/],
    ];
    for (const [change, field] of cases) {
      const parsed = parseLibraryExport(exportFile([{ ...entry, ...change }]));
      expect(parsed.ok, JSON.stringify(change).slice(0, 80)).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(field);
    }
  });
});

describe('one rule for store and import: every stored shape re-imports (item 3)', () => {
  it('round-trips entries read at http, https and file: pages, odd canonicals, long fields', async () => {
    const shapes = [
      sampleArticle(),
      sampleArticle({ url: 'file:///home/me/saved/page.html', canonicalUrl: 'file:///x.html' }),
      sampleArticle({ url: 'file:///home/me/page.html', canonicalUrl: 'android-app://com.news/x' }),
      sampleArticle({ url: 'http://127.0.0.1:8080/a', canonicalUrl: 'https://other.example/a' }),
      sampleArticle({
        url: 'https://rtl.example/מאמר',
        canonicalUrl: null,
        dir: 'rtl',
        lang: 'he',
      }),
      sampleArticle({
        url: 'https://long.example/a',
        canonicalUrl: 'javascript:alert(1)',
        title: 'T'.repeat(50_000),
        byline: 'B'.repeat(50_000),
        excerpt: 'E'.repeat(50_000),
        lang: 'x'.repeat(5_000),
      }),
    ];
    const analysis = sampleAnalysis({
      summary: Array.from({ length: 40 }, (_, i) => `Sentence ${i}.`),
    });
    analysis.entities.people.push({
      name: 'N'.repeat(100_000),
      mentions: 1,
      aliases: ['a'],
      label: 'L',
    });
    for (const [i, article] of shapes.entries()) {
      await recordRead(article, analysis, { ...on, now: T0 + i, saved: i % 2 === 0 });
    }
    await setSaved(
      sampleArticle({ url: 'https://s.example/z', canonicalUrl: null }),
      analysis,
      true,
      T0,
    );
    const before = await exportEntries();
    expect(before).toHaveLength(shapes.length + 1);
    expect(before.map((e) => e.url)).not.toContain('android-app://com.news/x');

    const parsed = parseLibraryExport(toExportJson(before, T0));
    if (!parsed.ok) throw new Error(parsed.error);
    closeLibrary();
    await Dexie.delete(LIBRARY_DB_NAME);
    await importEntries(parsed.entries);
    expect(await exportEntries()).toEqual(before);
  });

  it('the streamed JSON export is the same file in substance and re-imports', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), { ...on, now: T0 });
    await recordRead(
      sampleArticle({ url: 'https://b.example/x', canonicalUrl: null }),
      sampleAnalysis(),
      {
        ...on,
        now: T0 + 1,
      },
    );
    const entries = await exportEntries();
    async function* batches() {
      yield { entries: entries.slice(0, 1), damaged: [] };
      yield {
        entries: entries.slice(1),
        damaged: [{ url: 'https://gone.example/', problem: 'x' }],
      };
    }
    const progress: number[] = [];
    const outcome = await streamExportJson(batches(), T0, {
      total: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([1, 2]);
    expect(outcome.damaged).toHaveLength(1);
    const text = await outcome.blob.text();
    expect(JSON.parse(text)).toEqual(JSON.parse(toExportJson(entries, T0)));
    const parsed = parseLibraryExport(text);
    expect(parsed.ok && parsed.entries).toEqual(entries);
  });

  it('the streamed Markdown zip holds one file per readable entry', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), { ...on, now: T0 });
    const entries = await exportEntries();
    async function* batches() {
      yield { entries, damaged: [] };
    }
    const { unzipSync } = await import('fflate');
    const outcome = await streamMarkdownZip(batches(), (h) => new JSDOM(h).window.document.body, {
      total: 1,
    });
    const files = unzipSync(new Uint8Array(await outcome.blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual([
      expect.stringMatching(/^tidings-library\/2026-01-10-.*\.md$/),
    ]);
  });
});

describe('the page does not choose where it is filed (item 5)', () => {
  it('accepts a canonical URL only when http(s) and on the page’s own site', () => {
    const page = 'https://www.news.example.co.uk/a?utm=1';
    expect(acceptedCanonical(page, 'https://news.example.co.uk/a')).toBe(
      'https://news.example.co.uk/a',
    );
    expect(acceptedCanonical(page, 'https://amp.example.co.uk/a')).toBe(
      'https://amp.example.co.uk/a',
    );
    expect(acceptedCanonical(page, 'https://bank.example/')).toBeNull();
    expect(acceptedCanonical(page, 'https://other.co.uk/a')).toBeNull();
    expect(acceptedCanonical(page, 'javascript:alert(1)')).toBeNull();
    expect(acceptedCanonical(page, 'file:///etc/passwd')).toBeNull();
    expect(acceptedCanonical(page, 'https://user:pw@news.example.co.uk/a')).toBeNull();
    expect(entryKey({ url: page, canonicalUrl: 'https://evil.example/' })).toBe(page);
  });

  it('another site naming a saved article as its canonical does not touch it', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), { ...on, now: T0, saved: true });
    const key = 'https://news.example.org/world/nato-visit';
    const before = await getEntry(key);
    await recordRead(
      sampleArticle({
        url: 'https://evil.example/fake',
        canonicalUrl: key,
        title: 'Defaced',
        contentHtml: '<p>defaced</p>',
        text: 'defaced',
      }),
      sampleAnalysis(),
      { ...on, now: T0 + 10 },
    );
    expect(await getEntry(key)).toEqual(before);
    expect((await getEntry('https://evil.example/fake'))?.title).toBe('Defaced');
  });

  it('a different page of the same site filed under the same URL counts a read, keeps the copy', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), { ...on, now: T0, saved: true });
    const key = 'https://news.example.org/world/nato-visit';
    await recordRead(
      sampleArticle({
        url: 'https://news.example.org/other-story',
        canonicalUrl: key,
        title: 'Other',
      }),
      sampleAnalysis(),
      { ...on, now: T0 + 10 },
    );
    const after = await getEntry(key);
    expect(after).toMatchObject({
      title: 'Stoltenberg visits Vilnius ahead of NATO summit',
      timesRead: 2,
    });
    expect(after?.lastOpened).toBe(T0 + 10);
    expect(after?.text).toContain('Vilnius');
  });

  it('never stores a page the schema refuses (chrome:, data:), and says why', async () => {
    await expect(
      recordRead(
        sampleArticle({ url: 'chrome://settings/', canonicalUrl: null }),
        sampleAnalysis(),
        {
          ...on,
          now: T0,
        },
      ),
    ).rejects.toThrow(/cannot be kept in the library: "url"/);
    expect(await countEntries()).toBe(0);
    expect(() =>
      entryFromArticle(sampleArticle({ title: 'x'.repeat(1e6) }), sampleAnalysis(), T0),
    ).not.toThrow();
  });
});

describe('a damaged stored row never takes the library down (item 6)', () => {
  async function damage(): Promise<void> {
    await recordRead(sampleArticle(), sampleAnalysis(), { ...on, now: T0 });
    await recordRead(
      sampleArticle({ url: 'https://b.example/ok', canonicalUrl: null }),
      sampleAnalysis(),
      {
        ...on,
        now: T0 + 1,
      },
    );
    await recordRead(
      sampleArticle({ url: 'https://c.example/bad-date', canonicalUrl: null }),
      sampleAnalysis(),
      {
        ...on,
        now: T0 + 2,
      },
    );
    const db = await openLibrary();
    // A truncated deflate stream ("unexpected EOF") and a date out of range.
    const content = await db.contents.get('https://b.example/ok');
    await db.contents.put({ ...content!, body: content!.body.slice(0, 10) });
    const row = await db.entries.get('https://c.example/bad-date');
    await db.entries.put({ ...row!, lastOpened: 9e15 });
  }

  it('lists the readable entries and reports the damaged ones', async () => {
    await damage();
    const { entries, damaged } = await listEntriesChecked();
    expect(entries.map((e) => e.url).sort()).toEqual([
      'https://b.example/ok',
      'https://news.example.org/world/nato-visit',
    ]);
    expect(damaged).toEqual([
      { url: 'https://c.example/bad-date', problem: expect.stringMatching(/lastOpened/) },
    ]);
  });

  it('exports what is readable, opens nothing damaged, and deletes the damaged rows', async () => {
    await damage();
    expect((await exportEntries()).map((e) => e.url)).toEqual([
      'https://news.example.org/world/nato-visit',
    ]);
    expect(await getEntry('https://b.example/ok')).toBeUndefined();
    await deleteEntries(['https://b.example/ok', 'https://c.example/bad-date']);
    expect(await countEntries()).toBe(1);
    expect((await listEntriesChecked()).damaged).toEqual([]);
  });

  it('a fresh read of a damaged entry replaces it', async () => {
    await damage();
    await recordRead(
      sampleArticle({ url: 'https://c.example/bad-date', canonicalUrl: null }),
      sampleAnalysis(),
      {
        ...on,
        now: T0 + 5,
      },
    );
    expect((await getEntry('https://c.example/bad-date'))?.lastOpened).toBe(T0 + 5);
  });
});
