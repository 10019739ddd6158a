import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/model';
import {
  dropAllTabReadings,
  dropTabReading,
  getSettings,
  getTabReading,
  setTabReading,
  updateSettings,
  watchSettings,
} from '../../utils/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings in extension storage', () => {
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
    expect((raw.settings as Settings).reader.theme).toBe('dark');
  });

  it('refuses an invalid write and leaves the stored settings as they were', async () => {
    await updateSettings({ reader: { theme: 'sepia' } });
    await expect(
      updateSettings({ reader: { fontFamily: 'constructor' as never } }),
    ).rejects.toThrow(/Invalid settings/);
    expect((await getSettings()).reader).toEqual({ ...DEFAULT_SETTINGS.reader, theme: 'sepia' });
  });

  it('fills fields missing from a partial stored value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { reader: { theme: 'sepia' }, historyEnabled: false },
      settings$: { v: 2 },
    });
    const settings = await getSettings();
    expect(settings.reader).toEqual({ ...DEFAULT_SETTINGS.reader, theme: 'sepia' });
    expect(settings.historyEnabled).toBe(false);
    expect(settings.summarySentences).toBe(DEFAULT_SETTINGS.summarySentences);
  });

  it('migrates settings stored by version 1 (summaryLength) when the extension starts', async () => {
    const { summarySentences: _, ...v2 } = DEFAULT_SETTINGS;
    await fakeBrowser.storage.local.set({ settings: { ...v2, summaryLength: 4 } });
    // A fresh start of the module, as in a new worker or page: the item migrates on definition.
    vi.resetModules();
    const fresh = await import('../../utils/storage');
    expect((await fresh.getSettings()).summarySentences).toBe(4);
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings).not.toHaveProperty('summaryLength');
    expect(raw.settings$).toEqual({ v: 2 });
  });

  it('tells watchers about changes, checked, with the settings before', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((next, before) =>
      seen.push(`${before.reader.theme}→${next.reader.theme}`),
    );
    await updateSettings({ reader: { theme: 'light' } });
    unwatch();
    expect(seen).toEqual(['system→light']);
  });
});

describe('tab readings in session storage', () => {
  const reading = (url: string) =>
    ({ kind: 'not-article', url, forced: false, title: 'T', reason: 'R' }) as const;

  it('keeps one reading per tab until it is dropped', async () => {
    await setTabReading(1, reading('https://a.example/'));
    await setTabReading(2, reading('https://b.example/'));
    expect(await getTabReading(1)).toEqual(reading('https://a.example/'));
    await dropTabReading(1);
    expect(await getTabReading(1)).toBeNull();
    expect(await getTabReading(2)).toEqual(reading('https://b.example/'));
    await dropAllTabReadings();
    expect(await getTabReading(2)).toBeNull();
    // Session storage, not local: gone with the browser session, never written to disk.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
