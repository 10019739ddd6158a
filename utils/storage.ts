/**
 * The reader's settings in extension storage (WXT storage), checked against the model's schema
 * on every read and write. History and the saved library live in IndexedDB
 * (`utils/library/db.ts`), the per-tab readings in session storage (`utils/tab-readings.ts`).
 */
import { storage } from 'wxt/utils/storage';
import {
  applySettingsChange,
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsChange,
  type TabReading,
} from './model';

/** The reader's settings, as stored (read them through `getSettings`, which checks each field). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** The settings: every stored field that fits the schema, the default for any other. */
export async function getSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

/**
 * Merge a change into the stored settings. A value outside the schema (a font that does not
 * exist, a size out of range) is refused with `InvalidSettingsError` and nothing is written.
 */
export async function updateSettings(change: SettingsChange): Promise<Settings> {
  const next = applySettingsChange(await getSettings(), change);
  await settingsItem.setValue(next);
  return next;
}

/**
 * Call `listener` with the checked settings (and the ones before) whenever they change, here or
 * in another context (a tab, the options page). Returns the function that stops watching.
 */
export function watchSettings(
  listener: (settings: Settings, previous: Settings) => void,
): () => void {
  return settingsItem.watch((stored, before) =>
    listener(readSettings(stored), readSettings(before)),
  );
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
