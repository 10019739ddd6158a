/**
 * How a new read or an import is merged into a stored entry, and the small projections the list
 * and the database rows need. (The entry itself and its key are in the model.)
 */
import {
  ENTITY_KINDS,
  type Entities,
  type Entity,
  type EntryMeta,
  type LibraryEntry,
} from '../model';
import { lineRole, splitDateline } from '../nlp/furniture';
import type { EntryRow } from './types';

/**
 * The entry after one more read of the same article: fresh content and analysis (the page may have
 * been updated), `timesRead + 1`, `lastOpened = now`, `firstOpened` and the saved state kept
 * (a read never unsaves; `saved: true` saves).
 */
export function mergeRead(
  existing: EntryMeta,
  incoming: LibraryEntry,
  now: number,
  save = false,
): LibraryEntry {
  const saved = existing.saved || save;
  return {
    ...incoming,
    firstOpened: Math.min(existing.firstOpened, now),
    lastOpened: Math.max(existing.lastOpened, now),
    timesRead: existing.timesRead + 1,
    saved,
    savedAt: saved ? (existing.savedAt ?? now) : null,
  };
}

/**
 * Merge an imported entry with the one already stored under the same URL: nothing stored is lost.
 * Reads are summed, the earliest first and latest last opening kept, saved if either is saved,
 * content taken from whichever was opened last.
 */
export function mergeImported(existing: LibraryEntry, imported: LibraryEntry): LibraryEntry {
  const newer = imported.lastOpened > existing.lastOpened ? imported : existing;
  const saved = existing.saved || imported.saved;
  const savedAts = [existing.savedAt, imported.savedAt].filter((t): t is number => t !== null);
  return {
    ...newer,
    url: existing.url,
    firstOpened: Math.min(existing.firstOpened, imported.firstOpened),
    lastOpened: Math.max(existing.lastOpened, imported.lastOpened),
    timesRead: Math.max(existing.timesRead, imported.timesRead),
    saved,
    savedAt: saved ? (savedAts.length ? Math.min(...savedAts) : newer.lastOpened) : null,
  };
}

/** All entities of an analysis, most salient first within each type, interleaved by rank. */
export function rankedEntities(entities: Entities, limit = Infinity): Entity[] {
  const lists = ENTITY_KINDS.map((kind) => entities[kind]);
  const out: Entity[] = [];
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest && out.length < limit; i++) {
    for (const list of lists) {
      const e = list[i];
      if (e && out.length < limit) out.push(e);
    }
  }
  return out;
}

/** Top entity names the list shows for an entry. */
export function topEntityNames(entities: Entities, limit = 4): string[] {
  return rankedEntities(entities, limit).map((e) => e.label ?? e.name);
}

/** Lower-cased names and aliases of every entity, for the entity filter index. */
export function entityKeys(entities: Entities): string[] {
  const keys = new Set<string>();
  for (const e of rankedEntities(entities)) {
    keys.add(e.name.toLowerCase());
    for (const a of e.aliases) keys.add(a.toLowerCase());
  }
  return [...keys];
}

/**
 * The row text and search snippet: the summary's first sentence of story, else the excerpt, else
 * empty. Analyses stored before the NLP read page furniture may open with a caption, a credit or
 * player text ("Media playback is unsupported…", "FILE PHOTO: …"), and a page's excerpt may be one:
 * those are passed over, and a dateline ("NEW YORK (Reuters) -") is left out.
 */
export function firstSentence(entry: Pick<EntryMeta, 'summary' | 'excerpt'>): string {
  for (const s of [...entry.summary, entry.excerpt ?? '']) {
    const text = s.trim();
    if (!text || lineRole(text) !== 'paragraph') continue;
    return splitDateline(text)?.rest ?? text;
  }
  return '';
}

/** Split a complete entry into its light row (with bookkeeping) and its heavy content. */
export function splitEntry(
  entry: LibraryEntry,
  seq: number,
): { row: EntryRow; html: string; text: string } {
  const { contentHtml, text, ...meta } = entry;
  return { row: { ...meta, entityKeys: entityKeys(entry.entities), seq }, html: contentHtml, text };
}

/** The light part of a row, without bookkeeping fields. */
export function metaOf(row: EntryRow): EntryMeta {
  const { entityKeys: _keys, seq: _seq, ...meta } = row;
  return meta;
}
