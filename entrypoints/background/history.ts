/**
 * Retention of reading history: unsaved entries older than the reader's retention setting are
 * pruned once when the worker starts and then daily (an alarm survives the worker's death; a
 * timer would not). Saved articles are never pruned.
 */
import { browser } from 'wxt/browser';
import { pruneHistory } from '@/utils/library/db';
import { getSettings, watchSettings } from '@/utils/storage';

const PRUNE_ALARM = 'tidings-prune-history';
const PRUNE_PERIOD_MINUTES = 24 * 60;

async function prune(): Promise<void> {
  const { historyRetentionDays } = await getSettings();
  await pruneHistory(Date.now(), historyRetentionDays);
}

function report(error: unknown): void {
  console.error('[tidings] pruning history failed', error);
}

/** Register history pruning: at start, daily on an alarm, and when the retention setting changes. */
export function setupHistory(): void {
  // Without the `alarms` permission, pruning still runs every time the worker starts.
  const alarms = (browser as Partial<typeof browser>).alarms;
  if (alarms) setupAlarm(alarms);
  watchSettings((next, previous) => {
    if (next.historyRetentionDays !== previous.historyRetentionDays) prune().catch(report);
  });
  prune().catch(report);
}

function setupAlarm(alarms: typeof browser.alarms): void {
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) prune().catch(report);
  });
  void alarms.get(PRUNE_ALARM).then((existing) => {
    if (!existing) void alarms.create(PRUNE_ALARM, { periodInMinutes: PRUNE_PERIOD_MINUTES });
  });
}
