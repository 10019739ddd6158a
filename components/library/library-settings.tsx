import { ReaderSettingsPanel } from '@/components/reader/reader-settings-panel';
import {
  SETTING_LIMITS,
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
}

/**
 * The reader's settings, one fieldset per concern, so further groups (automatic clean view
 * sites) join as their own fieldset.
 */
export function LibrarySettings({ settings, onChange, onReaderChange }: LibrarySettingsProps) {
  return (
    <div class="lib-settings">
      <fieldset>
        <legend>Reading</legend>
        <ReaderSettingsPanel settings={settings.reader} onChange={onReaderChange} />
      </fieldset>
      <fieldset>
        <legend>Summary</legend>
        <label>
          Sentences in the summary
          <select
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
        <legend>History</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.historyEnabled}
            onChange={(e) => onChange({ historyEnabled: e.currentTarget.checked })}
          />
          Keep a history of the articles I read
        </label>
        <label>
          Keep unsaved articles for
          <input
            type="number"
            min={historyRetentionDays.min}
            max={historyRetentionDays.max}
            step={historyRetentionDays.step}
            value={settings.historyRetentionDays}
            onChange={(e) => {
              const days = Math.round(Number(e.currentTarget.value));
              if (days >= historyRetentionDays.min && days <= historyRetentionDays.max) {
                onChange({ historyRetentionDays: days });
              }
            }}
          />
          days (0 keeps them forever; saved articles are always kept)
        </label>
      </fieldset>
    </div>
  );
}
