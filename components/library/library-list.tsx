import { useEffect, useRef, useState } from 'preact/hooks';
import { firstSentence, topEntityNames } from '@/utils/library/entry';
import type { ParsedQuery } from '@/utils/library/search';
import type { EntryMeta } from '@/utils/model';
import { HighlightedText } from './highlighted-text';

/** Every row has this height, so only the rows in view are rendered (10,000 entries stay fast). */
export const ROW_HEIGHT = 124;
const OVERSCAN = 6;

export interface LibraryListProps {
  entries: readonly EntryMeta[];
  /** The search query, to highlight its matches; null when not searching. */
  query: ParsedQuery | null;
  selected: ReadonlySet<string>;
  onToggleSelected: (url: string) => void;
  onOpen: (url: string) => void;
  onDelete: (url: string) => void;
  onFilterEntity: (name: string) => void;
  /** Text around the match, per entry URL, while searching (loaded for the rows in view). */
  snippets: ReadonlyMap<string, string>;
  /** The URLs of the rows in view, after each change (to load their snippets). */
  onVisible?: (urls: string[]) => void;
  /** Shown when there are no entries. */
  emptyMessage: string;
}

// Dates are checked when stored and imported; a row that still carries a bad one shows no date
// instead of throwing (`toISOString` throws on an invalid date and would take the page down).
function formatDay(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

function isoTime(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The library's articles, newest first, windowed. */
export function LibraryList(props: LibraryListProps) {
  const { entries, query, selected } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onScroll = () => setScrollTop(el.scrollTop);
    const onResize = () => setViewport(el.clientHeight || 800);
    el.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onResize);
    onResize();
    return () => {
      el.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onResize);
    };
  }, []);

  // A new result set starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [entries]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(entries.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const visible = entries.slice(first, last);
  const { onVisible } = props;
  const visibleKey = visible.map((e) => e.url).join('\n');
  useEffect(() => {
    if (onVisible && visibleKey) onVisible(visibleKey.split('\n'));
  }, [visibleKey, onVisible]);

  if (entries.length === 0) {
    return (
      <div class="lib-scroller" ref={scroller}>
        <p class="lib-empty">{props.emptyMessage}</p>
      </div>
    );
  }

  return (
    <div class="lib-scroller" ref={scroller}>
      <ul
        class="lib-list"
        aria-label="Articles"
        aria-rowcount={entries.length}
        style={{ height: `${entries.length * ROW_HEIGHT}px` }}
      >
        {visible.map((entry, i) => {
          const checked = selected.has(entry.url);
          return (
            <li
              key={entry.url}
              class="lib-row"
              data-article-url={entry.url}
              aria-posinset={first + i + 1}
              aria-setsize={entries.length}
              style={{
                transform: `translateY(${(first + i) * ROW_HEIGHT}px)`,
                height: `${ROW_HEIGHT}px`,
              }}
            >
              <input
                type="checkbox"
                class="lib-check"
                checked={checked}
                aria-label={`Select “${entry.title}”`}
                onChange={() => props.onToggleSelected(entry.url)}
              />
              <div class="lib-row-main">
                <h3 class="lib-title">
                  <button type="button" class="lib-open" onClick={() => props.onOpen(entry.url)}>
                    <HighlightedText text={entry.title} query={query} />
                  </button>
                  {entry.saved && <span class="lib-saved-badge">Saved</span>}
                </h3>
                <p class="lib-meta">
                  <span class="lib-site">{entry.siteName ?? entry.site}</span>
                  <span>
                    <time dateTime={isoTime(entry.lastOpened)}>{formatDay(entry.lastOpened)}</time>
                  </span>
                  <span>{entry.readingMinutes} min read</span>
                  {topEntityNames(entry.entities).map((name) => (
                    <button
                      key={name}
                      type="button"
                      class="lib-entity"
                      title={`Every article mentioning ${name}`}
                      onClick={() => props.onFilterEntity(name)}
                    >
                      <HighlightedText text={name} query={query} />
                    </button>
                  ))}
                </p>
                <p class="lib-summary">
                  <HighlightedText
                    text={(query && props.snippets.get(entry.url)) || firstSentence(entry)}
                    query={query}
                  />
                </p>
              </div>
              <div class="lib-row-actions">
                <a href={entry.url} target="_blank" rel="noopener noreferrer" class="lib-original">
                  Original
                </a>
                <button
                  type="button"
                  class="lib-delete"
                  aria-label={`Delete “${entry.title}”`}
                  onClick={() => props.onDelete(entry.url)}
                >
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
