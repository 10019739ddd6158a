import { describe, expect, it } from 'vitest';
import {
  applySettingsChange,
  applySiteChoice,
  DEFAULT_SETTINGS,
  fromStoredSettings,
  InvalidSettingsError,
  readSettings,
  SETTING_LIMITS,
  SETTINGS_MIGRATIONS,
  SITE_LIST_MAX,
  toStoredSettings,
  upgradeLegacySettings,
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
      autoCleanEverywhere: false,
      autoCleanStoppedSites: [],
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
      autoCleanEverywhere: false,
      autoCleanStoppedSites: [],
      toolbarOpens: 'popup',
    });
  });

  it('migrates a v2 value (local storage, one item) to v3 (the item and one key per site)', () => {
    // As version 0.1 stored it in `local:settings` (meta `{ v: 2 }`).
    const v2 = {
      reader: { theme: 'sepia', fontFamily: 'serif', fontSize: 22, lineWidth: 64, lineHeight: 1.7 },
      summarySentences: 4,
      historyEnabled: true,
      historyRetentionDays: 90,
      autoCleanSites: ['news.example', 'not a host', 'other.example'],
    };
    const { settings, sites } = upgradeLegacySettings(v2, 2);
    expect(settings).not.toHaveProperty('autoCleanSites');
    expect(sites).toEqual({ 'autoClean:news.example': 'on', 'autoClean:other.example': 'on' });
    expect(fromStoredSettings(settings, sites)).toEqual({
      ...DEFAULT_SETTINGS,
      reader: v2.reader,
      summarySentences: 4,
      historyRetentionDays: 90,
      autoCleanSites: ['news.example', 'other.example'],
    });
    // A v1 value goes through both steps.
    const fromV1 = upgradeLegacySettings({ summaryLength: 5, autoCleanSites: [] }, 1);
    expect(fromStoredSettings(fromV1.settings, fromV1.sites).summarySentences).toBe(5);
  });
});

describe('the sites of automatic clean view', () => {
  it('changes one site at a time: on, stopped, or neither', () => {
    const on = applySiteChoice(DEFAULT_SETTINGS, 'news.example', 'on');
    expect(on.autoCleanSites).toEqual(['news.example']);
    const stopped = applySiteChoice(on, 'news.example', 'stopped');
    expect(stopped.autoCleanSites).toEqual([]);
    expect(stopped.autoCleanStoppedSites).toEqual(['news.example']);
    expect(applySiteChoice(stopped, 'news.example', null)).toEqual(DEFAULT_SETTINGS);
    expect(() => applySiteChoice(DEFAULT_SETTINGS, 'https://news.example/', 'on')).toThrow(
      InvalidSettingsError,
    );
  });

  it('stores each site under its own key, and reads them back', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      autoCleanEverywhere: true,
      autoCleanSites: ['a.example', 'b.example'],
      autoCleanStoppedSites: ['c.example'],
    };
    const stored = toStoredSettings(settings);
    expect(stored.settings).not.toHaveProperty('autoCleanSites');
    expect(stored.sites).toEqual({
      'autoClean:a.example': 'on',
      'autoClean:b.example': 'on',
      'autoClean:c.example': 'stopped',
    });
    expect(fromStoredSettings(stored.settings, { ...stored.sites, other: 1 })).toEqual(settings);
  });

  it('reads a list over the limit cut to the limit, never dropped whole', () => {
    const keys = Object.fromEntries(
      Array.from({ length: SITE_LIST_MAX + 3 }, (_, i) => [`autoClean:s${i}.example`, 'on']),
    );
    expect(fromStoredSettings({}, keys).autoCleanSites).toHaveLength(SITE_LIST_MAX);
    expect(
      fromStoredSettings({}, { 'autoClean:BAD HOST': 'on', 'autoClean:x.example': 'maybe' }),
    ).toEqual(DEFAULT_SETTINGS);
  });
});
