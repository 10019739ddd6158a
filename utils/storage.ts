/**
 * Typed, versioned settings in `browser.storage.local` (WXT storage). History and the saved
 * library live in IndexedDB (`utils/library/db.ts`), not here.
 */
import { storage } from 'wxt/utils/storage';

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans' | 'mono' | 'dyslexic';

/** Reader view typography and theme. */
export interface ReaderSettings {
  theme: Theme;
  fontFamily: FontFamily;
  /** Font size in CSS px. */
  fontSize: number;
  /** Line width in `ch`. */
  lineWidth: number;
  /** Unitless line height. */
  lineHeight: number;
}

/** Everything the reader can set. */
export interface Settings {
  reader: ReaderSettings;
  /** Sentences in the summary (3–5). */
  summaryLength: number;
  /** Record articles opened in clean view. */
  historyEnabled: boolean;
  /** Days to keep unsaved history; saved articles are never pruned. 0 = keep forever. */
  historyRetentionDays: number;
  /** Hostnames with automatic clean view turned on (host access granted per site). */
  autoCleanSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  reader: { theme: 'system', fontFamily: 'serif', fontSize: 20, lineWidth: 68, lineHeight: 1.6 },
  summaryLength: 3,
  historyEnabled: true,
  historyRetentionDays: 30,
  autoCleanSites: [],
};

/** The reader's settings (version 1). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with any missing field filled from the defaults (a partial write never breaks a reader). */
export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    reader: { ...DEFAULT_SETTINGS.reader, ...stored.reader },
  };
}

/** Merge a change into the stored settings. */
export async function updateSettings(
  change: Partial<Omit<Settings, 'reader'>> & { reader?: Partial<ReaderSettings> },
): Promise<Settings> {
  const current = await getSettings();
  const next: Settings = { ...current, ...change, reader: { ...current.reader, ...change.reader } };
  await settingsItem.setValue(next);
  return next;
}
