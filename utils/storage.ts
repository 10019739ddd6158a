/**
 * The reader's settings in extension storage (WXT storage), checked against the model's schema
 * on every read and write. They live in `storage.sync`, the browser's own sync, so a site chosen
 * on one computer shows up on the reader's others: the settings in one item, each chosen site
 * under its own key (see `StoredSettings`). History and the saved library live in IndexedDB
 * (`utils/library/db.ts`), the per-tab readings in session storage (below).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  fromStoredSettings,
  InvalidSettingsError,
  readSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  SITE_KEY_PREFIX,
  SITE_LIST_MAX,
  SiteSchema,
  siteKey,
  toStoredSettings,
  upgradeLegacySettings,
  type ReaderSettings,
  type Settings,
  type SettingsChange,
  type SiteChoice,
  type StoredSettings,
  type TabReading,
} from './model';

/**
 * The reader's settings but the site lists, as stored (read them through `getSettings`, which
 * checks each field and adds the sites).
 */
export const settingsItem = storage.defineItem<StoredSettings>('sync:settings', {
  fallback: toStoredSettings(DEFAULT_SETTINGS).settings,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Where versions 1–2 kept the settings: read until `moveLegacySettings` has moved them. */
const LEGACY_KEYS = ['settings', 'settings$'] as const;

function legacyVersion(legacy: Record<string, unknown>): number {
  const meta = legacy['settings$'] as { v?: unknown } | undefined;
  return typeof meta?.v === 'number' ? meta.v : 1;
}

/** The move of the old settings, once per context (any context may be the first to read them). */
let moved: Promise<unknown> | null = null;

function legacyMoved(): Promise<unknown> {
  moved ??= moveLegacySettings().catch((error: unknown) => {
    console.warn('[tidings] the settings could not be moved to sync storage yet', error);
    moved = null;
  });
  return moved;
}

/**
 * The stored item (every setting but the site lists), checked by the caller: sync storage's, or
 * the old local one while it could not be moved (with its sites).
 */
async function readItem(): Promise<{ item: unknown; oldSites: Record<string, SiteChoice> }> {
  await legacyMoved();
  const item = await settingsItem.getValue();
  // The fallback itself (not a copy) comes back when sync storage has no item yet.
  if (item !== settingsItem.fallback) return { item, oldSites: {} };
  const legacy = await browser.storage.local.get([...LEGACY_KEYS]);
  if (legacy.settings == null) return { item, oldSites: {} };
  const old = upgradeLegacySettings(legacy.settings, legacyVersion(legacy));
  return { item: old.settings, oldSites: old.sites };
}

/** The settings: every stored field that fits the schema, the default for any other. */
export async function getSettings(): Promise<Settings> {
  const { item, oldSites } = await readItem();
  const all = await storage.snapshot('sync'); // after the move, which writes the sites' keys
  return fromStoredSettings(item, { ...oldSites, ...all });
}

/**
 * The reader view's typography and theme alone: what the reader content script needs (it is
 * injected into pages, so it stays small: no site lists, no snapshot of sync storage).
 */
export async function getReaderSettings(): Promise<ReaderSettings> {
  return readSettings((await readItem()).item).reader;
}

/** Change the reader view's settings (refused with `InvalidSettingsError` out of the schema). */
export async function updateReaderSettings(change: Partial<ReaderSettings>): Promise<void> {
  await changeItem({ reader: change });
}

/** Call `listener` with the reader view's settings whenever they change (here or elsewhere). */
export function watchReaderSettings(listener: (reader: ReaderSettings) => void): () => void {
  return settingsItem.watch((stored) => listener(readSettings(stored).reader));
}

/**
 * Move the settings of versions 1–2 (one item in local storage) to sync storage, as version 3
 * keeps them. Done by the first read in any context (every copy writes the same); the old item is removed only once the new
 * ones are written, so a failed write loses nothing (the next start tries again, and until
 * then `getSettings` reads the old item). Settings already in sync storage (written since the
 * update, or synced from another browser) win over the old local ones.
 */
export async function moveLegacySettings(): Promise<'moved' | 'dropped' | 'none'> {
  const legacy = await browser.storage.local.get([...LEGACY_KEYS]);
  if (legacy.settings == null) return 'none';
  const inSync = await browser.storage.sync.get('settings');
  const move = inSync.settings == null;
  if (move) {
    const { settings, sites } = upgradeLegacySettings(legacy.settings, legacyVersion(legacy));
    await browser.storage.sync.set({
      ...sites,
      settings,
      settings$: { v: SETTINGS_VERSION },
    });
  }
  await browser.storage.local.remove([...LEGACY_KEYS]);
  return move ? 'moved' : 'dropped';
}

/**
 * Merge a change into the stored settings. A value outside the schema (a font that does not
 * exist, a size out of range) is refused with `InvalidSettingsError` and nothing is written.
 * The site lists change one site at a time, with `setSiteChoice`.
 */
export async function updateSettings(change: SettingsChange): Promise<Settings> {
  await changeItem(change);
  return getSettings();
}

/**
 * A change of the stored item (no site lists): checked now, against the item as stored (a
 * refused value throws here), and applied to the item as stored when it is written.
 */
async function changeItem(change: SettingsChange): Promise<void> {
  applySettingsChange(readSettings((await readItem()).item), change);
  await writeChange((settings) => applySettingsChange(settings, change));
}

/**
 * Writes of the settings item, one at a time: changes made while one is under way (a slider
 * dragged) are written together after it, so they cost sync storage one write, not one each
 * (it allows 120 a minute). A write refused for that quota is tried again a little later.
 *
 * What is queued is the change, not a copy of the settings: each write reads the stored item
 * afresh and applies the changes waiting, so a change made meanwhile elsewhere (the library page
 * while the reader's write waited for the quota) is kept, not overwritten by an old copy.
 */
type SettingsEdit = (settings: Settings) => Settings;

let writing: Promise<void> = Promise.resolve();
let pending: { edits: SettingsEdit[]; done: Promise<void> } | null = null;

const QUOTA_RETRY_MS = 5_000;
const QUOTA_RETRIES = 12;

function writeChange(edit: SettingsEdit): Promise<void> {
  if (pending) {
    pending.edits.push(edit);
    return pending.done;
  }
  const next: { edits: SettingsEdit[]; done: Promise<void> } = {
    edits: [edit],
    done: writing.then(async () => {
      pending = null;
      await setWithRetry(next.edits);
    }),
  };
  pending = next;
  writing = next.done.catch(() => undefined);
  return next.done;
}

async function setWithRetry(edits: SettingsEdit[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    // The stored item now (no site lists: they are keys of their own), with the changes on it.
    const current = readSettings((await readItem()).item);
    const next = edits.reduce((settings, edit) => edit(settings), current);
    try {
      await settingsItem.setValue(toStoredSettings(next).settings);
      return;
    } catch (error) {
      const quota = /quota/i.test(error instanceof Error ? error.message : String(error));
      if (!quota || attempt >= QUOTA_RETRIES) throw error;
      await new Promise((ok) => setTimeout(ok, QUOTA_RETRY_MS));
    }
  }
}

/**
 * Set one site's automatic clean view choice (`null`: neither on nor stopped). One key is
 * written, nothing is read first: the popup calls this in the same click that asks for the
 * site's access, and Firefox may close the popup as its prompt opens. Refuses a name that is
 * not a site, and a site beyond the list's limit (the write is undone).
 */
export async function setSiteChoice(site: string, choice: SiteChoice | null): Promise<Settings> {
  if (!v.is(SiteSchema, site)) {
    throw new InvalidSettingsError(v.safeParse(SiteSchema, site).issues ?? []);
  }
  const key = `sync:${siteKey(site)}` as const;
  if (choice === null) {
    await storage.removeItem(key);
    return getSettings();
  }
  await storage.setItem(key, choice);
  const all = await storage.snapshot('sync');
  const count = Object.entries(all).filter(
    ([k, value]) => k.startsWith(SITE_KEY_PREFIX) && value === choice,
  ).length;
  if (count > SITE_LIST_MAX) {
    await storage.removeItem(key);
    throw new RangeError(`At most ${SITE_LIST_MAX} sites can be on this list.`);
  }
  return fromStoredSettings(all.settings, all);
}

/**
 * Call `listener` with the checked settings (and the ones before) whenever they change, here or
 * in another context (a tab, the options page) or another browser (sync). Returns the function
 * that stops watching.
 */
export function watchSettings(
  listener: (settings: Settings, previous: Settings) => void,
): () => void {
  const onChanged = (
    changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
    area: string,
  ) => {
    if (area !== 'sync') return;
    const keys = Object.keys(changes).filter(
      (key) => key === 'settings' || key.startsWith(SITE_KEY_PREFIX),
    );
    if (keys.length === 0) return;
    void storage.snapshot('sync').then((now) => {
      const before: Record<string, unknown> = { ...now };
      for (const key of keys) {
        const old = changes[key]?.oldValue;
        if (old == null) delete before[key];
        else before[key] = old;
      }
      listener(fromStoredSettings(now.settings, now), fromStoredSettings(before.settings, before));
    });
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Where the worker keeps a tab's reading: session storage lives as long as the browser session. */
const readingKey = (tabId: number) => `session:reading:${tabId}` as const;

/** The reading kept for a tab, if any. */
export async function getTabReading(tabId: number): Promise<TabReading | null> {
  return storage.getItem<TabReading>(readingKey(tabId));
}

/** Keep a tab's reading (replacing the one before). */
export async function setTabReading(tabId: number, reading: TabReading): Promise<void> {
  await storage.setItem(readingKey(tabId), reading);
}

/** Forget a tab's reading (the tab navigated or closed). */
export async function dropTabReading(tabId: number): Promise<void> {
  await storage.removeItem(readingKey(tabId));
}

/** Forget every tab's reading (a setting that shapes them changed). */
export async function dropAllTabReadings(): Promise<void> {
  const all = await storage.snapshot('session');
  const keys = Object.keys(all)
    .filter((key) => key.startsWith('reading:'))
    .map((key) => `session:${key}` as const);
  if (keys.length) await storage.removeItems(keys);
}

/**
 * Tabs whose current page runs the reader content script (the worker injected it there): the
 * next call to the tab needs no probe. Dropped with the tab's reading when the tab loads a page
 * or closes.
 */
const scriptKey = (tabId: number) => `session:readerScript:${tabId}` as const;

/** Whether the worker injected the reader script into the tab's current page (as last known). */
export async function hasReaderScript(tabId: number): Promise<boolean> {
  return (await storage.getItem<boolean>(scriptKey(tabId))) === true;
}

/** Note that the tab's current page runs the reader script, or that it does not (any more). */
export async function noteReaderScript(tabId: number, present: boolean): Promise<void> {
  if (present) await storage.setItem(scriptKey(tabId), true);
  else await storage.removeItem(scriptKey(tabId));
}

/**
 * End-to-end tests only: when true, the reader view's shadow root is open, so the tests' page
 * objects can reach into it. Set from the extension's own worker (a page cannot write extension
 * storage); absent in real use, where the root is closed to the page's scripts.
 */
export const openReaderRootForTestsItem = storage.defineItem<boolean>(
  'local:testing:openReaderShadowRoot',
  { fallback: false },
);

/** The reader view's shadow root mode: closed, unless the e2e tests asked for an open one. */
export async function readerShadowMode(): Promise<'open' | 'closed'> {
  try {
    return (await openReaderRootForTestsItem.getValue()) === true ? 'open' : 'closed';
  } catch {
    return 'closed';
  }
}

/**
 * Pages of a tab the reader went back to the original of, after clean view opened by itself:
 * it does not open by itself there again in this tab (reloads included). Session storage: gone
 * with the tab or the browser session.
 */
const originalsKey = (tabId: number) => `session:autoCleanOriginal:${tabId}` as const;

/** Most pages remembered per tab (the oldest are forgotten first). */
const ORIGINALS_PER_TAB = 100;

/** The pages (URLs without fragment) kept original in a tab. */
export async function getOriginalPages(tabId: number): Promise<string[]> {
  return (await storage.getItem<string[]>(originalsKey(tabId))) ?? [];
}

/** Keep a page original in a tab. */
export async function addOriginalPage(tabId: number, url: string): Promise<void> {
  const pages = (await getOriginalPages(tabId)).filter((p) => p !== url);
  pages.push(url);
  await storage.setItem(originalsKey(tabId), pages.slice(-ORIGINALS_PER_TAB));
}

/** Forget a tab's original pages (the tab closed). */
export async function dropOriginalPages(tabId: number): Promise<void> {
  await storage.removeItem(originalsKey(tabId));
}
