import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { firstSentence, topEntityNames } from '@/utils/library/entry';
import type { ParsedQuery } from '@/utils/library/search';
import type { EntryMeta } from '@/utils/model';
import { readingTime, uiLocale } from '../locale';
import { HighlightedText } from './highlighted-text';
import { useWindowVirtualizer } from './use-window-virtualizer';

/** A row's height before it is measured: most rows are about this tall. */
const ESTIMATED_ROW = 132;

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

/** A day as the reader's language writes it ("Dec 1, 2026"); a date out of range is left out. */
function formatDay(ms: number | null, lang: string): string | null {
  if (ms === null || !Number.isFinite(ms)) return null;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleDateString(lang, { dateStyle: 'medium' });
  } catch {
    return null;
  }
}

function isoDay(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The library's articles, newest first. The page scrolls; only the rows near the screen are in the
 * DOM (10,000 entries stay fast), and each row is as tall as its content.
 */
export function LibraryList(props: LibraryListProps) {
  const { entries, query, selected } = props;
  const list = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const top = list.current?.getBoundingClientRect().top ?? 0;
    setMargin(top + window.scrollY);
  }, [entries.length > 0]);
  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey: (i) => entries[i]?.url ?? i,
    overscan: 6,
    scrollMargin: margin,
  });
  const items = virtualizer.getVirtualItems();
  const ui = uiLocale();

  const { onVisible } = props;
  const visibleKey = items.map((item) => entries[item.index]?.url ?? '').join('\n');
  useEffect(() => {
    if (onVisible && visibleKey) onVisible(visibleKey.split('\n'));
  }, [visibleKey, onVisible]);

  if (entries.length === 0) return <p class="lib-empty">{props.emptyMessage}</p>;

  return (
    <ul
      class="lib-list"
      ref={list}
      aria-label={i18n.t('library.listLabel')}
      style={{ height: `${virtualizer.getTotalSize()}px` }}
    >
      {items.map((item) => {
        const entry = entries[item.index];
        if (!entry) return null;
        const checked = selected.has(entry.url);
        const read = formatDay(entry.lastOpened, ui.lang);
        const saved = entry.saved ? formatDay(entry.savedAt, ui.lang) : null;
        return (
          <li
            key={item.key}
            class="lib-row"
            data-index={item.index}
            data-article-url={entry.url}
            ref={virtualizer.measureElement}
            aria-posinset={item.index + 1}
            aria-setsize={entries.length}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <input
              type="checkbox"
              class="lib-check"
              checked={checked}
              aria-label={i18n.t('library.select', { title: entry.title })}
              onChange={() => props.onToggleSelected(entry.url)}
            />
            <div class="lib-row-main">
              <div class="lib-title-line">
                <h3 class="lib-title" lang={entry.lang ?? undefined} dir="auto">
                  <button
                    type="button"
                    class="lib-open"
                    title={i18n.t('library.open', { title: entry.title })}
                    onClick={() => props.onOpen(entry.url)}
                  >
                    <HighlightedText text={entry.title} query={query} />
                  </button>
                </h3>
                {entry.saved && <span class="lib-saved-badge">{i18n.t('library.savedBadge')}</span>}
              </div>
              <p class="lib-meta">
                <span class="lib-site" dir="auto">
                  {entry.siteName ?? entry.site}
                </span>
                {read && (
                  <time dateTime={isoDay(entry.lastOpened)}>
                    {i18n.t('library.readOn', { date: read })}
                  </time>
                )}
                {saved && entry.savedAt !== null && (
                  <time dateTime={isoDay(entry.savedAt)}>
                    {i18n.t('library.savedOn', { date: saved })}
                  </time>
                )}
                <span>{readingTime(entry.readingMinutes)}</span>
              </p>
              <p class="lib-summary" lang={entry.lang ?? undefined} dir="auto">
                <HighlightedText
                  text={(query && props.snippets.get(entry.url)) || firstSentence(entry)}
                  query={query}
                />
              </p>
              <div class="lib-row-foot">
                <ul class="lib-entities">
                  {topEntityNames(entry.entities).map((name) => (
                    <li key={name}>
                      <button
                        type="button"
                        class="lib-entity"
                        title={i18n.t('entities.filterTitle', { name })}
                        onClick={() => props.onFilterEntity(name)}
                      >
                        <HighlightedText text={name} query={query} />
                      </button>
                    </li>
                  ))}
                </ul>
                <span class="lib-row-actions">
                  <a
                    href={entry.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    class="lib-original"
                  >
                    {i18n.t('library.original')}
                  </a>
                  <button
                    type="button"
                    class="lib-delete"
                    aria-label={i18n.t('library.deleteLabel', { title: entry.title })}
                    onClick={() => props.onDelete(entry.url)}
                  >
                    {i18n.t('library.delete')}
                  </button>
                </span>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
