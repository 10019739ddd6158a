/**
 * The one IndexedDB (Dexie) module of Tidings: reading history and the saved library.
 *
 * The service worker records reads (`recordRead`, `setSaved`); the options page, which shares the
 * extension origin's IndexedDB, reads and edits the library directly. Every write is one
 * transaction over all the tables it touches and bumps the change counter, so the search index
 * can catch up with whatever changed while it was not looking. Nothing lives only in memory: a
 * write the caller saw resolve is committed.
 */
import Dexie, { liveQuery, type Table } from 'dexie';
import {
  checkEntryMeta,
  entryFromArticle,
  entryKey,
  pageUrl,
  validEntry,
  type Analysis,
  type ArticleContent,
  type ArticleInfo,
} from '../model';
import { packContent, unpackContent } from './compress';
import { entityKeys, mergeImported, mergeRead, metaOf, splitEntry } from './entry';
import { retentionCutoff } from './retention';
import { LIBRARY_DB_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { EntryMeta, LibraryEntry } from '../model';
import type { ContentRow, EntryRow, MetaRow } from './types';

/** Opening the library failed because a schema upgrade failed; the old data is still there. */
export class LibraryUpgradeError extends Error {
  constructor(cause: unknown) {
    super(
      `The library could not be upgraded to the new format, so it was left as it was (nothing was deleted). ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
    );
    this.name = 'LibraryUpgradeError';
  }
}

/** The search index snapshot row. */
export interface SearchSnapshot {
  key: 'index';
  /** Change counter the snapshot reflects. */
  seq: number;
  /** Version of the index options (fields, tokenizer); a different one means rebuild. */
  format: number;
  /** `SearchIndex.serialize()`, deflated. */
  packed: Uint8Array;
}

export class LibraryDb extends Dexie {
  entries!: Table<EntryRow, string>;
  contents!: Table<ContentRow, string>;
  meta!: Table<MetaRow, string>;
  search!: Table<SearchSnapshot, string>;

  constructor(name = LIBRARY_DB_NAME, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      const upgrade = v.upgrade;
      if (upgrade) {
        // Tag the failure so `openLibraryDb` can tell a failed upgrade from any other open error.
        declared.upgrade(async (tx) => {
          try {
            await upgrade(tx);
          } catch (error) {
            throw new LibraryUpgradeError(error);
          }
        });
      }
    }
  }
}

let current: LibraryDb | null = null;

/** Name of the User Timing measure of each committed `recordRead`. */
export const RECORD_READ_MEASURE = 'tidings-record-read';

/**
 * Open a library database, mapping a failed schema upgrade to `LibraryUpgradeError` (IndexedDB
 * rolled the upgrade back, so the old data is intact).
 */
export async function openLibraryDb(db: LibraryDb): Promise<LibraryDb> {
  if (db.isOpen()) return db;
  try {
    await db.open();
  } catch (error) {
    if (error instanceof LibraryUpgradeError) throw error;
    const inner = (error as { inner?: unknown }).inner;
    if (inner instanceof LibraryUpgradeError) throw inner;
    if (error instanceof Dexie.UpgradeError) throw new LibraryUpgradeError(inner ?? error);
    throw error;
  }
  return db;
}

/** The library database, opened on first use. Throws `LibraryUpgradeError` when an upgrade failed. */
export async function openLibrary(): Promise<LibraryDb> {
  const db = (current ??= new LibraryDb());
  try {
    return await openLibraryDb(db);
  } catch (error) {
    if (current === db) current = null;
    throw error;
  }
}

/** Close the database (tests, and before deleting it). */
export function closeLibrary(): void {
  current?.close();
  current = null;
}

/** Read ids recorded lately: a retry comes within seconds, so the last few dozen are enough. */
const RECENT_READS = 64;

/** Is this the first time `readId` is recorded? (It is remembered, in the same transaction.) */
async function firstTimeRead(db: LibraryDb, readId: string): Promise<boolean> {
  const row = await db.meta.get('recentReads');
  const recent = Array.isArray(row?.value)
    ? row.value.filter((id): id is string => typeof id === 'string')
    : [];
  if (recent.includes(readId)) return false;
  await db.meta.put({ key: 'recentReads', value: [...recent.slice(1 - RECENT_READS), readId] });
  return true;
}

async function nextSeq(db: LibraryDb): Promise<number> {
  const row = await db.meta.get('seq');
  const seq = (typeof row?.value === 'number' ? row.value : 0) + 1;
  await db.meta.put({ key: 'seq', value: seq });
  return seq;
}

function fullContent(content: ContentRow): Pick<LibraryEntry, 'contentHtml' | 'text'> {
  const { html, text } = unpackContent(content);
  return { contentHtml: html, text };
}

/** A stored row's light part, or null when the row is damaged (it fails the entry schema). */
function readMeta(row: EntryRow | undefined): EntryMeta | null {
  if (!row || typeof row !== 'object') return null;
  const checked = checkEntryMeta(metaOf(row));
  return checked.ok ? checked.value : null;
}

/** A stored content row unpacked, or null when it is missing or cannot be read (damaged). */
function readContent(
  content: ContentRow | undefined,
): Pick<LibraryEntry, 'contentHtml' | 'text'> | null {
  if (!content) return null;
  try {
    return fullContent(content);
  } catch {
    return null;
  }
}

/** The complete stored entry, or null when either of its rows is missing or damaged. */
function readEntry(
  row: EntryRow | undefined,
  content: ContentRow | undefined,
): LibraryEntry | null {
  const meta = readMeta(row);
  const body = meta && readContent(content);
  return meta && body ? { ...meta, ...body } : null;
}

/** A row of the `entries` table for a light entry. */
function rowOf(meta: EntryMeta, seq: number): EntryRow {
  return { ...meta, entityKeys: entityKeys(meta.entities), seq };
}

/** What a read changes in an entry besides its copy: the counts and the saved state. */
function pickCounters(
  e: EntryMeta,
): Pick<EntryMeta, 'firstOpened' | 'lastOpened' | 'timesRead' | 'saved' | 'savedAt'> {
  return {
    firstOpened: e.firstOpened,
    lastOpened: e.lastOpened,
    timesRead: e.timesRead,
    saved: e.saved,
    savedAt: e.savedAt,
  };
}

/**
 * True when a read at `readUrl` may replace the stored copy of `existing`: it is the page the copy
 * was read at, or the entry's own URL. Another page naming the same canonical URL only counts as
 * a read: it never overwrites what was kept.
 */
function mayReplaceContent(existing: EntryMeta, readUrl: string): boolean {
  const page = pageUrl(readUrl);
  return pageUrl(existing.readUrl) === page || pageUrl(existing.url) === page;
}

function contentRow(url: string, html: string, text: string): ContentRow {
  return { url, ...packContent(html, text) };
}

async function putEntry(db: LibraryDb, entry: LibraryEntry, packed?: ContentRow): Promise<void> {
  const seq = await nextSeq(db);
  const { row, html, text } = splitEntry(entry, seq);
  await db.entries.put(row);
  await db.contents.put(packed ?? contentRow(entry.url, html, text));
}

/** An article as the library records it: its info and its stored content. */
export type RecordedArticle = ArticleInfo & ArticleContent;

/**
 * Record that the article was opened in clean view: creates the entry, or updates it (fresh
 * content, `timesRead + 1`, `lastOpened`, `firstOpened` kept). When history is paused
 * (`historyEnabled: false`, the reader's setting, passed in) nothing is written unless
 * `saved: true`. Returns whether the entry is saved.
 */
export async function recordRead(
  article: RecordedArticle,
  analysis: Analysis,
  options: {
    historyEnabled: boolean;
    saved?: boolean;
    now?: number;
    /**
     * One id per opening of the reader: a read sent again (the worker was stopped after the write
     * but before it answered) is counted once.
     */
    readId?: string;
  },
): Promise<{ saved: boolean }> {
  const started = performance.now();
  const now = options.now ?? Date.now();
  const save = options.saved === true;
  const url = entryKey(article);
  const db = await openLibrary();
  if (!options.historyEnabled && !save) {
    const existing = await db.entries.get(url);
    return { saved: existing?.saved ?? false };
  }
  // Check and compress before the transaction: IndexedDB commits a transaction left idle, so keep
  // CPU work out. An entry the schema refuses is never written (`InvalidEntryError` says why).
  const fresh = validEntry(entryFromArticle(article, analysis, now, save));
  const packed = contentRow(url, fresh.contentHtml, fresh.text);
  const result = await db.transaction('rw', [db.entries, db.contents, db.meta], async () => {
    // A damaged stored row is replaced by the fresh read rather than merged into it.
    const existing = readMeta(await db.entries.get(url));
    if (options.readId !== undefined && !(await firstTimeRead(db, options.readId))) {
      return { saved: existing?.saved ?? save };
    }
    if (existing && !mayReplaceContent(existing, article.url)) {
      const { contentHtml: _h, text: _t, ...merged } = mergeRead(existing, fresh, now, save);
      const counted: EntryMeta = { ...existing, ...pickCounters(merged) };
      await db.entries.put(rowOf(counted, await nextSeq(db)));
      return { saved: counted.saved };
    }
    const entry = existing ? validEntry(mergeRead(existing, fresh, now, save)) : fresh;
    await putEntry(db, entry, packed);
    return { saved: entry.saved };
  });
  // User Timing entry for `npm run bench:library` (and anyone profiling the worker).
  performance.measure(RECORD_READ_MEASURE, { start: started });
  return result;
}

/**
 * Save (keep) or unsave the article. Saving an article not yet in the library records it (even
 * when history is paused: saving is an explicit request). Unsaving keeps it as plain history.
 */
export async function setSaved(
  article: RecordedArticle,
  analysis: Analysis,
  saved: boolean,
  now: number = Date.now(),
): Promise<{ saved: boolean }> {
  const url = entryKey(article);
  const db = await openLibrary();
  const fresh = saved ? validEntry(entryFromArticle(article, analysis, now, true)) : null;
  const packed = fresh ? contentRow(url, fresh.contentHtml, fresh.text) : undefined;
  return db.transaction('rw', [db.entries, db.contents, db.meta], async () => {
    const existing = readMeta(await db.entries.get(url));
    if (!existing) {
      if (!fresh) return { saved: false };
      await putEntry(db, fresh, packed);
      return { saved: true };
    }
    if (existing.saved === saved) return { saved };
    const entry: EntryMeta = { ...existing, saved, savedAt: saved ? now : null };
    await db.entries.put(rowOf(entry, await nextSeq(db)));
    return { saved };
  });
}

/** Set the saved flag of stored entries by URL (the options page). */
export async function setSavedByUrl(
  urls: string[],
  saved: boolean,
  now: number = Date.now(),
): Promise<void> {
  const db = await openLibrary();
  await db.transaction('rw', [db.entries, db.meta], async () => {
    const rows = await db.entries.bulkGet(urls);
    const seq = await nextSeq(db);
    const changed = rows
      .filter((r): r is EntryRow => r !== undefined && r.saved !== saved)
      .map((r) => ({ ...r, saved, savedAt: saved ? now : null, seq }));
    await db.entries.bulkPut(changed);
  });
}

/** True when the article read at (or canonically known as) `url` is saved. */
export async function isSaved(url: string): Promise<boolean> {
  const db = await openLibrary();
  const byKey = await db.entries.get(url);
  if (byKey) return byKey.saved;
  const byReadUrl = await db.entries.where('readUrl').equals(url).first();
  return byReadUrl?.saved ?? false;
}

/** The complete entry (with its HTML and text), or undefined when it is missing or damaged. */
export async function getEntry(url: string): Promise<LibraryEntry | undefined> {
  const db = await openLibrary();
  return db.transaction('r', [db.entries, db.contents], async () => {
    const row = await db.entries.get(url);
    const content = await db.contents.get(url);
    return readEntry(row, content) ?? undefined;
  });
}

/** The article texts of these entries (missing ones left out), for search result snippets. */
export async function getTexts(urls: string[]): Promise<Map<string, string>> {
  const db = await openLibrary();
  const contents = await db.contents.bulkGet(urls);
  const out = new Map<string, string>();
  contents.forEach((c, i) => {
    const body = readContent(c);
    if (body) out.set(urls[i] as string, body.text);
  });
  return out;
}

/** The newest entries (by last opened), light rows only: the list's first screen. */
export async function listRecent(limit: number): Promise<EntryMeta[]> {
  const db = await openLibrary();
  const rows = await db.entries.orderBy('lastOpened').reverse().limit(limit).toArray();
  return rows.flatMap((r) => readMeta(r) ?? []);
}

/** Every readable entry, newest first, light rows only (damaged rows are left out). */
export async function listEntries(): Promise<EntryMeta[]> {
  return (await listEntriesChecked()).entries;
}

/** A stored entry that cannot be read, and why. */
export interface DamagedEntry {
  url: string;
  problem: string;
}

/**
 * Every entry, newest first, light rows only, and the rows that fail the entry schema: one
 * damaged row is reported (to export what is readable and delete the rest), never shown.
 */
export async function listEntriesChecked(): Promise<{
  entries: EntryMeta[];
  damaged: DamagedEntry[];
}> {
  const db = await openLibrary();
  const keys = (await db.entries.toCollection().primaryKeys()) as string[];
  let rows: EntryRow[];
  try {
    rows = await db.entries.orderBy('lastOpened').reverse().toArray();
  } catch {
    // A row whose index value is unusable: read them in key order instead.
    rows = (await db.entries.bulkGet(keys)).filter((r): r is EntryRow => r !== undefined);
  }
  const entries: EntryMeta[] = [];
  const damaged: DamagedEntry[] = [];
  const listed = new Set<string>();
  for (const row of rows) {
    const checked = row && typeof row === 'object' ? checkEntryMeta(metaOf(row)) : null;
    const url = row && typeof row.url === 'string' ? row.url : '';
    listed.add(url);
    if (checked?.ok) entries.push(checked.value);
    else damaged.push({ url, problem: checked ? checked.problem : 'not an entry' });
  }
  // Rows left out of the `lastOpened` index (a value that is not a valid key) are damaged too.
  for (const key of keys) {
    if (!listed.has(key)) damaged.push({ url: key, problem: '"lastOpened" is not a date' });
  }
  return { entries, damaged };
}

/** Number of entries. */
export async function countEntries(): Promise<number> {
  const db = await openLibrary();
  return db.entries.count();
}

/**
 * Delete entries; returns them complete so the caller can offer undo (`restoreEntries`).
 */
export async function deleteEntries(urls: string[]): Promise<LibraryEntry[]> {
  const db = await openLibrary();
  return db.transaction('rw', [db.entries, db.contents, db.meta], async () => {
    const rows = await db.entries.bulkGet(urls);
    const contents = await db.contents.bulkGet(urls);
    // Damaged entries are deleted too, but cannot come back with undo.
    const removed = rows.flatMap((row, i) => readEntry(row, contents[i]) ?? []);
    await db.entries.bulkDelete(urls);
    await db.contents.bulkDelete(urls);
    await nextSeq(db);
    return removed;
  });
}

/** Put deleted entries back (undo). An entry recorded again meanwhile is merged, not overwritten. */
export async function restoreEntries(entries: LibraryEntry[]): Promise<void> {
  await importEntries(entries);
}

/** Delete every unsaved entry (clear history); saved articles stay. Returns what was removed. */
export async function clearHistory(): Promise<LibraryEntry[]> {
  const db = await openLibrary();
  const urls = (await db.entries.filter((r) => !r.saved).primaryKeys()) as string[];
  return deleteEntries(urls);
}

/**
 * Merge entries into the library by URL, all in one transaction: either every entry is written or
 * none (a failure leaves the store as it was). Returns how many were added and merged.
 */
export async function importEntries(
  incoming: LibraryEntry[],
): Promise<{ added: number; merged: number }> {
  // The store's own rule, whoever calls: an entry the schema refuses stops the whole import.
  const entries = incoming.map(validEntry);
  const db = await openLibrary();
  return db.transaction('rw', [db.entries, db.contents, db.meta], async () => {
    const urls = entries.map((e) => e.url);
    const rows = await db.entries.bulkGet(urls);
    const contents = await db.contents.bulkGet(urls);
    const seq = await nextSeq(db);
    let added = 0;
    let merged = 0;
    const outRows: EntryRow[] = [];
    const outContents: ContentRow[] = [];
    const seen = new Map<string, LibraryEntry>();
    entries.forEach((incoming, i) => {
      const row = rows[i];
      const content = contents[i];
      // A damaged stored entry is replaced by the imported one.
      const base = seen.get(incoming.url) ?? readEntry(row, content) ?? undefined;
      if (base) merged++;
      else added++;
      const entry = base ? validEntry(mergeImported(base, incoming)) : incoming;
      seen.set(entry.url, entry);
      const split = splitEntry(entry, seq);
      outRows.push(split.row);
      outContents.push(contentRow(entry.url, split.html, split.text));
    });
    await db.entries.bulkPut(outRows);
    await db.contents.bulkPut(outContents);
    return { added, merged };
  });
}

/** Every readable entry complete, newest first (export); damaged ones are left out. */
export async function exportEntries(): Promise<LibraryEntry[]> {
  const { entries } = await listEntriesChecked();
  const out: LibraryEntry[] = [];
  for await (const batch of readEntriesInBatches(entries.map((e) => e.url)))
    out.push(...batch.entries);
  return out;
}

/**
 * Complete entries by URL, a batch at a time (one short read transaction each), with the ones
 * that could not be read: an export streams these instead of holding the library in memory.
 */
export async function* readEntriesInBatches(
  urls: string[],
  batchSize = 50,
): AsyncGenerator<{ entries: LibraryEntry[]; damaged: DamagedEntry[] }> {
  const db = await openLibrary();
  for (let i = 0; i < urls.length; i += batchSize) {
    const keys = urls.slice(i, i + batchSize);
    const [rows, contents] = await db.transaction('r', [db.entries, db.contents], () =>
      Promise.all([db.entries.bulkGet(keys), db.contents.bulkGet(keys)]),
    );
    const entries: LibraryEntry[] = [];
    const damaged: DamagedEntry[] = [];
    keys.forEach((url, j) => {
      const entry = readEntry(rows[j], contents[j]);
      if (entry) entries.push(entry);
      else if (rows[j]) damaged.push({ url, problem: 'its stored text cannot be read' });
    });
    yield { entries, damaged };
  }
}

/**
 * Delete unsaved entries last opened more than `retentionDays` ago; saved entries are never
 * pruned. Returns how many were removed.
 */
export async function pruneHistory(now: number, retentionDays: number): Promise<number> {
  const cutoff = retentionCutoff(now, retentionDays);
  if (cutoff === null) return 0;
  const db = await openLibrary();
  return db.transaction('rw', [db.entries, db.contents, db.meta], async () => {
    const urls = (await db.entries
      .where('lastOpened')
      .below(cutoff)
      .filter((r) => !r.saved)
      .primaryKeys()) as string[];
    if (urls.length === 0) return 0;
    await db.entries.bulkDelete(urls);
    await db.contents.bulkDelete(urls);
    await nextSeq(db);
    return urls.length;
  });
}

/** The library's change counter: bumped by every write. */
export async function changeSeq(): Promise<number> {
  const db = await openLibrary();
  const row = await db.meta.get('seq');
  return typeof row?.value === 'number' ? row.value : 0;
}

/** The stored search index snapshot, if any. */
export async function loadSearchSnapshot(): Promise<SearchSnapshot | undefined> {
  const db = await openLibrary();
  return db.search.get('index');
}

/** Store the search index snapshot (replacing the previous one). */
export async function saveSearchSnapshot(snapshot: Omit<SearchSnapshot, 'key'>): Promise<void> {
  const db = await openLibrary();
  await db.search.put({ key: 'index', ...snapshot });
}

/** Every entry URL (to notice deletions the search index has not seen). */
export async function allUrls(): Promise<string[]> {
  const db = await openLibrary();
  return (await db.entries.toCollection().primaryKeys()) as string[];
}

/** URLs of the entries written after change `after` up to change `upTo` (inclusive). */
export async function changedUrls(after: number, upTo: number): Promise<string[]> {
  const db = await openLibrary();
  if (upTo <= after) return [];
  return (await db.entries
    .where('seq')
    .between(after, upTo, false, true)
    .primaryKeys()) as string[];
}

/** Light rows and texts of these entries (missing ones skipped), for the search index. */
export async function entriesWithText(
  urls: string[],
): Promise<Array<{ meta: EntryMeta; text: string }>> {
  const db = await openLibrary();
  return db.transaction('r', [db.entries, db.contents], async () => {
    const rows = await db.entries.bulkGet(urls);
    const contents = await db.contents.bulkGet(urls);
    return rows.flatMap((row, i) => {
      const meta = readMeta(row);
      const body = meta && readContent(contents[i]);
      return meta && body ? [{ meta, text: body.text }] : [];
    });
  });
}

/**
 * Call `listener` with the library's change counter now and after every write, by this page or
 * any other context (the worker recording a read): Dexie's `liveQuery`, no polling. Returns the
 * function that stops watching.
 */
export function watchLibrary(
  listener: (seq: number) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(async () => {
    const db = await openLibrary();
    const row = await db.meta.get('seq');
    return typeof row?.value === 'number' ? row.value : 0;
  }).subscribe({ next: listener, error: onError });
  return () => subscription.unsubscribe();
}
