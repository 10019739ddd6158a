/**
 * Numbered schema versions of the library database. A new version is appended, never edited; each
 * one that reshapes data carries an `upgrade` and a test with a stored example of the old shape
 * (`tests/unit/library/migrations.test.ts`).
 *
 * An upgrade runs inside IndexedDB's version-change transaction: when it throws, the transaction
 * aborts, the database stays at the old version with its data untouched, and opening fails with
 * `LibraryUpgradeError`, which the options page shows. Nothing is ever reset silently.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs (primary key first, then indexes). `null` drops a table. */
  stores: Record<string, string | null>;
  /** Reshape existing data; runs once when a database at an older version is opened. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const LIBRARY_DB_NAME = 'tidings-library';

/**
 * v1: `entries` (light rows: list, filters, retention), `contents` (compressed HTML + text, one
 * row per entry, read only to open or index an article), `meta` (change counter), `search`
 * (the persisted search index snapshot).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      entries: 'url, readUrl, lastOpened, site, seq, *entityKeys',
      contents: 'url',
      meta: 'key',
      search: 'key',
    },
  },
];
