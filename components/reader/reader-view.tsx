import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/model';
import type { Analysis, Entity } from '@/utils/model';
import type { ReaderSettings } from '@/utils/model';
import { formatReadingTime, readerStyleVars } from '@/utils/reader/theme';
import { EntityChips } from '../entity-chips';
import { ArticleBody } from './article-body';
import { ReaderSettingsPanel } from './reader-settings-panel';
import { RemovedBlocks } from './removed-blocks';

export interface ReaderViewProps {
  article: Article;
  settings: ReaderSettings;
  systemPrefersDark: boolean;
  /** null while the background analyses the article. */
  analysis: Analysis | null;
  analysisError: string | null;
  saved: boolean;
  restoredIds: readonly string[];
  /** The entity whose mentions are highlighted, or a bare list of names (from the popup). */
  highlight: { label: string; names: readonly string[] } | null;
  onClose: () => void;
  /** Label of the close button: "Show original" over a page, "← Library" for a stored copy. */
  closeLabel?: string;
  /** When set, the toolbar links to the original page (the stored copy read offline). */
  originalUrl?: string;
  onSettingsChange: (change: Partial<ReaderSettings>) => void;
  onToggleSaved: () => void;
  onSelectEntity: (entity: Entity) => void;
  onClearHighlight: () => void;
  onRestore: (id: string) => void;
  onPrint: () => void;
  /** Shown under the toolbar (the bar of a clean view that opened by itself). */
  banner?: ComponentChildren;
}

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleDateString(lang ?? undefined, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

const NO_NAMES: readonly string[] = [];

/** The clean view: the article alone, set for reading, with its tools in a quiet toolbar. */
export function ReaderView(props: ReaderViewProps) {
  const { article, settings, analysis, saved, restoredIds, highlight } = props;
  const [showSettings, setShowSettings] = useState(false);
  const [mentionCount, setMentionCount] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const progress = useRef<HTMLDivElement>(null);
  const { theme, vars } = readerStyleVars(settings, props.systemPrefersDark);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Keyboard scrolling (space, arrows) goes to the article, not the hidden page.
    el.focus({ preventScroll: true });
    const update = () => {
      const max = el.scrollHeight - el.clientHeight;
      const ratio = max > 0 ? Math.min(1, el.scrollTop / max) : 1;
      // A style write, not a re-render: scrolling must stay smooth.
      progress.current?.style.setProperty('transform', `scaleX(${ratio})`);
      progress.current?.setAttribute('aria-valuenow', String(Math.round(ratio * 100)));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    return () => el.removeEventListener('scroll', update);
  }, []);

  const date = formatDate(article.publishedTime, article.lang);
  const style = Object.entries(vars)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');

  return (
    <div
      class="tr-reader"
      role="dialog"
      aria-modal="true"
      aria-label={`Clean view: ${article.title}`}
      data-theme={theme}
      style={style}
    >
      <div
        class="tr-progress"
        role="progressbar"
        aria-label="Reading progress"
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <div class="tr-progress-bar" ref={progress} />
      </div>
      <header class="tr-toolbar" aria-label="Clean view tools">
        <button type="button" class="tr-button tr-close" onClick={props.onClose} title="Esc">
          {props.closeLabel ?? 'Show original'}
        </button>
        {props.originalUrl && (
          <a
            class="tr-button tr-link"
            href={props.originalUrl}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open the original
          </a>
        )}
        <span class="tr-spacer" />
        <button
          type="button"
          class="tr-button"
          aria-pressed={saved}
          onClick={props.onToggleSaved}
          title={saved ? 'Kept in your library' : 'Keep this article in your library'}
        >
          {saved ? 'Saved' : 'Save'}
        </button>
        <button type="button" class="tr-button" onClick={props.onPrint}>
          Print
        </button>
        <button
          type="button"
          class="tr-button"
          aria-expanded={showSettings}
          onClick={() => setShowSettings((s) => !s)}
        >
          Aa <span class="tr-visually-hidden">Reading settings</span>
        </button>
      </header>
      {props.banner}
      {showSettings && (
        <ReaderSettingsPanel settings={settings} onChange={props.onSettingsChange} />
      )}
      <div class="tr-scroller" ref={scroller} tabIndex={-1}>
        <article class="tr-article" lang={article.lang ?? undefined} dir={article.dir}>
          <header class="tr-head">
            {article.siteName && <p class="tr-site">{article.siteName}</p>}
            <h1 class="tr-title">{article.title}</h1>
            <p class="tr-meta">
              {article.byline && <span class="tr-byline">{article.byline}</span>}
              {date && <time dateTime={article.publishedTime ?? undefined}>{date}</time>}
              <span class="tr-reading-time">{formatReadingTime(article.readingMinutes)}</span>
            </p>
          </header>
          <section class="tr-entities" aria-label="Key entities">
            {analysis ? (
              <EntityChips
                entities={analysis.entities}
                selected={highlight?.label ?? null}
                onSelect={props.onSelectEntity}
              />
            ) : (
              <p class="tidings-muted">{props.analysisError ?? 'Finding key entities…'}</p>
            )}
            {highlight && (
              <p class="tr-highlight-note" role="status">
                {mentionCount === null
                  ? ''
                  : `${mentionCount} ${mentionCount === 1 ? 'mention' : 'mentions'} of ${highlight.label} highlighted. `}
                <button type="button" class="tr-link" onClick={props.onClearHighlight}>
                  Clear
                </button>
              </p>
            )}
          </section>
          <RemovedBlocks
            removed={article.removed}
            restoredIds={restoredIds}
            onRestore={props.onRestore}
          />
          <ArticleBody
            html={article.contentHtml}
            removed={article.removed}
            restoredIds={restoredIds}
            highlightNames={highlight?.names ?? NO_NAMES}
            lang={article.lang}
            dir={article.dir}
            onHighlighted={setMentionCount}
          />
        </article>
      </div>
    </div>
  );
}
