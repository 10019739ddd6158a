import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  countEntries,
  listEntriesChecked,
  watchLibrary,
  type DamagedEntry,
} from '@/utils/library/db';
import type { EntryMeta } from '@/utils/model';
import type { FirstScreen } from './first-screen';

export interface LibraryState {
  /** Light rows, newest first; null until the first screen is read. */
  entries: EntryMeta[] | null;
  total: number;
  /** Every row is loaded (not only the first screen's). */
  complete: boolean;
  /** The library's change counter the list reflects (changes with every write by anyone). */
  seq: number;
  /** Stored rows that fail the entry schema: not listed, offered for deletion. */
  damaged: DamagedEntry[];
  /** Opening the library failed (e.g. an upgrade that could not run): the page says so. */
  fatal: string | null;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The library's rows: the first screen from the newest rows only, then the whole (light) list,
 * then kept in step with every write — this page's and the worker's — through Dexie's
 * `liveQuery` on the change counter.
 */
export function useLibrary(firstScreen: Promise<FirstScreen>): LibraryState {
  const [state, setState] = useState<LibraryState>({
    entries: null,
    total: 0,
    complete: false,
    seq: -1,
    damaged: [],
    fatal: null,
  });
  const shownSeq = useRef(-1);
  const loading = useRef<Promise<void> | null>(null);

  const load = useCallback(async (seq: number) => {
    const [{ entries, damaged }, total] = await Promise.all([listEntriesChecked(), countEntries()]);
    shownSeq.current = seq;
    setState((s) => ({
      ...s,
      entries,
      total: total - damaged.length,
      damaged,
      complete: true,
      seq,
    }));
  }, []);

  useEffect(() => {
    let stop = false;
    let unwatch = () => {};
    void (async () => {
      try {
        const first = await firstScreen;
        if (stop) return;
        shownSeq.current = first.seq;
        setState((s) => ({ ...s, entries: first.recent, total: first.count, seq: first.seq }));
        // Let the first screen paint before reading (and deserializing) every row.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        if (stop) return;
        await load(first.seq);
        unwatch = watchLibrary(
          (seq) => {
            if (stop || seq === shownSeq.current) return;
            // One reload at a time; a write during it is picked up by the next notification.
            loading.current = (loading.current ?? Promise.resolve()).then(() => load(seq));
          },
          (error) => setState((s) => ({ ...s, fatal: errorText(error) })),
        );
      } catch (error) {
        setState((s) => ({ ...s, fatal: errorText(error) }));
      }
    })();
    return () => {
      stop = true;
      unwatch();
    };
  }, [firstScreen, load]);

  return state;
}
