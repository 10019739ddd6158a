import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, settingsItem, updateSettings } from '../../utils/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('starts from the defaults: system theme, serif 20px, history on', async () => {
    const settings = await getSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.reader.theme).toBe('system');
  });

  it('persists a reader change and keeps every other field', async () => {
    await updateSettings({ reader: { theme: 'dark', fontSize: 24 } });
    await updateSettings({ reader: { fontFamily: 'sans' } });
    const settings = await getSettings();
    expect(settings.reader).toEqual({
      ...DEFAULT_SETTINGS.reader,
      theme: 'dark',
      fontSize: 24,
      fontFamily: 'sans',
    });
    expect(settings.historyEnabled).toBe(true);
    // Stored in browser.storage.local, where the reader of another tab reads it back.
    const raw = await fakeBrowser.storage.local.get('settings');
    expect((raw.settings as typeof DEFAULT_SETTINGS).reader.theme).toBe('dark');
  });

  it('fills fields missing from an older or partial stored value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { reader: { theme: 'sepia' }, historyEnabled: false },
    });
    const settings = await getSettings();
    expect(settings.reader).toEqual({ ...DEFAULT_SETTINGS.reader, theme: 'sepia' });
    expect(settings.historyEnabled).toBe(false);
    expect(settings.summaryLength).toBe(DEFAULT_SETTINGS.summaryLength);
  });

  it('tells watchers about changes (the reader of another tab follows)', async () => {
    const seen: string[] = [];
    const unwatch = settingsItem.watch((next) => seen.push(next.reader.theme));
    await updateSettings({ reader: { theme: 'light' } });
    unwatch();
    expect(seen).toEqual(['light']);
  });
});
