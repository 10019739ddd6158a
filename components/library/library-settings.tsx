import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { i18n } from '#i18n';
import { ReaderSettingsPanel } from '@/components/reader/reader-settings-panel';
import {
  SETTING_LIMITS,
  TOOLBAR_ACTIONS,
  type ReaderSettings,
  type Settings,
  type SettingsChange,
} from '@/utils/model';

const { summarySentences, historyRetentionDays } = SETTING_LIMITS;
const range = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, i) => min + i);

export interface LibrarySettingsProps {
  settings: Settings;
  onChange: (change: Omit<SettingsChange, 'reader'>) => void;
  onReaderChange: (change: Partial<ReaderSettings>) => void;
  /** More fieldsets (automatic clean view). */
  children?: ComponentChildren;
}

/** The reader's settings, one fieldset per concern; each setting is here once. */
export function LibrarySettings({
  settings,
  onChange,
  onReaderChange,
  children,
}: LibrarySettingsProps) {
  const id = useId();
  return (
    <div class="lib-settings">
      <fieldset>
        <legend>{i18n.t('library.settingsReading')}</legend>
        <ReaderSettingsPanel settings={settings.reader} onChange={onReaderChange} />
      </fieldset>
      <fieldset>
        <legend>{i18n.t('library.settingsToolbar')}</legend>
        <p class="lib-muted" id={`${id}-toolbar`}>
          {i18n.t('library.toolbarOpens')}
        </p>
        {TOOLBAR_ACTIONS.map((action) => (
          <label key={action} class="lib-choice">
            <input
              type="radio"
              name={`${id}-toolbar`}
              value={action}
              aria-describedby={`${id}-toolbar`}
              checked={settings.toolbarOpens === action}
              onChange={() => onChange({ toolbarOpens: action })}
            />
            {action === 'popup' ? i18n.t('library.toolbarPopup') : i18n.t('library.toolbarReader')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('library.settingsSummary')}</legend>
        <label class="lib-field">
          <span>{i18n.t('library.summarySentences')}</span>
          <select
            class="lib-input"
            value={String(settings.summarySentences)}
            onChange={(e) => onChange({ summarySentences: Number(e.currentTarget.value) })}
          >
            {range(summarySentences.min, summarySentences.max).map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('library.settingsHistory')}</legend>
        <label class="lib-choice">
          <input
            type="checkbox"
            checked={settings.historyEnabled}
            onChange={(e) => onChange({ historyEnabled: e.currentTarget.checked })}
          />
          {i18n.t('library.historyEnabled')}
        </label>
        <label class="lib-field">
          <span>{i18n.t('library.retention')}</span>
          <span class="lib-inline">
            <input
              type="number"
              class="lib-input lib-number"
              min={historyRetentionDays.min}
              max={historyRetentionDays.max}
              step={historyRetentionDays.step}
              value={settings.historyRetentionDays}
              aria-describedby={`${id}-retention`}
              onChange={(e) => {
                const days = Math.round(Number(e.currentTarget.value));
                if (days >= historyRetentionDays.min && days <= historyRetentionDays.max) {
                  onChange({ historyRetentionDays: days });
                }
              }}
            />
            {i18n.t('library.retentionDays')}
          </span>
        </label>
        <p class="lib-muted" id={`${id}-retention`}>
          {i18n.t('library.retentionHint')}
        </p>
      </fieldset>
      {children}
    </div>
  );
}
