import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  closeLibrary,
  deleteEntries,
  loadSearchSnapshot,
  recordRead,
  saveSearchSnapshot,
} from '../../../utils/library/db';
import { LIBRARY_DB_NAME } from '../../../utils/library/schema';
import { packText, unpackBytes } from '../../../utils/library/compress';
import { SEARCH_FORMAT, SearchIndex, searchLibrary } from '../../../utils/library/search';
import { openSearchIndex } from '../../../utils/library/search-store';
import { sampleAnalysis, sampleArticle } from './sample';

const read = (i: number, title: string) =>
  recordRead(sampleArticle({ canonicalUrl: `https://a.example/${i}`, title }), sampleAnalysis(), {
    historyEnabled: true,
    now: 1000 + i,
  });

beforeEach(async () => {
  fakeBrowser.reset();
  closeLibrary();
  await Dexie.delete(LIBRARY_DB_NAME);
});

describe('search index kept in step with the store', () => {
  it('builds when missing, follows later reads and deletions, and persists a snapshot', async () => {
    await read(1, 'Harbour reopens');
    const live = await openSearchIndex();
    expect(searchLibrary(live.index, 'harbour').map((h) => h.url)).toEqual(['https://a.example/1']);
    const snapshot = await loadSearchSnapshot();
    if (!snapshot) throw new Error('no snapshot stored');
    expect(SearchIndex.deserialize(unpackBytes(snapshot.packed)).ids()).toEqual([
      'https://a.example/1',
    ]);

    await read(2, 'Lighthouse restored');
    expect(await live.refresh()).toBe(true);
    expect(searchLibrary(live.index, 'lighthouse').map((h) => h.url)).toEqual([
      'https://a.example/2',
    ]);

    await deleteEntries(['https://a.example/1']);
    await live.refresh();
    expect(searchLibrary(live.index, 'harbour')).toEqual([]);
    expect(await live.refresh()).toBe(false);

    // A new page load starts from the (older) snapshot and catches up.
    const again = await openSearchIndex();
    expect(searchLibrary(again.index, 'lighthouse').map((h) => h.url)).toEqual([
      'https://a.example/2',
    ]);
    expect(searchLibrary(again.index, 'harbour')).toEqual([]);
  });

  it('rebuilds from the store when the snapshot is damaged', async () => {
    await read(1, 'Harbour reopens');
    await saveSearchSnapshot({ seq: 99, format: SEARCH_FORMAT, packed: packText('{"broken":') });
    const live = await openSearchIndex();
    expect(searchLibrary(live.index, 'harbour').map((h) => h.url)).toEqual(['https://a.example/1']);
  });
});
