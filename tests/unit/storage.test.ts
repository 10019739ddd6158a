import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SITE_LIST_MAX, type Settings } from '../../utils/model';
import {
  addOriginalPage,
  dropAllTabReadings,
  dropOriginalPages,
  dropTabReading,
  getOriginalPages,
  getReaderSettings,
  getSettings,
  getTabReading,
  setSiteChoice,
  setTabReading,
  updateReaderSettings,
  updateSettings,
  watchReaderSettings,
  watchSettings,
} from '../../utils/storage';

beforeEach(() => {
  fakeBrowser.reset();
});

/** Sync storage refuses the next write for its per-minute quota, as Chrome does. */
function refuseNextSyncWrite() {
  return vi
    .spyOn(fakeBrowser.storage.sync, 'set')
    .mockRejectedValueOnce(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
}

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
    // Stored in browser.storage.sync: the reader's other browsers get it too.
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect((raw.settings as Settings).reader.theme).toBe('dark');
    expect(raw.settings).not.toHaveProperty('autoCleanSites');
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

  it('moves settings stored by version 1 (local, summaryLength) to sync on the first read', async () => {
    const { summarySentences: _, autoCleanSites: _s, ...v1 } = DEFAULT_SETTINGS;
    await fakeBrowser.storage.local.set({ settings: { ...v1, summaryLength: 4 } });
    // A fresh start of the module, as in a new worker or page after the update.
    vi.resetModules();
    const fresh = await import('../../utils/storage');
    expect((await fresh.getSettings()).summarySentences).toBe(4);
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw.settings).not.toHaveProperty('summaryLength');
    expect(raw.settings$).toEqual({ v: 3 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('moves settings stored by version 2 with their sites, one key per site', async () => {
    const v2 = {
      reader: { ...DEFAULT_SETTINGS.reader, theme: 'dark' },
      summarySentences: 5,
      historyEnabled: false,
      historyRetentionDays: 7,
      autoCleanSites: ['news.example'],
    };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    vi.resetModules();
    const fresh = await import('../../utils/storage');
    const settings = await fresh.getSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...v2 });
    expect(await fakeBrowser.storage.sync.get('autoClean:news.example')).toEqual({
      'autoClean:news.example': 'on',
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps the old settings when sync storage refuses them, and reads them meanwhile', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, historyRetentionDays: 12 },
      settings$: { v: 2 },
    });
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.resetModules();
    const fresh = await import('../../utils/storage');
    expect((await fresh.getSettings()).historyRetentionDays).toBe(12);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeDefined();
    // The next read tries again, and this time the move succeeds.
    expect((await fresh.getSettings()).historyRetentionDays).toBe(12);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    set.mockRestore();
    warn.mockRestore();
  });

  it('writes quick changes together (sync storage allows 120 writes a minute)', async () => {
    await getSettings();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await Promise.all(
      [16, 17, 18, 19, 20, 21].map((fontSize) => updateSettings({ reader: { fontSize } })),
    );
    expect((await getSettings()).reader.fontSize).toBe(21);
    expect(set.mock.calls.length).toBeLessThanOrEqual(3);
    set.mockRestore();
  });

  it('tries a write refused for the sync quota again a little later', async () => {
    await getSettings();
    vi.useFakeTimers();
    const set = refuseNextSyncWrite();
    const done = updateSettings({ historyEnabled: false });
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(done).resolves.toMatchObject({ historyEnabled: false });
    vi.useRealTimers();
    set.mockRestore();
    expect((await getSettings()).historyEnabled).toBe(false);
  });

  it('keeps every one of quick changes to different settings (a write is no old copy)', async () => {
    await getSettings();
    await Promise.all([
      updateSettings({ reader: { fontSize: 22 } }),
      updateSettings({ historyEnabled: false }),
      updateReaderSettings({ theme: 'sepia' }),
      updateSettings({ toolbarOpens: 'reader' }),
    ]);
    expect(await getSettings()).toMatchObject({
      reader: { fontSize: 22, theme: 'sepia' },
      historyEnabled: false,
      toolbarOpens: 'reader',
    });
  });

  it('a write waiting for the sync quota keeps a change made meanwhile elsewhere', async () => {
    await getSettings();
    vi.useFakeTimers();
    const set = refuseNextSyncWrite();
    // The reader's change waits for the quota; meanwhile the library page (another context, so
    // straight to storage here) turns on clean view from the toolbar button.
    const waiting = updateReaderSettings({ fontSize: 23 });
    await vi.advanceTimersByTimeAsync(100);
    set.mockRestore();
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Record<
      string,
      unknown
    >;
    await fakeBrowser.storage.sync.set({ settings: { ...stored, toolbarOpens: 'reader' } });
    await vi.advanceTimersByTimeAsync(10_000);
    await waiting;
    vi.useRealTimers();
    expect(await getSettings()).toMatchObject({ reader: { fontSize: 23 }, toolbarOpens: 'reader' });
  });

  it('gives the reader view its own settings alone, and keeps the rest when it changes them', async () => {
    await setSiteChoice('a.example', 'on');
    await updateSettings({ historyRetentionDays: 9 });
    const seen: string[] = [];
    const unwatch = watchReaderSettings((reader) => seen.push(reader.theme));
    await updateReaderSettings({ theme: 'sepia' });
    expect(await getReaderSettings()).toEqual({ ...DEFAULT_SETTINGS.reader, theme: 'sepia' });
    expect(await getSettings()).toMatchObject({
      historyRetentionDays: 9,
      autoCleanSites: ['a.example'],
    });
    await expect(updateReaderSettings({ fontSize: 99 })).rejects.toThrow(/Invalid settings/);
    await vi.waitFor(() => expect(seen).toEqual(['sepia']));
    unwatch();
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

describe('the sites of automatic clean view in sync storage', () => {
  it('writes one key per site and reads the lists back', async () => {
    await setSiteChoice('b.example', 'on');
    await setSiteChoice('a.example', 'on');
    await setSiteChoice('c.example', 'stopped');
    expect(await getSettings()).toMatchObject({
      autoCleanSites: ['a.example', 'b.example'],
      autoCleanStoppedSites: ['c.example'],
    });
    await setSiteChoice('b.example', null);
    expect((await getSettings()).autoCleanSites).toEqual(['a.example']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      'autoClean:a.example': 'on',
      'autoClean:c.example': 'stopped',
    });
  });

  it('refuses a name that is not a site, and a site beyond the limit', async () => {
    await expect(setSiteChoice('https://a.example/', 'on')).rejects.toThrow(/Invalid settings/);
    await fakeBrowser.storage.sync.set(
      Object.fromEntries(
        Array.from({ length: SITE_LIST_MAX }, (_, i) => [`autoClean:s${i}.example`, 'on']),
      ),
    );
    await expect(setSiteChoice('one-more.example', 'on')).rejects.toThrow(/At most/);
    expect(await fakeBrowser.storage.sync.get('autoClean:one-more.example')).toEqual({});
  });

  it('keeps updateSettings away from the sites (they change one at a time)', async () => {
    await setSiteChoice('a.example', 'on');
    await updateSettings({ historyEnabled: false });
    expect(await getSettings()).toMatchObject({
      historyEnabled: false,
      autoCleanSites: ['a.example'],
    });
  });

  it('tells watchers when a site changes, with the lists before', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((next, before) =>
      seen.push(`${before.autoCleanSites.join()}→${next.autoCleanSites.join()}`),
    );
    await setSiteChoice('a.example', 'on');
    await vi.waitFor(() => expect(seen).toEqual(['→a.example']));
    await setSiteChoice('a.example', null);
    await vi.waitFor(() => expect(seen).toEqual(['→a.example', 'a.example→']));
    unwatch();
  });

  it('two browsers that change the sites at once both keep their changes after sync', async () => {
    // The browser's sync merges key by key; of two writes to one key, the later wins.
    const merge = (
      base: Record<string, unknown>,
      ...later: Array<Record<string, unknown>>
    ): Record<string, unknown> => {
      const out = { ...base };
      for (const side of later) {
        for (const key of new Set([...Object.keys(base), ...Object.keys(side)])) {
          if (JSON.stringify(side[key]) === JSON.stringify(base[key])) continue;
          if (side[key] === undefined) delete out[key];
          else out[key] = side[key];
        }
      }
      return out;
    };
    const restore = async (data: Record<string, unknown>) => {
      await fakeBrowser.storage.sync.clear();
      await fakeBrowser.storage.sync.set(data);
    };
    await updateSettings({ historyRetentionDays: 60 });
    await setSiteChoice('shared.example', 'on');
    await setSiteChoice('old.example', 'on');
    const base = await fakeBrowser.storage.sync.get(null);

    // Browser A adds a site.
    await setSiteChoice('a.example', 'on');
    const a = await fakeBrowser.storage.sync.get(null);
    // Browser B, from the same state and before A's change reaches it, adds another and
    // removes one.
    await restore(base);
    await setSiteChoice('b.example', 'on');
    await setSiteChoice('old.example', null);
    const b = await fakeBrowser.storage.sync.get(null);

    await restore(merge(base, a, b));
    expect(await getSettings()).toMatchObject({
      historyRetentionDays: 60,
      autoCleanSites: ['a.example', 'b.example', 'shared.example'],
    });
  });
});

describe('pages kept original, per tab, in session storage', () => {
  it('remembers pages per tab until the tab is gone', async () => {
    await addOriginalPage(1, 'https://a.example/x');
    await addOriginalPage(1, 'https://a.example/y');
    await addOriginalPage(1, 'https://a.example/x');
    await addOriginalPage(2, 'https://a.example/z');
    expect(await getOriginalPages(1)).toEqual(['https://a.example/y', 'https://a.example/x']);
    await dropOriginalPages(1);
    expect(await getOriginalPages(1)).toEqual([]);
    expect(await getOriginalPages(2)).toEqual(['https://a.example/z']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
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
