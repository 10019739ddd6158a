import { i18n } from '#i18n';
import {
  FONT_FAMILIES,
  SETTING_LIMITS,
  THEMES,
  type FontFamily,
  type ReaderSettings,
} from '@/utils/model';

export interface ReaderSettingsPanelProps {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
}

type Range = 'fontSize' | 'lineWidth' | 'lineHeight';

/** Theme and typography controls of the reader view. */
export function ReaderSettingsPanel({ settings, onChange }: ReaderSettingsPanelProps) {
  const range = (key: Range, label: string, shown: string) => {
    const { min, max, step } = SETTING_LIMITS[key];
    return (
      <label class="tr-range">
        <span>
          {label} <output>{shown}</output>
        </span>
        <input
          type="range"
          aria-label={label}
          aria-valuetext={shown}
          min={min}
          max={max}
          step={step}
          value={settings[key]}
          onInput={(e) => onChange({ [key]: Number(e.currentTarget.value) })}
        />
      </label>
    );
  };
  return (
    <div class="tr-settings" role="group" aria-label={i18n.t('settings.heading')}>
      <fieldset class="tr-themes">
        <legend>{i18n.t('settings.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class={`tr-theme-swatch tr-swatch-${theme}`}>
            <input
              type="radio"
              name="tr-theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={() => onChange({ theme })}
            />
            {i18n.t(`settings.themes.${theme}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {i18n.t('settings.font')}
        <select
          value={settings.fontFamily}
          onChange={(e) => onChange({ fontFamily: e.currentTarget.value as FontFamily })}
        >
          {FONT_FAMILIES.map((font) => (
            <option key={font} value={font}>
              {i18n.t(`settings.fonts.${font}`)}
            </option>
          ))}
        </select>
      </label>
      {range(
        'fontSize',
        i18n.t('settings.fontSize'),
        i18n.t('settings.px', { value: settings.fontSize }),
      )}
      {range(
        'lineWidth',
        i18n.t('settings.lineWidth'),
        i18n.t('settings.ch', { value: settings.lineWidth }),
      )}
      {range('lineHeight', i18n.t('settings.lineHeight'), settings.lineHeight.toFixed(1))}
    </div>
  );
}
