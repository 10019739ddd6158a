/** Words of the section, in one place (the UI is translated later). */
const TEXT = {
  legend: 'Automatic clean view',
  unsupported:
    'This browser cannot open clean view by itself (it lacks content script registration). The sites below are kept for your other browsers.',
  everywhere: 'Clean view on every news article',
  everywhereNote:
    'Asks for access to all sites when you turn it on, and opens clean view only on pages that declare themselves news articles. Turning it off gives the access back.',
  everywhereWaiting:
    'On in your settings, but this browser has not given Tidings access to all sites yet.',
  waiting: (n: number) =>
    n === 1
      ? 'One site is waiting for access in this browser.'
      : `${n} sites are waiting for access in this browser.`,
  allow: 'Allow access',
  refusedEverywhere: 'The browser did not give Tidings access to all sites, so this stays off.',
  refusedWaiting: 'The browser did not give Tidings the access it asked for.',
  sitesLabel: 'Sites with automatic clean view',
  noSites: 'No site yet. On an article, turn on “Always clean view on …” in the Tidings popup.',
  waitingTag: 'waiting for access',
  remove: 'Remove',
  removeLabel: (site: string) => `Remove ${site}`,
  stoppedLabel: 'Sites where it stopped',
  stoppedNote: 'Clean view does not open by itself on these sites, even on news articles.',
  allowAgain: 'Allow again',
  allowAgainLabel: (site: string) => `Allow automatic clean view on ${site} again`,
};

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
}

/** The settings' fieldset of automatic clean view: every news article, the chosen sites. */
export function AutoCleanSites(props: AutoCleanSitesProps) {
  const waiting = props.sites.filter((s) => s.waiting).length;
  return (
    <fieldset class="lib-auto">
      <legend>{TEXT.legend}</legend>
      {props.unsupported && <p class="lib-auto-note">{TEXT.unsupported}</p>}
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={props.everywhere}
          disabled={props.unsupported || props.busy}
          aria-describedby="lib-auto-everywhere-note"
          onChange={(e) => props.onEverywhereChange(e.currentTarget.checked)}
        />
        {TEXT.everywhere}
      </label>
      <p id="lib-auto-everywhere-note" class="lib-auto-note">
        {props.everywhereWaiting ? TEXT.everywhereWaiting : TEXT.everywhereNote}
      </p>
      {(waiting > 0 || props.everywhereWaiting) && !props.unsupported && (
        <p class="lib-auto-waiting" role="status">
          {waiting > 0 && TEXT.waiting(waiting)}{' '}
          <button type="button" disabled={props.busy} onClick={props.onAllowWaiting}>
            {TEXT.allow}
          </button>
        </p>
      )}
      {(props.refused || props.message) && (
        <p class="lib-message lib-error" role="alert">
          {props.refused === 'everywhere'
            ? TEXT.refusedEverywhere
            : props.refused === 'waiting'
              ? TEXT.refusedWaiting
              : props.message}
        </p>
      )}
      {props.sites.length === 0 ? (
        <p class="lib-auto-note">{TEXT.noSites}</p>
      ) : (
        <ul class="lib-auto-list" aria-label={TEXT.sitesLabel}>
          {props.sites.map(({ site, waiting }) => (
            <li key={site}>
              <span class="lib-auto-site">{site}</span>
              {waiting && <span class="lib-auto-tag">{TEXT.waitingTag}</span>}
              <button
                type="button"
                aria-label={TEXT.removeLabel(site)}
                disabled={props.busy}
                onClick={() => props.onRemoveSite(site)}
              >
                {TEXT.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.stopped.length > 0 && (
        <>
          <p class="lib-auto-note">{TEXT.stoppedNote}</p>
          <ul class="lib-auto-list" aria-label={TEXT.stoppedLabel}>
            {props.stopped.map((site) => (
              <li key={site}>
                <span class="lib-auto-site">{site}</span>
                <button
                  type="button"
                  aria-label={TEXT.allowAgainLabel(site)}
                  disabled={props.busy}
                  onClick={() => props.onRemoveStopped(site)}
                >
                  {TEXT.allowAgain}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
