/**
 * Full-text search over the library (MiniSearch): title, article text, entities and site, ranked
 * (title and entity matches weigh more), the last word matched as a prefix so results follow
 * the reader's typing. Pure: the caller loads documents and persists the index.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { rankedEntities } from './entry';
import type { EntryMeta } from './types';

/** Version of the index options below; a stored snapshot of another format is rebuilt. */
export const SEARCH_FORMAT = 1;

/** What is indexed for one entry. */
export interface SearchDoc {
  url: string;
  title: string;
  text: string;
  entities: string;
  site: string;
}

// Frequent function words: every article has them, so they only bloat the index.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'of on or our she so than that the their them then there these they this to was we were ' +
    'which who will with you'
  ).split(' '),
);

/** Lower-case, strip diacritics (so "Nauseda" finds "Nausėda"); null drops the term. */
export function normalizeTerm(term: string): string | null {
  const t = term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  if (t.length < 2 && !/\d/.test(t)) return null;
  return STOP_WORDS.has(t) ? null : t;
}

const OPTIONS: Options<SearchDoc> = {
  idField: 'url',
  fields: ['title', 'text', 'entities', 'site'],
  storeFields: [],
  processTerm: (term) => normalizeTerm(term),
  searchOptions: {
    boost: { title: 3, entities: 2, site: 1.5 },
    combineWith: 'AND',
    // Only the word being typed is a prefix; a one-letter prefix would match half the vocabulary.
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
    processTerm: (term) => normalizeTerm(term),
  },
};

/** The document indexed for an entry. */
export function searchDoc(
  meta: Pick<EntryMeta, 'url' | 'title' | 'site' | 'entities'>,
  text: string,
): SearchDoc {
  const entities = rankedEntities(meta.entities)
    .flatMap((e) => [e.name, ...e.aliases])
    .join(' \n ');
  return { url: meta.url, title: meta.title, text, entities, site: meta.site };
}

/** An empty index. */
export function createSearchIndex(): MiniSearch<SearchDoc> {
  return new MiniSearch<SearchDoc>(OPTIONS);
}

/** An index from a stored `JSON.stringify(index)` snapshot. */
export function loadSearchIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, OPTIONS);
}

/** Add or replace documents. */
export function upsertDocs(index: MiniSearch<SearchDoc>, docs: SearchDoc[]): void {
  for (const doc of docs) {
    if (index.has(doc.url)) index.discard(doc.url);
    index.add(doc);
  }
}

/** Remove documents whose entries no longer exist. Returns how many were removed. */
export function removeMissing(
  index: MiniSearch<SearchDoc>,
  indexedIds: Iterable<string>,
  currentIds: ReadonlySet<string>,
): number {
  let removed = 0;
  for (const id of indexedIds) {
    if (!currentIds.has(id) && index.has(id)) {
      index.discard(id);
      removed++;
    }
  }
  return removed;
}

/** One ranked hit: the entry URL and the indexed words that matched (for highlighting). */
export interface SearchHit {
  url: string;
  score: number;
  terms: string[];
}

/** Ranked hits for what the reader typed (empty query → no hits). */
export function searchLibrary(index: MiniSearch<SearchDoc>, query: string): SearchHit[] {
  if (!query.trim()) return [];
  return index.search(query).map((r: SearchResult) => ({
    url: String(r.id),
    score: r.score,
    terms: r.terms,
  }));
}

/** A piece of text, marked when it is a search match. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Split text into segments, marking every word whose normalized form is one of `terms` (the
 * matched index terms, so prefix matches highlight the whole word).
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const wanted = new Set(terms);
  const segments: Segment[] = [];
  let plain = '';
  for (const part of text.split(/([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/u)) {
    if (!part) continue;
    const norm = normalizeTerm(part);
    if (norm !== null && wanted.has(norm)) {
      if (plain) segments.push({ text: plain, match: false });
      plain = '';
      segments.push({ text: part, match: true });
    } else {
      plain += part;
    }
  }
  if (plain) segments.push({ text: plain, match: false });
  return segments;
}

/** A short stretch of `text` around its first match, for the result snippet. */
export function snippet(text: string, terms: readonly string[], radius = 90): string {
  if (terms.length === 0) return text.slice(0, radius * 2);
  const lower = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  let at = -1;
  for (const term of terms) {
    const i = lower.search(
      new RegExp(`(^|[^\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'),
    );
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}
