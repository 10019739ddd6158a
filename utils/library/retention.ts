/** Retention of unsaved history: which entries are past their keeping time (pure). */
import type { EntryMeta } from '../model';

export const DAY_MS = 86_400_000;

/**
 * The moment before which unsaved entries are pruned, or null when history is kept forever
 * (`retentionDays` 0 or less, or not a number).
 */
export function retentionCutoff(now: number, retentionDays: number): number | null {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return null;
  return now - retentionDays * DAY_MS;
}

/** True when the entry should be pruned: never for saved entries. */
export function isExpired(
  entry: Pick<EntryMeta, 'saved' | 'lastOpened'>,
  now: number,
  retentionDays: number,
): boolean {
  const cutoff = retentionCutoff(now, retentionDays);
  return cutoff !== null && !entry.saved && entry.lastOpened < cutoff;
}
