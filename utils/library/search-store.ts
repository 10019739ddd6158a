/**
 * Keeps the search index in step with the store. The index is persisted as a (deflated) snapshot
 * tagged with the change counter it reflects; on open, the snapshot is loaded (or built when
 * missing or of another format) and caught up with what changed since: entries written after its
 * counter are re-indexed, entries gone from the store are dropped. The worker never touches the
 * index, so recording a read stays cheap.
 */
import { packBytes, unpackBytes } from './compress';
import {
  allUrls,
  changeSeq,
  changedUrls,
  entriesWithText,
  loadSearchSnapshot,
  saveSearchSnapshot,
} from './db';
import {
  createSearchIndex,
  removeMissing,
  SEARCH_FORMAT,
  searchDoc,
  SearchIndex,
  upsertDocs,
} from './search';

/** Re-save the snapshot once this many documents changed since it was stored. */
const RESAVE_AFTER = 25;
const BATCH = 400;

export interface LiveSearchIndex {
  index: SearchIndex;
  /** Change counter the in-memory index reflects. */
  seq: number;
  /** Catch up with changes made since (by the worker or this page). Returns true if any. */
  refresh: () => Promise<boolean>;
}

/** Progress while building: documents indexed so far. */
export type IndexProgress = (indexed: number) => void;

/**
 * Open the search index: load the snapshot, catch up, persist a fresh snapshot when it was
 * missing or lagging far behind.
 */
export async function openSearchIndex(onProgress?: IndexProgress): Promise<LiveSearchIndex> {
  const snapshot = await loadSearchSnapshot();
  let index: SearchIndex;
  let seq = 0;
  let fresh = true;
  if (snapshot && snapshot.format === SEARCH_FORMAT) {
    try {
      index = SearchIndex.deserialize(unpackBytes(snapshot.packed));
      seq = snapshot.seq;
      fresh = false;
    } catch {
      // A damaged snapshot is only a cache: rebuild it from the store.
      index = createSearchIndex();
    }
  } else {
    index = createSearchIndex();
  }

  let changedSinceSave = 0;
  const catchUp = async (): Promise<boolean> => {
    // Read the counter first: anything written while we catch up has a higher one.
    const target = await changeSeq();
    if (target === seq && !fresh) return false;
    const current = new Set(await allUrls());
    let changed = removeMissing(index, current);
    const urls = await changedUrls(seq, target);
    for (let start = 0; start < urls.length; start += BATCH) {
      const batch = await entriesWithText(urls.slice(start, start + BATCH));
      upsertDocs(
        index,
        batch.map(({ meta, text }) => searchDoc(meta, text)),
      );
      changed += batch.length;
      onProgress?.(index.size);
      // Let the page paint between batches while a large index is built.
      if (start + BATCH < urls.length) await new Promise((r) => setTimeout(r, 0));
    }
    index.prepare();
    seq = target;
    changedSinceSave += changed;
    if (fresh || changedSinceSave >= RESAVE_AFTER) {
      fresh = false;
      changedSinceSave = 0;
      await saveSearchSnapshot({
        seq,
        format: SEARCH_FORMAT,
        // Level 1: the snapshot is a cache, saved while the reader may be typing.
        packed: packBytes(index.serialize(), 1),
      });
    }
    return changed > 0;
  };

  await catchUp();
  const live: LiveSearchIndex = {
    index,
    get seq() {
      return seq;
    },
    refresh: catchUp,
  };
  return live;
}
