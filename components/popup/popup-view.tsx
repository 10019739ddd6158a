import type { ComponentChildren } from 'preact';
import { EntityChips } from '../entity-chips';
import type { PageState } from '@/utils/model';
import type { Entity } from '@/utils/model';
import { formatReadingTime } from '@/utils/reader/theme';

export interface PopupViewProps {
  /** null while the page is being read. */
  state: PageState | null;
  /** A failure of the last action (clean view, save), shown under the buttons. */
  actionError: string | null;
  busy: boolean;
  /** The keyboard shortcut for clean view, as the browser reports it ("" when unset). */
  shortcut: string;
  selectedEntity: string | null;
  onCleanView: () => void;
  onToggleSaved: () => void;
  onSelectEntity: (entity: Entity) => void;
  /** The automatic clean view switch for the page's site, when it applies. */
  autoClean?: ComponentChildren;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The toolbar popup: what the page is, its key entities and summary, and the actions. */
export function PopupView(props: PopupViewProps) {
  const { state } = props;
  return (
    <main class="popup" aria-busy={state === null}>
      {state === null && <p class="popup-status">Reading the page…</p>}
      {state?.kind === 'restricted' && (
        <section class="popup-notice" role="status">
          <h1>Tidings can’t run here</h1>
          <p>{state.reason}</p>
        </section>
      )}
      {state?.kind === 'error' && (
        <section class="popup-notice" role="alert">
          <h1>Something went wrong</h1>
          <p>{state.message}</p>
        </section>
      )}
      {state?.kind === 'not-article' && (
        <>
          <section class="popup-notice" role="status">
            <h1>This page doesn’t look like an article</h1>
            <p>{state.reason}</p>
            <p class="popup-muted">You can still open it in clean view.</p>
          </section>
          <Actions {...props} label="Clean view anyway" canSave={false} saved={false} />
        </>
      )}
      {state?.kind === 'article' && (
        <>
          <header class="popup-head">
            <p class="popup-site">
              {state.article.siteName ?? hostOf(state.article.url)}
              <span aria-hidden="true"> · </span>
              {formatReadingTime(state.article.readingMinutes)}
            </p>
            <h1 class="popup-title" lang={state.article.lang ?? undefined} dir={state.article.dir}>
              {state.article.title}
            </h1>
          </header>
          <Actions {...props} label="Clean view" canSave saved={state.saved} />
          <section class="popup-section" aria-labelledby="popup-entities">
            <h2 id="popup-entities">Key entities</h2>
            <EntityChips
              entities={state.analysis.entities}
              selected={props.selectedEntity}
              onSelect={props.onSelectEntity}
            />
          </section>
          <section class="popup-section" aria-labelledby="popup-summary">
            <h2 id="popup-summary">Summary</h2>
            {state.analysis.summary.length > 0 ? (
              <ul
                class="popup-summary"
                lang={state.article.lang ?? undefined}
                dir={state.article.dir}
              >
                {state.analysis.summary.map((sentence, i) => (
                  <li key={i}>{sentence}</li>
                ))}
              </ul>
            ) : (
              <p class="popup-muted">The article is too short to summarise.</p>
            )}
          </section>
        </>
      )}
      {state && state.kind !== 'restricted' && state.kind !== 'error' && props.autoClean}
    </main>
  );
}

function Actions(props: PopupViewProps & { label: string; canSave: boolean; saved: boolean }) {
  return (
    <section class="popup-actions">
      <button type="button" class="popup-primary" disabled={props.busy} onClick={props.onCleanView}>
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
          {props.saved ? 'Saved' : 'Save'}
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
