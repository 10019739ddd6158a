import { describe, expect, it } from 'vitest';
import { entryFromArticle } from '../../../utils/model';
import {
  createSearchIndex,
  highlight,
  parseQuery,
  removeMissing,
  SearchIndex,
  searchDoc,
  searchLibrary,
  snippet,
  upsertDocs,
} from '../../../utils/library/search';
import { sampleAnalysis, sampleArticle } from './sample';

const noEntities = { people: [], organizations: [], places: [] };
const nato = entryFromArticle(sampleArticle(), sampleAnalysis(), 1);
const rugby = entryFromArticle(
  sampleArticle({
    canonicalUrl: 'https://sport.example/rugby',
    title: 'Rugby final goes to extra time',
    text: 'The final in Cardiff went to extra time before the home side won.',
  }),
  {
    entities: { ...noEntities, places: [{ name: 'Cardiff', mentions: 1, aliases: [] }] },
    summary: [],
  },
  2,
);

function index() {
  const ix = createSearchIndex();
  upsertDocs(ix, [searchDoc(nato, nato.text), searchDoc(rugby, rugby.text)]);
  return ix;
}
const urls = (ix: SearchIndex, q: string) => searchLibrary(ix, q).map((h) => h.url);

describe('library search', () => {
  it('finds by a word of the text, the title, an entity alias and the site', () => {
    const ix = index();
    expect(urls(ix, 'Stoltenberg ')).toEqual([nato.url]);
    expect(urls(ix, 'extra time')).toEqual([rugby.url]);
    expect(urls(ix, 'North Atlantic')).toEqual([nato.url]);
    expect(urls(ix, 'sport.example')).toEqual([rugby.url]);
  });

  it('requires every word', () => {
    expect(urls(index(), 'Cardiff Vilnius ')).toEqual([]);
  });

  it('matches the word being typed as a prefix, and ignores diacritics and case', () => {
    const ix = index();
    expect(urls(ix, 'Stolt')).toEqual([nato.url]);
    expect(urls(ix, 'stolt ')).toEqual([]);
    expect(urls(ix, 'NAUSEDA')).toEqual([nato.url]);
    expect(urls(ix, '')).toEqual([]);
    expect(urls(ix, 's')).toEqual([]);
  });

  it('ranks a title match above a text-only match', () => {
    const ix = index();
    const other = entryFromArticle(
      sampleArticle({
        canonicalUrl: 'https://c.example/x',
        title: 'Markets today',
        text: 'Rugby fans spent more on tickets than on anything else this year.',
      }),
      { entities: noEntities, summary: [] },
      3,
    );
    upsertDocs(ix, [searchDoc(other, other.text)]);
    expect(urls(ix, 'rugby')).toEqual([rugby.url, other.url]);
  });

  it('survives a snapshot round trip, replaces updated entries and drops deleted ones', () => {
    const ix = SearchIndex.deserialize(index().serialize());
    expect(urls(ix, 'Monday')).toEqual([nato.url]);
    upsertDocs(ix, [searchDoc({ ...nato, title: 'Renamed' }, 'Nothing about the day now.')]);
    expect(urls(ix, 'Monday')).toEqual([]);
    expect(urls(ix, 'Renamed')).toEqual([nato.url]);
    expect(removeMissing(ix, new Set([nato.url]))).toBe(1);
    expect(urls(ix, 'Cardiff')).toEqual([]);
    // Tombstones are dropped from the snapshot, and what remains is still found.
    const again = SearchIndex.deserialize(ix.serialize());
    expect(again.size).toBe(1);
    expect(urls(again, 'renamed')).toEqual([nato.url]);
  });

  it('rejects damaged snapshot bytes', () => {
    const bytes = index().serialize();
    expect(() => SearchIndex.deserialize(bytes.subarray(0, bytes.length - 3))).toThrow();
  });

  it('highlights whole matched words, the typed word as a prefix', () => {
    expect(highlight('Jens Stoltenberg, Stoltenberg’s aide', parseQuery('jens stolt'))).toEqual([
      { text: 'Jens', match: true },
      { text: ' ', match: false },
      { text: 'Stoltenberg', match: true },
      { text: ', ', match: false },
      { text: 'Stoltenberg', match: true },
      { text: '’s aide', match: false },
    ]);
    expect(highlight('Nausėda met him', parseQuery('nauseda '))).toEqual([
      { text: 'Nausėda', match: true },
      { text: ' met him', match: false },
    ]);
  });

  it('cuts a snippet around the first match, at word boundaries', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Then Stoltenberg spoke to the press. ${'More words follow here. '.repeat(20)}`;
    const s = snippet(text, parseQuery('stolt'), 60);
    expect(s).toMatch(/^… .*Then Stoltenberg spoke to the press\..* …$/);
    expect(s.length).toBeLessThan(140);
    expect(snippet('Short text.', parseQuery('absent '))).toBe('Short text.');
  });
});
