import { describe, expect, it } from 'vitest';
import { entryFromArticle } from '../../../utils/library/entry';
import {
  createSearchIndex,
  highlight,
  loadSearchIndex,
  removeMissing,
  searchDoc,
  searchLibrary,
  snippet,
  upsertDocs,
} from '../../../utils/library/search';
import { sampleAnalysis, sampleArticle } from './sample';

const nato = entryFromArticle(sampleArticle(), sampleAnalysis(), 1);
const rugby = entryFromArticle(
  sampleArticle({
    canonicalUrl: 'https://sport.example/rugby',
    title: 'Rugby final goes to extra time',
    text: 'The final in Cardiff went to extra time before the home side won.',
  }),
  {
    entities: {
      people: [],
      organizations: [],
      places: [{ name: 'Cardiff', mentions: 1, aliases: [] }],
    },
    summary: [],
  },
  2,
);

function index() {
  const ix = createSearchIndex();
  upsertDocs(ix, [searchDoc(nato, nato.text), searchDoc(rugby, rugby.text)]);
  return ix;
}

describe('library search', () => {
  it('finds by a word of the text, the title, an entity and the site', () => {
    const ix = index();
    expect(searchLibrary(ix, 'Stoltenberg').map((h) => h.url)).toEqual([nato.url]);
    expect(searchLibrary(ix, 'extra time').map((h) => h.url)).toEqual([rugby.url]);
    expect(searchLibrary(ix, 'North Atlantic').map((h) => h.url)).toEqual([nato.url]);
    expect(searchLibrary(ix, 'sport.example').map((h) => h.url)).toEqual([rugby.url]);
  });

  it('matches the word being typed as a prefix, and ignores diacritics', () => {
    const ix = index();
    expect(searchLibrary(ix, 'Stolt').map((h) => h.url)).toEqual([nato.url]);
    expect(searchLibrary(ix, 'nauseda').map((h) => h.url)).toEqual([nato.url]);
    expect(searchLibrary(ix, '')).toEqual([]);
  });

  it('ranks a title match above a text-only match', () => {
    const ix = index();
    const other = entryFromArticle(
      sampleArticle({
        canonicalUrl: 'https://c.example/x',
        title: 'Markets today',
        text: 'Rugby fans spent more.',
      }),
      { entities: { people: [], organizations: [], places: [] }, summary: [] },
      3,
    );
    upsertDocs(ix, [searchDoc(other, other.text)]);
    expect(searchLibrary(ix, 'rugby').map((h) => h.url)).toEqual([rugby.url, other.url]);
  });

  it('survives a snapshot round trip, replaces updated entries and drops deleted ones', () => {
    const ix = loadSearchIndex(JSON.stringify(index()));
    expect(searchLibrary(ix, 'Monday').map((h) => h.url)).toEqual([nato.url]);
    upsertDocs(ix, [searchDoc({ ...nato, title: 'Renamed' }, 'Nothing about the day now.')]);
    expect(searchLibrary(ix, 'Monday')).toEqual([]);
    expect(searchLibrary(ix, 'Renamed').map((h) => h.url)).toEqual([nato.url]);
    expect(removeMissing(ix, [nato.url, rugby.url], new Set([nato.url]))).toBe(1);
    expect(searchLibrary(ix, 'Cardiff')).toEqual([]);
  });

  it('highlights whole matched words', () => {
    const [hit] = searchLibrary(index(), 'stolt');
    expect(highlight('Jens Stoltenberg, Stoltenberg’s aide', hit?.terms ?? [])).toEqual([
      { text: 'Jens ', match: false },
      { text: 'Stoltenberg', match: true },
      { text: ', Stoltenberg’s aide', match: false },
    ]);
    expect(snippet('a '.repeat(200) + 'Stoltenberg spoke', ['stoltenberg'], 20)).toMatch(
      /^….*Stoltenberg spoke$/,
    );
  });
});
