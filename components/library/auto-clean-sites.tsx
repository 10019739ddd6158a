import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';

export interface AutoCleanSitesProps {
  /** The chosen sites, and whether each still waits for this browser's access. */
  sites: ReadonlyArray<{ site: string; waiting: boolean }>;
  /** Sites stopped while clean view opens on every news article. */
  stopped: readonly string[];
  everywhere: boolean;
  /** "Every news article" is on, but this browser has no access to all sites. */
  everywhereWaiting: boolean;
  /** The browser cannot register content scripts. */
  unsupported: boolean;
  busy: boolean;
  /** The browser refused the access the last click asked for. */
  refused: 'everywhere' | 'waiting' | null;
  /** An unexpected failure of the last action, as the browser worded it. */
  message: string | null;
  onEverywhereChange: (on: boolean) => void;
  onRemoveSite: (site: string) => void;
  onRemoveStopped: (site: string) => void;
  /** Ask at once for every access still waiting (one prompt). */
  onAllowWaiting: () => void;
  /**
   * Choose a site typed here (a host name or any address on it); false when it is not one. The
   * way to choose a site when the toolbar button opens clean view directly (no popup).
   */
  onAddSite: (input: string) => boolean;
}

/** The settings' fieldset of automatic clean view: every news article, the chosen sites. */
export function AutoCleanSites(props: AutoCleanSitesProps) {
  const waiting = props.sites.filter((s) => s.waiting).length;
  return (
    <fieldset>
      <legend>{i18n.t('autoClean.region')}</legend>
      {props.unsupported && <p class="lib-muted">{i18n.t('autoClean.settings.unsupported')}</p>}
      <label class="lib-choice">
        <input
          type="checkbox"
          role="switch"
          checked={props.everywhere}
          disabled={props.unsupported || props.busy}
          aria-describedby="lib-auto-everywhere-note"
          onChange={(e) => props.onEverywhereChange(e.currentTarget.checked)}
        />
        {i18n.t('autoClean.settings.everywhere')}
      </label>
      <p id="lib-auto-everywhere-note" class="lib-muted">
        {props.everywhereWaiting
          ? i18n.t('autoClean.settings.everywhereWaiting')
          : i18n.t('autoClean.settings.everywhereNote')}
      </p>
      {(waiting > 0 || props.everywhereWaiting) && !props.unsupported && (
        <p class="lib-tool-row" role="status">
          {waiting > 0 && <span>{i18n.t('autoClean.settings.waiting', waiting)}</span>}
          <button
            type="button"
            class="lib-button"
            disabled={props.busy}
            onClick={props.onAllowWaiting}
          >
            {i18n.t('autoClean.settings.allow')}
          </button>
        </p>
      )}
      {(props.refused || props.message) && (
        <p class="lib-message lib-error" role="alert">
          {props.refused === 'everywhere'
            ? i18n.t('autoClean.settings.refusedEverywhere')
            : props.refused === 'waiting'
              ? i18n.t('autoClean.settings.refusedWaiting')
              : props.message}
        </p>
      )}
      <AddSite {...props} />
      {props.sites.length === 0 ? (
        <p class="lib-muted">{i18n.t('autoClean.settings.noSites')}</p>
      ) : (
        <ul class="lib-auto-list" aria-label={i18n.t('autoClean.settings.sitesLabel')}>
          {props.sites.map(({ site, waiting }) => (
            <li key={site}>
              <span class="lib-auto-site">{site}</span>
              {waiting && (
                <span class="lib-auto-tag">{i18n.t('autoClean.settings.waitingTag')}</span>
              )}
              <button
                type="button"
                class="lib-button lib-button-quiet"
                aria-label={i18n.t('autoClean.settings.removeLabel', { site })}
                disabled={props.busy}
                onClick={() => props.onRemoveSite(site)}
              >
                {i18n.t('autoClean.settings.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.stopped.length > 0 && (
        <>
          <p class="lib-muted">{i18n.t('autoClean.settings.stoppedNote')}</p>
          <ul class="lib-auto-list" aria-label={i18n.t('autoClean.settings.stoppedLabel')}>
            {props.stopped.map((site) => (
              <li key={site}>
                <span class="lib-auto-site">{site}</span>
                <button
                  type="button"
                  class="lib-button lib-button-quiet"
                  aria-label={i18n.t('autoClean.settings.allowAgainLabel', { site })}
                  disabled={props.busy}
                  onClick={() => props.onRemoveStopped(site)}
                >
                  {i18n.t('autoClean.settings.allowAgain')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}

/** A site typed in by hand: "news.example" or an address on it. */
function AddSite(props: AutoCleanSitesProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      class="lib-tool-row"
      onSubmit={(e) => {
        e.preventDefault();
        const ok = props.onAddSite(value);
        setInvalid(!ok);
        if (ok) setValue('');
      }}
    >
      <label class="lib-field" for={`${id}-site`}>
        <span>{i18n.t('autoClean.settings.addSite')}</span>
      </label>
      <input
        id={`${id}-site`}
        class="lib-input"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        placeholder={i18n.t('autoClean.settings.addSitePlaceholder')}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-invalid` : undefined}
        disabled={props.unsupported || props.busy}
        value={value}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit" class="lib-button" disabled={props.unsupported || props.busy}>
        {i18n.t('autoClean.settings.addSiteButton')}
      </button>
      {invalid && (
        <span id={`${id}-invalid`} class="lib-muted" role="alert">
          {i18n.t('autoClean.settings.addSiteInvalid')}
        </span>
      )}
    </form>
  );
}
