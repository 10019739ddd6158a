/** Words of the switch, in one place (the UI is translated later). */
const TEXT = {
  region: 'Automatic clean view',
  label: (site: string) => `Always clean view on ${site}`,
  off: (site: string) =>
    `Opens articles on ${site} in clean view by itself. Asks the browser for access to this site only.`,
  on: 'Articles on this site open in clean view by themselves.',
  everywhere: 'Clean view also opens by itself on news articles on every site.',
  waiting: (site: string) =>
    `On in your settings, but this browser has not given Tidings access to ${site} yet.`,
  allow: (site: string) => `Allow access to ${site}`,
  refused: (site: string) => `The browser did not give Tidings access to ${site}.`,
  unsupported:
    'This browser cannot open clean view by itself (it lacks content script registration).',
};

export interface AutoCleanSwitchProps {
  /** The page's site (`news.example`). */
  site: string;
  /** Automatic clean view is on for the site. */
  on: boolean;
  /** On, but this browser has no access to the site (chosen in another browser, or revoked). */
  waiting: boolean;
  /** Clean view opens on news articles on every site (this site too when it is off). */
  everywhere: boolean;
  /** The browser cannot register content scripts: the switch is off and says why. */
  unsupported: boolean;
  busy: boolean;
  /** The browser refused the access the last click asked for (the site stays off). */
  refused: boolean;
  /** An unexpected failure of the last action, as the browser worded it. */
  error: string | null;
  onChange: (on: boolean) => void;
  /** Ask for the access the site still waits for. */
  onAllow: () => void;
}

/** The popup's per-site switch of automatic clean view, with what it does and what it needs. */
export function AutoCleanSwitch(props: AutoCleanSwitchProps) {
  const { site, on, waiting } = props;
  const note = props.unsupported
    ? TEXT.unsupported
    : waiting
      ? TEXT.waiting(site)
      : on
        ? TEXT.on
        : props.everywhere
          ? TEXT.everywhere
          : TEXT.off(site);
  return (
    <section class="popup-auto" aria-label={TEXT.region}>
      <label class="popup-switch">
        <input
          type="checkbox"
          role="switch"
          checked={on && !props.unsupported}
          disabled={props.unsupported || props.busy}
          aria-describedby="popup-auto-note"
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        {TEXT.label(site)}
      </label>
      <p id="popup-auto-note" class="popup-muted">
        {note}
      </p>
      {waiting && !props.unsupported && (
        <button type="button" class="popup-secondary" disabled={props.busy} onClick={props.onAllow}>
          {TEXT.allow(site)}
        </button>
      )}
      {(props.refused || props.error) && (
        <p class="popup-error" role="alert">
          {props.refused ? TEXT.refused(site) : props.error}
        </p>
      )}
    </section>
  );
}
