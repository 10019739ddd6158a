import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Analysis, Article, Entity, ReaderSettings } from '@/utils/model';
import { trapTab } from '@/utils/reader/focus-trap';
import { readerStyleVars } from '@/utils/reader/theme';
import { readingTime, uiLocale } from '../locale';
import type { SpeechLike } from '@/utils/reader/read-aloud';
import { ArticleBody } from './article-body';
import { ReadAloudControls } from './read-aloud-controls';
import { KeyPoints, KeyPointsStrip, type KeyPointsProps } from './key-points';
import { ReaderSettingsPanel } from './reader-settings-panel';

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
  /** Extra controls for the toolbar. */
  tools?: ComponentChildren;
  /** The browser's speech synthesis, for read aloud (undefined: none). */
  speech?: SpeechLike;
  onSettingsChange: (change: Partial<ReaderSettings>) => void;
  onToggleSaved: () => void;
  onSelectEntity: (entity: Entity) => void;
  onClearHighlight: () => void;
  onRestore: (id: string) => void;
  onPrint: () => void;
  /** Shown under the toolbar (the bar of a clean view that opened by itself). */
  banner?: ComponentChildren;
}

/** Wide enough for the article and a side rail of key points beside it. */
const WIDE = '(min-width: 1080px)';

function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return;
    const onChange = () => setMatches(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/** A date the way the reader's own language writes it. */
function formatDate(iso: string | null, uiLang: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleDateString(uiLang, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

const NO_NAMES: readonly string[] = [];

/**
 * The clean view: the article alone, set for reading, its tools in a quiet toolbar and its key
 * points (summary, entities, removed blocks) in a side rail on wide screens or a one-line strip
 * above the text on narrow ones, so the story starts on the first screen. A modal dialog: focus
 * stays inside, the interface keeps the browser's language and direction, the article its own.
 */
export function ReaderView(props: ReaderViewProps) {
  const { article, settings, analysis, saved, restoredIds, highlight } = props;
  const [showSettings, setShowSettings] = useState(false);
  const [mentionCount, setMentionCount] = useState<number | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const progress = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const wide = useMedia(WIDE);
  const { theme, vars } = readerStyleVars(settings, props.systemPrefersDark);
  const ui = uiLocale();

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Keyboard scrolling (space, arrows) goes to the article, not the hidden page; the first
    // Tab then reaches the toolbar.
    el.focus({ preventScroll: true });
    const update = () => {
      const max = el.scrollHeight - el.clientHeight;
      const ratio = max > 0 ? Math.min(1, el.scrollTop / max) : 1;
      // A style write, not a re-render: scrolling must stay smooth.
      progress.current?.style.setProperty('transform', `scaleX(${ratio})`);
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    return () => el.removeEventListener('scroll', update);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !root.current) return;
    if (trapTab(root.current, event.shiftKey)) event.preventDefault();
  };

  const date = formatDate(article.publishedTime, ui.lang);
  const style = Object.entries(vars)
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  const keyPoints: KeyPointsProps = {
    analysis,
    analysisError: props.analysisError,
    lang: article.lang,
    dir: article.dir,
    removed: article.removed,
    restoredIds,
    selected: highlight?.label ?? null,
    highlight: highlight ? { label: highlight.label, count: mentionCount } : null,
    onSelectEntity: props.onSelectEntity,
    onClearHighlight: props.onClearHighlight,
    onRestore: props.onRestore,
  };

  return (
    <div
      class="tr-reader"
      role="dialog"
      aria-modal="true"
      aria-label={i18n.t('reader.dialogLabel', { title: article.title })}
      lang={ui.lang}
      dir={ui.dir}
      data-theme={theme}
      data-layout={wide ? 'wide' : 'narrow'}
      style={style}
      ref={root}
      onKeyDown={onKeyDown}
    >
      <div class="tr-progress" aria-hidden="true">
        <div class="tr-progress-bar" ref={progress} />
      </div>
      <div class="tr-toolbar" role="toolbar" aria-label={i18n.t('reader.tools')}>
        <button
          type="button"
          class="tr-button tr-close"
          onClick={props.onClose}
          title={i18n.t('reader.closeShortcut')}
        >
          {props.closeLabel ?? i18n.t('reader.showOriginal')}
        </button>
        {props.originalUrl && (
          <a
            class="tr-button tr-link-button"
            href={props.originalUrl}
            target="_blank"
            rel="noopener noreferrer"
          >
            {i18n.t('reader.openOriginal')}
          </a>
        )}
        <span class="tr-spacer" />
        {props.tools}
        <ReadAloudControls
          speech={props.speech}
          body={body}
          lang={article.lang}
          contentKey={`${article.url} ${restoredIds.join(' ')}`}
        />
        <button
          type="button"
          class="tr-button"
          aria-pressed={saved}
          onClick={props.onToggleSaved}
          title={saved ? i18n.t('reader.savedTitle') : i18n.t('reader.saveTitle')}
        >
          {saved ? i18n.t('reader.saved') : i18n.t('reader.save')}
        </button>
        <button
          type="button"
          class="tr-button"
          aria-expanded={showSettings}
          aria-label={i18n.t('reader.settingsButton')}
          title={i18n.t('reader.settingsButton')}
          onClick={() => setShowSettings((s) => !s)}
        >
          <span aria-hidden="true">Aa</span>
        </button>
        <button type="button" class="tr-button tr-print" onClick={props.onPrint}>
          {i18n.t('reader.print')}
        </button>
      </div>
      {props.banner}
      {showSettings && (
        <ReaderSettingsPanel settings={settings} onChange={props.onSettingsChange} />
      )}
      <div class="tr-scroller" ref={scroller} tabIndex={-1}>
        <div class="tr-layout">
          <article class="tr-article">
            <header class="tr-head">
              {article.siteName && (
                <p class="tr-site" lang={article.lang ?? undefined} dir={article.dir}>
                  {article.siteName}
                </p>
              )}
              <h1 class="tr-title" lang={article.lang ?? undefined} dir={article.dir}>
                {article.title}
              </h1>
              <p class="tr-meta">
                {article.byline && (
                  <span class="tr-byline" lang={article.lang ?? undefined} dir="auto">
                    {article.byline}
                  </span>
                )}
                {date && <time dateTime={article.publishedTime ?? undefined}>{date}</time>}
                <span class="tr-reading-time">{readingTime(article.readingMinutes)}</span>
              </p>
            </header>
            {!wide && <KeyPointsStrip {...keyPoints} />}
            <ArticleBody
              html={article.contentHtml}
              removed={article.removed}
              restoredIds={restoredIds}
              highlightNames={highlight?.names ?? NO_NAMES}
              lang={article.lang}
              dir={article.dir}
              onHighlighted={setMentionCount}
              bodyRef={body}
            />
          </article>
          {wide && (
            <aside class="tr-rail" aria-label={i18n.t('reader.keyPoints')}>
              <KeyPoints {...keyPoints} />
            </aside>
          )}
        </div>
      </div>
    </div>
  );
}
