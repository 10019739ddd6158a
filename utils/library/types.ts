/** The database's own rows; the entry types they store are in the model. */
import type { EntryMeta } from '../model';
import type { PackedContent } from './compress';

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
