import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Entity, PageState } from '@/utils/model';
import { EntityChips } from '../entity-chips';
import { readingTime, uiLocale } from '../locale';

export interface PopupViewProps {
  /** null while the page is being read. */
  state: PageState | null;
  /** The tab's title, shown while its page is read for the first time. */
  pendingTitle?: string;
  /** A failure of the last action (clean view, save), shown under the buttons. */
  actionError: string | null;
  busy: boolean;
  /** The keyboard shortcut for clean view, as the browser reports it ("" when unset). */
  shortcut: string;
  selectedEntity: string | null;
  onCleanView: () => void;
  onToggleSaved: () => void;
  onSelectEntity: (entity: Entity) => void;
  onOpenLibrary: () => void;
  /** Extra sections at the end of the popup (automatic clean view for the site). */
  footer?: ComponentChildren;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The toolbar popup: what the page is, its gist (the summary) and then its key entities (the top
 * few per kind, the rest a click away), and the actions. Fits the 600 px browsers allow a popup.
 */
export function PopupView(props: PopupViewProps) {
  const { state } = props;
  const ui = uiLocale();
  return (
    <main class="popup" aria-busy={state === null} lang={ui.lang} dir={ui.dir}>
      {state === null && (
        <section class="popup-pending" role="status">
          {props.pendingTitle && <p class="popup-title">{props.pendingTitle}</p>}
          <p class="popup-muted">{i18n.t('popup.reading')}</p>
        </section>
      )}
      {state?.kind === 'restricted' && (
        <section class="popup-notice" role="status">
          <h1>{i18n.t('popup.restrictedHeading')}</h1>
          <p>{state.reason}</p>
        </section>
      )}
      {state?.kind === 'error' && (
        <section class="popup-notice" role="alert">
          <h1>{i18n.t('popup.errorHeading')}</h1>
          <p>{state.message}</p>
        </section>
      )}
      {state?.kind === 'not-article' && (
        <>
          <section class="popup-notice" role="status">
            <h1>{i18n.t('popup.notArticleHeading')}</h1>
            <p>{state.reason}</p>
            <p class="popup-muted">{i18n.t('popup.notArticleHint')}</p>
          </section>
          <Actions
            {...props}
            label={i18n.t('popup.cleanViewAnyway')}
            canSave={false}
            saved={false}
          />
        </>
      )}
      {state?.kind === 'article' && (
        <>
          <header class="popup-head">
            <p class="popup-site">
              <span dir="auto">{state.article.siteName ?? hostOf(state.article.url)}</span>
              <span aria-hidden="true">·</span>
              <span>{readingTime(state.article.readingMinutes)}</span>
              <LibraryLink {...props} />
            </p>
            <h1 class="popup-title" lang={state.article.lang ?? undefined} dir={state.article.dir}>
              {state.article.title}
            </h1>
          </header>
          <Actions {...props} label={i18n.t('popup.cleanView')} canSave saved={state.saved} />
          <section class="popup-section popup-summary-section" aria-labelledby="popup-summary">
            <h2 id="popup-summary">{i18n.t('summary.heading')}</h2>
            {state.analysis.summary.length > 0 ? (
              <Summary
                sentences={state.analysis.summary}
                lang={state.article.lang}
                dir={state.article.dir}
              />
            ) : (
              <p class="popup-muted">{i18n.t('summary.tooShort')}</p>
            )}
          </section>
          <section class="popup-section" aria-labelledby="popup-entities">
            <h2 id="popup-entities">{i18n.t('entities.heading')}</h2>
            <EntityChips
              entities={state.analysis.entities}
              unsupportedLanguage={
                state.analysis.entitiesSupported === false
                  ? (state.analysis.language ?? 'und')
                  : null
              }
              limit={2}
              compact
              selected={props.selectedEntity}
              onSelect={props.onSelectEntity}
            />
          </section>
        </>
      )}
      {props.footer}
      {state && state.kind !== 'article' && (
        <p class="popup-site">
          <LibraryLink {...props} />
        </p>
      )}
    </main>
  );
}

function LibraryLink(props: PopupViewProps) {
  return (
    <button type="button" class="popup-link" onClick={props.onOpenLibrary}>
      {i18n.t('popup.library')}
    </button>
  );
}

/** The summary; on the longest articles it scrolls inside the popup and fades to say so. */
function Summary(props: { sentences: string[]; lang: string | null; dir: 'ltr' | 'rtl' }) {
  const list = useRef<HTMLUListElement>(null);
  const [clipped, setClipped] = useState(false);
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const check = () => setClipped(el.scrollHeight - el.scrollTop > el.clientHeight + 2);
    check();
    el.addEventListener('scroll', check, { passive: true });
    return () => el.removeEventListener('scroll', check);
  }, [props.sentences]);
  return (
    <ul
      ref={list}
      class={clipped ? 'popup-summary is-clipped' : 'popup-summary'}
      // Scrolls on the longest articles: reachable with the keyboard too.
      tabIndex={0}
      lang={props.lang ?? undefined}
      dir={props.dir}
    >
      {props.sentences.map((sentence, i) => (
        <li key={i}>{sentence}</li>
      ))}
    </ul>
  );
}

function Actions(props: PopupViewProps & { label: string; canSave: boolean; saved: boolean }) {
  return (
    <section class="popup-actions">
      <button
        type="button"
        class="popup-primary"
        disabled={props.busy}
        onClick={props.onCleanView}
        title={props.shortcut ? i18n.t('popup.shortcut', { keys: props.shortcut }) : undefined}
      >
        {props.label}
        {props.shortcut && <kbd aria-hidden="true">{props.shortcut}</kbd>}
      </button>
      {props.canSave && (
        <button
          type="button"
          class="popup-secondary"
          aria-pressed={props.saved}
          disabled={props.busy}
          onClick={props.onToggleSaved}
        >
          {props.saved ? i18n.t('popup.saved') : i18n.t('popup.save')}
        </button>
      )}
      {props.actionError && (
        <p class="popup-error" role="alert">
          {props.actionError}
        </p>
      )}
    </section>
  );
}
