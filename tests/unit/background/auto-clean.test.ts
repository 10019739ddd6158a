import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  autoCleanState,
  keepOriginal,
  openAutoCleanView,
  setupAutoClean,
  stopAutoClean,
  syncAutoClean,
} from '../../../entrypoints/background/auto-clean';
import { setupMessaging } from '../../../entrypoints/background/messaging';
import { ALL_SITES } from '../../../utils/auto-clean/sites';
import { sendMessageLight, type MessageRuntime } from '../../../utils/messaging-light';
import { getSettings, setSiteChoice, updateSettings } from '../../../utils/storage';

// The settings ↔ registrations sync of automatic clean view, with the browser's content script
// registry and its grants played by small stand-ins that behave like Chrome's: registering an id
// twice fails, host access is a list of patterns, grants and releases fire their events.

interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: string;
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

const registry = new Map<string, Registered>();
let granted: string[] = [];
let required: string[] = [];
const added = new Set<() => void>();
const removed = new Set<() => void>();
const injected: string[] = [];
const shown: unknown[] = [];

function event(listeners: Set<() => void>) {
  return {
    addListener: (l: () => void) => listeners.add(l),
    removeListener: (l: () => void) => listeners.delete(l),
    hasListener: (l: () => void) => listeners.has(l),
  };
}

/** The reader grants access in the browser's prompt (or in another window of the browser). */
function grant(...origins: string[]) {
  granted = [...new Set([...granted, ...origins])];
  added.forEach((l) => l());
}

function fakePlatform() {
  registry.clear();
  granted = [];
  required = [];
  added.clear();
  removed.clear();
  injected.length = 0;
  shown.length = 0;
  const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  Object.assign(browser.scripting!, {
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...registry.values()].filter((s) => !ids || ids.includes(s.id)),
    registerContentScripts: async (scripts: Registered[]) => {
      for (const s of scripts) {
        if (registry.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registry.set(s.id, structuredClone(s));
      }
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      for (const id of ids) {
        if (!registry.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    },
    executeScript: async ({ func, files }: { func?: unknown; files?: string[] }) => {
      if (func) return [{ result: injected.length > 0 }];
      injected.push(...(files ?? []));
      return [{ result: undefined }];
    },
  });
  Object.assign(browser.permissions!, {
    getAll: async () => ({ origins: [...granted], permissions: [] }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (origins.some((o) => required.includes(o))) throw new Error('Cannot remove required');
      granted = granted.filter((o) => !origins.includes(o));
      removed.forEach((l) => l());
      return true;
    }),
    onAdded: event(added),
    onRemoved: event(removed),
  });
  browser.runtime!.getManifest = () => ({ host_permissions: required, permissions: ['storage'] });
  browser.tabs!.sendMessage = async (_tabId: number, message: { type: string; data: unknown }) => {
    shown.push(message.data);
    return { res: { open: true, isArticle: true } };
  };
}

const released = () =>
  (fakeBrowser.permissions.remove as unknown as ReturnType<typeof vi.fn>).mock.calls.map(
    ([arg]) => (arg as { origins: string[] }).origins,
  );
const matches = () => registry.get('tidings-auto-clean')?.matches ?? null;

beforeEach(async () => {
  fakeBrowser.reset();
  fakePlatform();
  setupAutoClean();
  await syncAutoClean();
});

describe('the detector registration follows the settings', () => {
  it('registers a chosen site once access is granted; off unregisters and gives access back', async () => {
    await setSiteChoice('news.example', 'on');
    await syncAutoClean();
    expect(matches()).toBeNull(); // waiting for access

    grant('*://news.example/*', '*://www.news.example/*');
    await vi.waitFor(() =>
      expect(matches()).toEqual(['*://news.example/*', '*://www.news.example/*']),
    );
    expect(registry.get('tidings-auto-clean')).toMatchObject({
      js: ['auto-clean.js'],
      runAt: 'document_start',
      persistAcrossSessions: true,
    });

    await setSiteChoice('news.example', null);
    await vi.waitFor(() => expect(matches()).toBeNull());
    expect(released()).toEqual([['*://news.example/*', '*://www.news.example/*']]);
    expect(granted).toEqual([]);
  });

  it('keeps a grant that arrives before its setting (one click gives both, in either order)', async () => {
    grant('*://news.example/*', '*://www.news.example/*');
    await syncAutoClean();
    expect(granted).toHaveLength(2);
    await setSiteChoice('news.example', 'on');
    await vi.waitFor(() => expect(matches()).toHaveLength(2));
    expect(released()).toEqual([]);
  });

  it('registers again when the browser starts without the registration (an unpacked build)', async () => {
    grant('*://news.example/*', '*://www.news.example/*');
    await setSiteChoice('news.example', 'on');
    await vi.waitFor(() => expect(matches()).toHaveLength(2));
    registry.clear();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(matches()).toHaveLength(2));
  });

  it('on start-up, gives back access no setting uses, never the manifest’s own', async () => {
    required = ['*://127.0.0.1/*'];
    granted = ['*://127.0.0.1/*', '*://stale.example/*'];
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await syncAutoClean();
    expect(granted).toEqual(['*://127.0.0.1/*']);
  });

  it('follows a site chosen in another browser (sync); it waits for this browser’s access', async () => {
    // What the browser's sync writes when another browser turned the site on.
    await fakeBrowser.storage.sync.set({ 'autoClean:far.example': 'on' });
    await syncAutoClean();
    expect(matches()).toBeNull();
    grant('*://far.example/*', '*://www.far.example/*');
    await vi.waitFor(() =>
      expect(matches()).toEqual(['*://far.example/*', '*://www.far.example/*']),
    );
    // …and the other browser turning it off.
    await fakeBrowser.storage.sync.remove('autoClean:far.example');
    await vi.waitFor(() => expect(matches()).toBeNull());
    expect(granted).toEqual([]);
  });

  it('"every news article" registers on all sites but the stopped ones, and gives all-site access back when off', async () => {
    await updateSettings({ autoCleanEverywhere: true });
    grant(ALL_SITES);
    await vi.waitFor(() => expect(matches()).toEqual([ALL_SITES]));
    await setSiteChoice('quiet.example', 'stopped');
    await vi.waitFor(() =>
      expect(registry.get('tidings-auto-clean')?.excludeMatches).toEqual([
        '*://quiet.example/*',
        '*://www.quiet.example/*',
      ]),
    );
    await updateSettings({ autoCleanEverywhere: false });
    await vi.waitFor(() => expect(matches()).toBeNull());
    expect(released()).toEqual([[ALL_SITES]]);
  });
});

