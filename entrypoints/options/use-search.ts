import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getTexts } from '@/utils/library/db';
import { filterEntries } from '@/utils/library/filters';
import { parseQuery, searchLibrary, snippet, type ParsedQuery } from '@/utils/library/search';
import type { LiveSearchIndex } from '@/utils/library/search-store';
import type { EntryMeta, LibraryFilter } from '@/utils/model';

export interface LibrarySearch {
  /** The rows to show: the search hits in rank order (or every entry), filtered. */
  shown: EntryMeta[];
  /** The parsed query while searching, to highlight matches; null otherwise. */
  parsedQuery: ParsedQuery | null;
  /** Text around the match, for the rows in view. */
  snippets: ReadonlyMap<string, string>;
  /** The list reports the rows in view (their snippets are read on demand). */
  onVisible: (urls: string[]) => void;
  /** The search index is ready; else `indexed` of the entries are. */
  ready: boolean;
  indexed: number;
}

/**
 * Search and filters over the library: the index is opened after the first screen (its code is
 * not needed to paint it) and caught up whenever the library changes (`seq`).
 */
export function useLibrarySearch(
  entries: EntryMeta[] | null,
  complete: boolean,
  seq: number,
  query: string,
  filter: LibraryFilter,
): LibrarySearch {
  const [live, setLive] = useState<LiveSearchIndex | null>(null);
  const [indexed, setIndexed] = useState(0);
  const [indexVersion, setIndexVersion] = useState(0);
  const typedAt = useRef<number | null>(null);
  const lastQuery = useRef(query);
  if (lastQuery.current !== query) {
    lastQuery.current = query;
    typedAt.current = performance.now();
  }

  useEffect(() => {
    if (!complete || live) return;
    let stop = false;
    void import('@/utils/library/search-store')
      .then(({ openSearchIndex }) => openSearchIndex((n) => setIndexed(n)))
      .then((index) => !stop && setLive(index));
    return () => {
      stop = true;
    };
  }, [complete, live]);

  // The library changed (a read recorded, a delete, an import): catch the index up.
  useEffect(() => {
    if (!live) return;
    void live.refresh().then((changed) => changed && setIndexVersion((v) => v + 1));
  }, [live, seq]);

  const hits = useMemo(
    () => (live && query.trim() ? searchLibrary(live.index, query) : null),
    // indexVersion: the index object mutates in place when it catches up.
    [live, query, indexVersion],
  );
  const byUrl = useMemo(() => new Map((entries ?? []).map((e) => [e.url, e])), [entries]);
  const shown = useMemo(() => {
    if (!entries) return [];
    if (!hits) return filterEntries(entries, filter);
    const ranked = hits.flatMap((h) => {
      const e = byUrl.get(h.url);
      return e ? [e] : [];
    });
    return filterEntries(ranked, filter);
  }, [entries, hits, filter, byUrl]);
  const parsedQuery = useMemo(() => (hits ? parseQuery(query) : null), [hits, query]);

  // Snippets around the match for the rows in view: their texts are read on demand and kept.
  const texts = useRef(new Map<string, string>());
  const [visibleUrls, setVisibleUrls] = useState<string[]>([]);
  const [textsVersion, setTextsVersion] = useState(0);
  useEffect(() => {
    if (!parsedQuery) return;
    const missing = visibleUrls.filter((u) => !texts.current.has(u));
    if (missing.length === 0) return;
    void getTexts(missing).then((found) => {
      if (texts.current.size > 500) texts.current.clear();
      for (const [url, text] of found) texts.current.set(url, text);
      setTextsVersion((v) => v + 1);
    });
  }, [parsedQuery, visibleUrls]);
  const snippets = useMemo(() => {
    const out = new Map<string, string>();
    if (!parsedQuery) return out;
    for (const url of visibleUrls) {
      const text = texts.current.get(url);
      if (text) out.set(url, snippet(text, parsedQuery));
    }
    return out;
    // textsVersion: the texts map is filled in place.
  }, [parsedQuery, visibleUrls, textsVersion]);

  // Search per keystroke, for the benchmark and anyone profiling: typed → rows in the DOM.
  useLayoutEffect(() => {
    if (typedAt.current !== null) {
      performance.measure('tidings-search', { start: typedAt.current, end: performance.now() });
      typedAt.current = null;
    }
  }, [shown]);

  return { shown, parsedQuery, snippets, onVisible: setVisibleUrls, ready: live !== null, indexed };
}
