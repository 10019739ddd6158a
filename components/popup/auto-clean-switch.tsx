import { i18n } from '#i18n';

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
    ? i18n.t('autoClean.popup.unsupported')
    : waiting
      ? i18n.t('autoClean.popup.waiting', { site })
      : on
        ? i18n.t('autoClean.popup.on')
        : props.everywhere
          ? i18n.t('autoClean.popup.everywhere')
          : i18n.t('autoClean.popup.off', { site });
  return (
    <section class="popup-auto" aria-label={i18n.t('autoClean.region')}>
      <label class="popup-switch">
        <input
          type="checkbox"
          role="switch"
          checked={on && !props.unsupported}
          disabled={props.unsupported || props.busy}
          aria-describedby="popup-auto-note"
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        {i18n.t('autoClean.popup.label', { site })}
      </label>
      <p id="popup-auto-note" class="popup-muted">
        {note}
      </p>
      {waiting && !props.unsupported && (
        <button type="button" class="popup-secondary" disabled={props.busy} onClick={props.onAllow}>
          {i18n.t('autoClean.popup.allow', { site })}
        </button>
      )}
      {(props.refused || props.error) && (
        <p class="popup-error" role="alert">
          {props.refused ? i18n.t('autoClean.popup.refused', { site }) : props.error}
        </p>
      )}
    </section>
  );
}
