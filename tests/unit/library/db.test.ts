import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearHistory,
  closeLibrary,
  countEntries,
  deleteEntries,
  exportEntries,
  getEntry,
  getTexts,
  importEntries,
  isSaved,
  listEntries,
  pruneHistory,
  recordRead,
  restoreEntries,
  setSaved,
} from '../../../utils/library/db';
import { LIBRARY_DB_NAME } from '../../../utils/library/schema';
import { DAY_MS } from '../../../utils/library/retention';
import { sampleAnalysis, sampleArticle } from './sample';

const T0 = Date.UTC(2026, 0, 10, 12);

beforeEach(async () => {
  fakeBrowser.reset();
  closeLibrary();
  await Dexie.delete(LIBRARY_DB_NAME);
});

describe('recordRead', () => {
  it('records an article under its canonical URL with everything needed offline', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), { historyEnabled: true, now: T0 });
    const entry = await getEntry('https://news.example.org/world/nato-visit');
    expect(entry).toMatchObject({
      url: 'https://news.example.org/world/nato-visit',
      readUrl: 'https://news.example.org/world/nato-visit?utm_source=feed',
      title: 'Stoltenberg visits Vilnius ahead of NATO summit',
      byline: 'By Anna Berg',
      site: 'news.example.org',
      publishedTime: '2023-07-10T08:00:00Z',
      lang: 'en',
      firstOpened: T0,
      lastOpened: T0,
      timesRead: 1,
      readingMinutes: 1,
      saved: false,
    });
    expect(entry?.contentHtml).toContain('<b>Jens Stoltenberg</b>');
    expect(entry?.text).toContain('arrived in Vilnius');
    expect(entry?.entities.organizations[0]?.name).toBe('NATO');
    expect(entry?.summary).toHaveLength(2);
  });

  it('gives back the article text for search snippets', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), { historyEnabled: true, now: T0 });
    const texts = await getTexts([
      'https://news.example.org/world/nato-visit',
      'https://gone.example/',
    ]);
    expect([...texts.keys()]).toEqual(['https://news.example.org/world/nato-visit']);
    expect(texts.get('https://news.example.org/world/nato-visit')).toContain('He met President');
  });

  it('uses the URL it was read at when the page declared no canonical URL', async () => {
    await recordRead(sampleArticle({ canonicalUrl: null }), sampleAnalysis(), {
      historyEnabled: true,
      now: T0,
    });
    expect((await listEntries()).map((e) => e.url)).toEqual([
      'https://news.example.org/world/nato-visit?utm_source=feed',
    ]);
  });

  it('keeps one entry for the same article opened twice, counting reads', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), { historyEnabled: true, now: T0 });
    await recordRead(
      sampleArticle({ url: 'https://news.example.org/world/nato-visit?amp=1' }),
      sampleAnalysis(),
      {
        historyEnabled: true,
        now: T0 + 5000,
      },
    );
    const list = await listEntries();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ timesRead: 2, firstOpened: T0, lastOpened: T0 + 5000 });
  });

  it('counts a read sent again (the worker died before it answered) once', async () => {
    const on = { historyEnabled: true, now: T0 };
    await recordRead(sampleArticle(), sampleAnalysis(), { ...on, readId: 'opening-1' });
    // The same opening's retry, after the first write was committed.
    await recordRead(sampleArticle(), sampleAnalysis(), {
      ...on,
      now: T0 + 2000,
      readId: 'opening-1',
    });
    expect((await listEntries())[0]).toMatchObject({ timesRead: 1, lastOpened: T0 });
    // Another opening of the same article is another read.
    await recordRead(sampleArticle(), sampleAnalysis(), {
      ...on,
      now: T0 + 9000,
      readId: 'opening-2',
    });
    expect((await listEntries())[0]).toMatchObject({ timesRead: 2, lastOpened: T0 + 9000 });
  });

  it('records nothing while history is paused, unless the read is a save', async () => {
    const paused = { historyEnabled: false };
    expect(await recordRead(sampleArticle(), sampleAnalysis(), { ...paused, now: T0 })).toEqual({
      saved: false,
    });
    expect(await countEntries()).toBe(0);
    expect(
      await recordRead(sampleArticle(), sampleAnalysis(), { ...paused, now: T0, saved: true }),
    ).toEqual({
      saved: true,
    });
    expect(await countEntries()).toBe(1);
    // A later read while paused reports the saved state without touching the entry.
    expect(await recordRead(sampleArticle(), sampleAnalysis(), { ...paused, now: T0 + 1 })).toEqual(
      {
        saved: true,
      },
    );
    expect((await listEntries())[0]?.timesRead).toBe(1);
  });

  it('records ten articles saved at once as ten entries', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        recordRead(
          sampleArticle({ canonicalUrl: `https://news.example.org/a/${i}`, title: `Story ${i}` }),
          sampleAnalysis(),
          { historyEnabled: true, now: T0 + i, saved: true },
        ),
      ),
    );
    const list = await listEntries();
    expect(list).toHaveLength(10);
    expect(list.every((e) => e.saved)).toBe(true);
    expect(list[0]?.title).toBe('Story 9');
  });
});