describe('what the detector and the reader ask', () => {
  const TAB = 4;
  const URL_A = 'https://www.news.example/2024/06/10/a-story#comments';

  it('answers the mode of the page, and whether it stays original in this tab', async () => {
    expect(await autoCleanState(TAB, URL_A)).toEqual({ mode: null, original: false });
    await setSiteChoice('news.example', 'on');
    expect(await autoCleanState(TAB, URL_A)).toEqual({ mode: 'site', original: false });
    await keepOriginal(TAB, URL_A, 'https://www.news.example/2024/06/10/a-story');
    expect(await autoCleanState(TAB, URL_A)).toEqual({ mode: 'site', original: true });
    // Another tab, or another page of the site, opens as before.
    expect((await autoCleanState(TAB + 1, URL_A)).original).toBe(false);
    expect((await autoCleanState(TAB, 'https://news.example/b')).original).toBe(false);
    // A closed tab forgets.
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect((await autoCleanState(TAB, URL_A)).original).toBe(false));
  });

  it('opens the reader with its automatic bar, unless the page stays original', async () => {
    await setSiteChoice('news.example', 'on');
    expect(await openAutoCleanView(TAB, URL_A)).toEqual({ open: true });
    expect(injected).toEqual(['/content-scripts/reader.js']);
    expect(shown).toEqual([{ open: true, auto: { site: 'news.example' } }]);

    await keepOriginal(TAB, URL_A, URL_A);
    expect(await openAutoCleanView(TAB, URL_A)).toEqual({ open: false });
    expect(shown).toHaveLength(1);
  });

  it('"Stop on this site" turns the site off, or stops it under "every news article"', async () => {
    await setSiteChoice('news.example', 'on');
    await stopAutoClean(TAB, URL_A, URL_A);
    expect((await getSettings()).autoCleanSites).toEqual([]);
    expect((await autoCleanState(TAB, URL_A)).original).toBe(true);

    await updateSettings({ autoCleanEverywhere: true });
    await setSiteChoice('news.example', 'on');
    await stopAutoClean(TAB, URL_A, URL_A);
    expect(await getSettings()).toMatchObject({
      autoCleanSites: [],
      autoCleanStoppedSites: ['news.example'],
    });
    expect((await autoCleanState(TAB + 1, URL_A)).mode).toBeNull();
  });

  it('refuses a page of another site than the sender’s', async () => {
    await expect(keepOriginal(TAB, URL_A, 'https://evil.example/')).rejects.toThrow();
    await expect(stopAutoClean(TAB, URL_A, 'https://evil.example/')).rejects.toThrow();
  });

  it('answers the detector’s light messages through the one protocol, sender checks included', async () => {
    setupMessaging();
    await setSiteChoice('news.example', 'on');
    const runtimeFrom = (sender: object): MessageRuntime => ({
      async sendMessage(message) {
        const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
        return replies.find((r) => r !== undefined);
      },
    });
    const content = { id: fakeBrowser.runtime.id, url: URL_A, tab: { id: TAB } };
    expect(
      await sendMessageLight('getAutoCleanState', { url: URL_A }, runtimeFrom(content)),
    ).toEqual({ mode: 'site', original: false });
    await expect(
      sendMessageLight('getAutoCleanState', { url: URL_A }, runtimeFrom({ ...content, id: 'x' })),
    ).rejects.toThrow(/refused/);
  });
});
