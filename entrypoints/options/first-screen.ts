import { changeSeq, countEntries, listRecent } from '@/utils/library/db';
import type { EntryMeta } from '@/utils/model';
import { type Settings } from '@/utils/model';
import { getSettings } from '@/utils/storage';

/** Rows painted before the whole list is loaded: more than one screen. */
export const FIRST_SCREEN_ROWS = 40;

/** What the library's first screen needs: the newest rows, the count, the settings. */
export interface FirstScreen {
  recent: EntryMeta[];
  count: number;
  settings: Settings;
  seq: number;
}

/** Start reading the first screen's data (called before the first render, to save a frame). */
export async function loadFirstScreen(): Promise<FirstScreen> {
  const [recent, count, settings, seq] = await Promise.all([
    listRecent(FIRST_SCREEN_ROWS),
    countEntries(),
    getSettings(),
    changeSeq(),
  ]);
  performance.mark('tidings-first-screen-data');
  return { recent, count, settings, seq };
}