describe('saving', () => {
  it('saves and unsaves, found by canonical or read URL', async () => {
    const article = sampleArticle();
    await recordRead(article, sampleAnalysis(), { historyEnabled: true, now: T0 });
    expect(await isSaved(article.url)).toBe(false);
    expect(await setSaved(article, sampleAnalysis(), true, T0 + 1)).toEqual({ saved: true });
    expect(await isSaved(article.url)).toBe(true);
    expect(await isSaved('https://news.example.org/world/nato-visit')).toBe(true);
    expect(await setSaved(article, sampleAnalysis(), false, T0 + 2)).toEqual({ saved: false });
    expect(await isSaved(article.url)).toBe(false);
    expect(await countEntries()).toBe(1);
  });

  it('a later read does not unsave', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), {
      historyEnabled: true,
      now: T0,
      saved: true,
    });
    expect(
      await recordRead(sampleArticle(), sampleAnalysis(), { historyEnabled: true, now: T0 + 1 }),
    ).toEqual({
      saved: true,
    });
  });

  it('saving an unknown article records it', async () => {
    await setSaved(sampleArticle(), sampleAnalysis(), true, T0);
    expect(await getEntry('https://news.example.org/world/nato-visit')).toMatchObject({
      saved: true,
      savedAt: T0,
      timesRead: 1,
    });
  });
});

describe('retention', () => {
  it('prunes unsaved entries past the retention period and never saved ones', async () => {
    const old = T0 - 40 * DAY_MS;
    await recordRead(sampleArticle({ canonicalUrl: 'https://a.example/old' }), sampleAnalysis(), {
      historyEnabled: true,
      now: old,
    });
    await recordRead(sampleArticle({ canonicalUrl: 'https://a.example/kept' }), sampleAnalysis(), {
      historyEnabled: true,
      now: old,
      saved: true,
    });
    await recordRead(sampleArticle({ canonicalUrl: 'https://a.example/new' }), sampleAnalysis(), {
      historyEnabled: true,
      now: T0 - DAY_MS,
    });
    expect(await pruneHistory(T0, 30)).toBe(1);
    expect((await listEntries()).map((e) => e.url).sort()).toEqual([
      'https://a.example/kept',
      'https://a.example/new',
    ]);
    expect(await pruneHistory(T0, 0)).toBe(0);
  });
});

describe('delete, undo, clear', () => {
  it('deletes entries and puts them back unchanged on undo', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), {
      historyEnabled: true,
      now: T0,
      saved: true,
    });
    await recordRead(sampleArticle({ canonicalUrl: 'https://b.example/x' }), sampleAnalysis(), {
      historyEnabled: true,
      now: T0,
    });
    const before = await exportEntries();
    const removed = await deleteEntries([
      'https://news.example.org/world/nato-visit',
      'https://b.example/x',
    ]);
    expect(await countEntries()).toBe(0);
    await restoreEntries(removed);
    expect(await exportEntries()).toEqual(before);
  });

  it('clear history removes unsaved entries and keeps saved ones', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), {
      historyEnabled: true,
      now: T0,
      saved: true,
    });
    await recordRead(sampleArticle({ canonicalUrl: 'https://b.example/x' }), sampleAnalysis(), {
      historyEnabled: true,
      now: T0,
    });
    const removed = await clearHistory();
    expect(removed.map((e) => e.url)).toEqual(['https://b.example/x']);
    expect((await listEntries()).map((e) => e.url)).toEqual([
      'https://news.example.org/world/nato-visit',
    ]);
  });
});

describe('importEntries', () => {
  it('merges by URL without losing reads or the saved state', async () => {
    await recordRead(sampleArticle(), sampleAnalysis(), {
      historyEnabled: true,
      now: T0,
      saved: true,
    });
    const [stored] = await exportEntries();
    if (!stored) throw new Error('missing entry');
    const result = await importEntries([
      {
        ...stored,
        saved: false,
        savedAt: null,
        timesRead: 5,
        firstOpened: T0 - 10,
        lastOpened: T0 + 10,
      },
      { ...stored, url: 'https://c.example/new', title: 'Another' },
    ]);
    expect(result).toEqual({ added: 1, merged: 1 });
    const merged = await getEntry(stored.url);
    expect(merged).toMatchObject({
      saved: true,
      savedAt: T0,
      timesRead: 5,
      firstOpened: T0 - 10,
      lastOpened: T0 + 10,
    });
    expect(await countEntries()).toBe(2);
  });
});
