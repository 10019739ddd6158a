import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeLibrary, exportEntries, importEntries, recordRead } from '../../../utils/library/db';
import {
  entryToMarkdown,
  parseLibraryExport,
  toExportJson,
  toMarkdownZip,
} from '../../../utils/library/export-format';
import { LIBRARY_DB_NAME } from '../../../utils/library/schema';
import { sampleAnalysis, sampleArticle } from './sample';

const T0 = Date.UTC(2026, 0, 10, 12);
const parse = (html: string): ParentNode => new JSDOM(html).window.document.body;

async function fillLibrary(): Promise<void> {
  await recordRead(sampleArticle(), sampleAnalysis(), {
    historyEnabled: true,
    now: T0,
    saved: true,
  });
  await recordRead(
    sampleArticle({ canonicalUrl: null, url: 'https://b.example/ünï', title: 'Ça va' }),
    sampleAnalysis(),
    {
      historyEnabled: true,
      now: T0 + 1,
    },
  );
}

beforeEach(async () => {
  fakeBrowser.reset();
  closeLibrary();
  await Dexie.delete(LIBRARY_DB_NAME);
});

describe('JSON export and import', () => {
  it('export → import into an empty library gives the same library', async () => {
    await fillLibrary();
    const before = await exportEntries();
    const json = toExportJson(before, T0);
    closeLibrary();
    await Dexie.delete(LIBRARY_DB_NAME);
    const parsed = parseLibraryExport(json);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importEntries(parsed.entries)).toEqual({ added: 2, merged: 0 });
    expect(await exportEntries()).toEqual(before);
  });

  it('importing the same export twice changes nothing', async () => {
    await fillLibrary();
    const before = await exportEntries();
    const parsed = parseLibraryExport(toExportJson(before, T0));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importEntries(parsed.entries)).toEqual({ added: 0, merged: 2 });
    expect(await exportEntries()).toEqual(before);
  });

  it('rejects malformed and foreign files with a clear error, and nothing changes', async () => {
    await fillLibrary();
    const before = await exportEntries();
    const good = JSON.parse(toExportJson(before, T0)) as {
      entries: Array<Record<string, unknown>>;
    };
    const broken = structuredClone(good);
    if (broken.entries[1]) broken.entries[1].timesRead = 'many';
    const cases: Array<[string, RegExp]> = [
      ['{"entries": [', /not valid JSON/],
      [JSON.stringify({ bookmarks: [] }), /not a Tidings library export/],
      [JSON.stringify({ ...good, version: 7 }), /format version 7/],
      [JSON.stringify(broken), /damaged.*Entry 2 .*timesRead/],
    ];
    for (const [text, message] of cases) {
      const result = parseLibraryExport(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
    expect(await exportEntries()).toEqual(before);
  });

  it('an import that fails while writing leaves the store as it was', async () => {
    await fillLibrary();
    const before = await exportEntries();
    const [first] = before;
    if (!first) throw new Error('missing');
    // A key IndexedDB cannot store makes the write fail half-way through the batch.
    const bad = { ...first, url: undefined as unknown as string };
    await expect(
      importEntries([{ ...first, url: 'https://new.example/1', title: 'New' }, bad]),
    ).rejects.toThrow();
    expect(await exportEntries()).toEqual(before);
  });
});

describe('Markdown export', () => {
  it('writes one file per article with front matter and the article body', async () => {
    await fillLibrary();
    const entries = await exportEntries();
    const files = unzipSync(toMarkdownZip(entries, parse));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      'tidings-library/2026-01-10-ca-va.md',
      'tidings-library/2026-01-10-stoltenberg-visits-vilnius-ahead-of-nato-summit.md',
    ]);
    const md = strFromU8(files[names[1] ?? ''] ?? new Uint8Array());
    expect(md).toMatch(/^---\ntitle: "Stoltenberg visits Vilnius ahead of NATO summit"\n/);
    expect(md).toContain('url: "https://news.example.org/world/nato-visit"');
    expect(md).toContain('saved: true');
    expect(md).toContain('organizations:\n  - "NATO"');
    expect(md).toContain('## Arrival');
    expect(md).toContain(
      'NATO Secretary-General **Jens Stoltenberg** arrived in Vilnius on Monday.',
    );
  });

  it('converts lists, quotes and links', () => {
    const md = entryToMarkdown(
      {
        url: 'https://a.example/x',
        readUrl: 'https://a.example/x',
        title: 'T',
        byline: null,
        siteName: null,
        site: 'a.example',
        publishedTime: null,
        lang: null,
        dir: 'ltr',
        excerpt: null,
        contentHtml:
          '<ul><li>One</li><li>Two <a href="https://b.example/">link</a></li></ul><blockquote><p>Quoted</p></blockquote><ol><li>First</li></ol>',
        text: '',
        wordCount: 0,
        readingMinutes: 0,
        entities: { people: [], organizations: [], places: [] },
        summary: [],
        firstOpened: 0,
        lastOpened: 0,
        timesRead: 1,
        saved: false,
        savedAt: null,
      },
      parse,
    );
    expect(md).toContain('- One\n- Two [link](https://b.example/)');
    expect(md).toContain('> Quoted');
    expect(md).toContain('1. First');
    expect(md).toContain('people: []');
  });
});
