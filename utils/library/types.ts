import type { Entities } from '../nlp/types';
import type { PackedContent } from './compress';

/**
 * One article in reading history / the saved library, complete: what an export carries and what
 * `getEntry()` returns. In the database it is split in two rows (see `EntryRow` and `ContentRow`)
 * so the library list never loads the heavy article HTML.
 */
export interface LibraryEntry {
  /** The URL the article is known by: the canonical URL the page declared, else the URL it was read at. */
  url: string;
  /** The URL it was last read at (may differ from `url` when a canonical URL was declared). */
  readUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Hostname of `url` without `www.`, for the site filter. */
  site: string;
  /** ISO 8601 when the page declared it. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** Sanitized clean article HTML (for offline reading). */
  contentHtml: string;
  /** Plain text with block boundaries (for search). */
  text: string;
  wordCount: number;
  readingMinutes: number;
  entities: Entities;
  summary: string[];
  /** Epoch ms. */
  firstOpened: number;
  lastOpened: number;
  timesRead: number;
  /** Kept by the reader: never pruned. */
  saved: boolean;
  /** Epoch ms when saved, else null. */
  savedAt: number | null;
}

/** The light part of an entry: everything the library list, the filters and retention need. */
export type EntryMeta = Omit<LibraryEntry, 'contentHtml' | 'text'>;

/** A row of the `entries` table (schema v1): the light part plus bookkeeping. */
export interface EntryRow extends EntryMeta {
  /** Lower-cased entity names and aliases, multi-entry indexed for the entity filter. */
  entityKeys: string[];
  /** Value of the library's change counter when this row was last written (keeps the search index in step). */
  seq: number;
}

/** A row of the `contents` table (schema v1): the heavy part, HTML and text deflated together. */
export interface ContentRow extends PackedContent {
  url: string;
}

/** A row of the `meta` table: small named values (the change counter, the search snapshot). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** Which entries the library shows. All fields optional; an empty filter shows everything. */
export interface LibraryFilter {
  /** `saved` shows kept articles only; `all` shows the whole history. */
  scope?: 'all' | 'saved';
  /** Exact site (as in `LibraryEntry.site`). */
  site?: string;
  /** Entity name or alias, case-insensitive ("NATO"). */
  entity?: string;
  /** Inclusive range on `lastOpened`, epoch ms. */
  from?: number;
  to?: number;
}
