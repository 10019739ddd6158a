import { describe, expect, it } from 'vitest';
import { firstSentence, mergeRead, topEntityNames } from '../../../utils/library/entry';
import { entityChoices, filterEntries, siteChoices } from '../../../utils/library/filters';
import { DAY_MS, isExpired } from '../../../utils/library/retention';
import { entryFromArticle, entryKey, type LibraryEntry } from '../../../utils/model';
import { sampleAnalysis, sampleArticle } from './sample';

const T0 = Date.UTC(2026, 0, 10);

function entry(over: Partial<LibraryEntry>): LibraryEntry {
  return { ...entryFromArticle(sampleArticle(), sampleAnalysis(), T0), ...over };
}

describe('entry model', () => {
  it('keys by the canonical URL, else the read URL', () => {
    expect(
      entryKey({ url: 'https://a.example/x?ref=1', canonicalUrl: 'https://a.example/x' }),
    ).toBe('https://a.example/x');
    expect(entryKey({ url: 'https://a.example/x?ref=1', canonicalUrl: null })).toBe(
      'https://a.example/x?ref=1',
    );
    expect(entryKey({ url: 'https://a.example/y', canonicalUrl: '  ' })).toBe(
      'https://a.example/y',
    );
  });

  it('a second read updates content and counts, keeps the first opening and the saved state', () => {
    const first = entryFromArticle(sampleArticle(), sampleAnalysis(), T0, true);
    const again = entryFromArticle(
      sampleArticle({ title: 'Updated title' }),
      sampleAnalysis(),
      T0 + 9,
    );
    const merged = mergeRead(first, again, T0 + 9);
    expect(merged).toMatchObject({
      title: 'Updated title',
      timesRead: 2,
      firstOpened: T0,
      lastOpened: T0 + 9,
      saved: true,
      savedAt: T0,
    });
  });

  it('shows top entities across types and the summary first sentence', () => {
    const e = entry({});
    expect(topEntityNames(e.entities, 3)).toEqual(['Jens Stoltenberg', 'NATO', 'Vilnius']);
    expect(firstSentence(e)).toBe(
      'NATO Secretary-General Jens Stoltenberg arrived in Vilnius on Monday.',
    );
    expect(firstSentence({ summary: [], excerpt: 'Lead.' })).toBe('Lead.');
  });
});

describe('retention', () => {
  it('expires unsaved entries older than the retention period only', () => {
    expect(isExpired({ saved: false, lastOpened: T0 - 31 * DAY_MS }, T0, 30)).toBe(true);
    expect(isExpired({ saved: false, lastOpened: T0 - 29 * DAY_MS }, T0, 30)).toBe(false);
    expect(isExpired({ saved: true, lastOpened: T0 - 999 * DAY_MS }, T0, 30)).toBe(false);
    expect(isExpired({ saved: false, lastOpened: T0 - 999 * DAY_MS }, T0, 0)).toBe(false);
  });
});

describe('filters', () => {
  const a = entry({ url: 'https://news.example.org/a', saved: true, lastOpened: T0 });
  const b = entry({
    url: 'https://other.example/b',
    site: 'other.example',
    saved: false,
    lastOpened: T0 - 5 * DAY_MS,
    entities: {
      people: [],
      organizations: [{ name: 'European Union', mentions: 1, aliases: ['EU'] }],
      places: [],
    },
  });
  const all = [a, b];

  it('saved / all', () => {
    expect(filterEntries(all, { scope: 'saved' }).map((e) => e.url)).toEqual([a.url]);
    expect(filterEntries(all, { scope: 'all' })).toHaveLength(2);
  });

  it('by entity name or alias, case-insensitive', () => {
    expect(filterEntries(all, { entity: 'nato' }).map((e) => e.url)).toEqual([a.url]);
    expect(filterEntries(all, { entity: 'EU' }).map((e) => e.url)).toEqual([b.url]);
    expect(filterEntries(all, { entity: 'Stoltenberg' }).map((e) => e.url)).toEqual([a.url]);
  });

  it('by site and date range', () => {
    expect(filterEntries(all, { site: 'other.example' }).map((e) => e.url)).toEqual([b.url]);
    expect(filterEntries(all, { from: T0 - DAY_MS }).map((e) => e.url)).toEqual([a.url]);
    expect(filterEntries(all, { to: T0 - DAY_MS }).map((e) => e.url)).toEqual([b.url]);
  });

  it('offers sites and entities by frequency', () => {
    expect(siteChoices(all)).toEqual([
      { site: 'news.example.org', count: 1 },
      { site: 'other.example', count: 1 },
    ]);
    expect(entityChoices(all).map((c) => c.name)).toContain('NATO');
  });
});
