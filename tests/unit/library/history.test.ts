import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupHistory } from '../../../entrypoints/background/history';
import { closeLibrary, listEntries, recordRead } from '../../../utils/library/db';
import { DAY_MS } from '../../../utils/library/retention';
import { LIBRARY_DB_NAME } from '../../../utils/library/schema';
import { updateSettings } from '../../../utils/storage';
import { sampleAnalysis, sampleArticle } from './sample';

beforeEach(async () => {
  fakeBrowser.reset();
  closeLibrary();
  await Dexie.delete(LIBRARY_DB_NAME);
});

describe('setupHistory', () => {
  it('prunes expired unsaved history when the worker starts and schedules a daily pruning', async () => {
    const now = Date.now();
    await recordRead(sampleArticle({ canonicalUrl: 'https://a.example/old' }), sampleAnalysis(), {
      historyEnabled: true,
      now: now - 45 * DAY_MS,
    });
    await recordRead(sampleArticle({ canonicalUrl: 'https://a.example/saved' }), sampleAnalysis(), {
      historyEnabled: true,
      now: now - 45 * DAY_MS,
      saved: true,
    });
    await recordRead(
      sampleArticle({ canonicalUrl: 'https://a.example/recent' }),
      sampleAnalysis(),
      {
        historyEnabled: true,
        now: now - DAY_MS,
      },
    );
    setupHistory();
    await vi.waitFor(async () =>
      expect((await listEntries()).map((e) => e.url).sort()).toEqual([
        'https://a.example/recent',
        'https://a.example/saved',
      ]),
    );
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get('tidings-prune-history')).toMatchObject({
        periodInMinutes: 1440,
      }),
    );
  });

  it('prunes again when the reader shortens the retention period', async () => {
    await recordRead(sampleArticle({ canonicalUrl: 'https://a.example/week' }), sampleAnalysis(), {
      historyEnabled: true,
      now: Date.now() - 7 * DAY_MS,
    });
    setupHistory();
    await new Promise((r) => setTimeout(r, 50));
    expect(await listEntries()).toHaveLength(1);
    await updateSettings({ historyRetentionDays: 3 });
    await vi.waitFor(async () => expect(await listEntries()).toHaveLength(0));
  });
});
