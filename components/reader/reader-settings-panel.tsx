import { SETTING_LIMITS, type FontFamily, type ReaderSettings, type Theme } from '@/utils/model';

const THEMES: Array<{ value: Theme; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
];

const FONTS: Array<{ value: FontFamily; label: string }> = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans-serif' },
  { value: 'mono', label: 'Monospace' },
  { value: 'dyslexic', label: 'Dyslexia-friendly' },
];

export interface ReaderSettingsPanelProps {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
}

/** Theme and typography controls of the reader view. */
export function ReaderSettingsPanel({ settings, onChange }: ReaderSettingsPanelProps) {
  const { fontSize, lineWidth, lineHeight } = SETTING_LIMITS;
  return (
    <div class="tr-settings" role="group" aria-label="Reading settings">
      <fieldset class="tr-themes">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} class={`tr-theme-swatch tr-swatch-${t.value}`}>
            <input
              type="radio"
              name="tr-theme"
              value={t.value}
              checked={settings.theme === t.value}
              onChange={() => onChange({ theme: t.value })}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <label>
        Font
        <select
          aria-label="Font"
          value={settings.fontFamily}
          onChange={(e) => onChange({ fontFamily: e.currentTarget.value as FontFamily })}
        >
          {FONTS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Font size <output>{settings.fontSize}px</output>
        <input
          type="range"
          aria-label="Font size"
          min={fontSize.min}
          max={fontSize.max}
          step={fontSize.step}
          value={settings.fontSize}
          onInput={(e) => onChange({ fontSize: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        Line width <output>{settings.lineWidth}</output>
        <input
          type="range"
          aria-label="Line width"
          min={lineWidth.min}
          max={lineWidth.max}
          step={lineWidth.step}
          value={settings.lineWidth}
          onInput={(e) => onChange({ lineWidth: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        Line height <output>{settings.lineHeight.toFixed(1)}</output>
        <input
          type="range"
          aria-label="Line height"
          min={lineHeight.min}
          max={lineHeight.max}
          step={lineHeight.step}
          value={settings.lineHeight}
          onInput={(e) => onChange({ lineHeight: Number(e.currentTarget.value) })}
        />
      </label>
    </div>
  );
}
