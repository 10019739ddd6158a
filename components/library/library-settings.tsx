import { ReaderSettingsPanel } from '@/components/reader/reader-settings-panel';
import type { ReaderSettings, Settings } from '@/utils/storage';

export interface LibrarySettingsProps {
  settings: Settings;
  onChange: (change: Partial<Omit<Settings, 'reader'>>) => void;
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
            value={String(settings.summaryLength)}
            onChange={(e) => onChange({ summaryLength: Number(e.currentTarget.value) })}
          >
            {[3, 4, 5].map((n) => (
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
            min={0}
            max={3650}
            step={1}
            value={settings.historyRetentionDays}
            onChange={(e) => {
              const days = Math.max(0, Math.round(Number(e.currentTarget.value)));
              if (Number.isFinite(days)) onChange({ historyRetentionDays: days });
            }}
          />
          days (0 keeps them forever; saved articles are always kept)
        </label>
      </fieldset>
    </div>
  );
}
