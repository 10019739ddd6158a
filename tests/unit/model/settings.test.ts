import { describe, expect, it } from 'vitest';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  InvalidSettingsError,
  readSettings,
  SETTING_LIMITS,
  SETTINGS_MIGRATIONS,
} from '../../../utils/model/settings';

describe('the settings schema', () => {
  it('reads nothing stored as the defaults', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each stored field that fits and replaces only the ones that do not', () => {
    const settings = readSettings({
      reader: { theme: 'sepia', fontFamily: 'constructor', fontSize: 999, lineHeight: 1.8 },
      summarySentences: 4,
      historyEnabled: 'yes',
      historyRetentionDays: -5,
      autoCleanSites: ['news.example', 'javascript:alert(1)'],
      unknownField: 1,
    });
    expect(settings).toEqual({
      reader: { ...DEFAULT_SETTINGS.reader, theme: 'sepia', lineHeight: 1.8 },
      summarySentences: 4,
      historyEnabled: DEFAULT_SETTINGS.historyEnabled,
      historyRetentionDays: DEFAULT_SETTINGS.historyRetentionDays,
      autoCleanSites: DEFAULT_SETTINGS.autoCleanSites,
      toolbarOpens: DEFAULT_SETTINGS.toolbarOpens,
    });
  });

  it('applies a valid change and keeps every other field', () => {
    const next = applySettingsChange(DEFAULT_SETTINGS, {
      reader: { theme: 'dark' },
      summarySentences: SETTING_LIMITS.summarySentences.max,
    });
    expect(next.reader).toEqual({ ...DEFAULT_SETTINGS.reader, theme: 'dark' });
    expect(next.summarySentences).toBe(5);
    expect(next.historyEnabled).toBe(true);
  });

  it.each([
    ['a font that does not exist', { reader: { fontFamily: 'constructor' } }],
    [
      'a summary length out of range',
      { summarySentences: SETTING_LIMITS.summarySentences.max + 1 },
    ],
    ['a fractional summary length', { summarySentences: 3.5 }],
    ['a font size out of range', { reader: { fontSize: SETTING_LIMITS.fontSize.min - 1 } }],
    ['a site that is not a hostname', { autoCleanSites: ['https://news.example/'] }],
    ['not a boolean', { historyEnabled: 'no' }],
  ])('refuses %s', (_what, change) => {
    expect(() => applySettingsChange(DEFAULT_SETTINGS, change as never)).toThrow(
      InvalidSettingsError,
    );
  });

  it('migrates a v1 value (summaryLength) to v2 (summarySentences)', () => {
    const v1 = {
      reader: { theme: 'dark', fontFamily: 'sans', fontSize: 18, lineWidth: 60, lineHeight: 1.5 },
      summaryLength: 5,
      historyEnabled: false,
      historyRetentionDays: 7,
      autoCleanSites: [],
    };
    const migrated = SETTINGS_MIGRATIONS[2]!(v1);
    expect(migrated).not.toHaveProperty('summaryLength');
    expect(readSettings(migrated)).toEqual({
      reader: v1.reader,
      summarySentences: 5,
      historyEnabled: false,
      historyRetentionDays: 7,
      autoCleanSites: [],
      toolbarOpens: 'popup',
    });
  });
});
