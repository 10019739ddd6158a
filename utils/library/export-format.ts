/**
 * The library's export formats: a complete, re-importable JSON file, and Markdown files (one per
 * article, front matter with the metadata) in a zip. Import validates the whole file before
 * anything is written, so a malformed or foreign file changes nothing.
 */
import { strToU8, zipSync } from 'fflate';
import { ENTITY_KINDS, checkEntry, type Entity, type LibraryEntry } from '../model';
import { escapeInline, htmlToMarkdown } from './markdown';

export const EXPORT_FORMAT = 'tidings-library';
export const EXPORT_VERSION = 1;

/** The JSON export file. */
export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  entries: LibraryEntry[];
}

/** The JSON export of these entries (pretty-printed: people open it). */
export function toExportJson(entries: LibraryEntry[], now: number): string {
  const file: LibraryExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    entries,
  };
  return JSON.stringify(file, null, 1);
}

export type ParseResult = { ok: true; entries: LibraryEntry[] } | { ok: false; error: string };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Invalid extends Error {}

/**
 * One entry of the file, checked against the store's own schema (`LibraryEntrySchema`): what the
 * library may hold is what an import may bring, dates within range and lengths bounded included.
 */
function entry(value: unknown, i: number): LibraryEntry {
  if (!isObj(value)) throw new Invalid(`Entry ${i + 1} is not an object.`);
  const url = typeof value.url === 'string' ? value.url.slice(0, 200) : '';
  const where = url ? `Entry ${i + 1} (${url})` : `Entry ${i + 1}`;
  // Older exports kept `savedAt` on unsaved entries and left it out on some saved ones.
  const normalized =
    value.saved === false
      ? { ...value, savedAt: null }
      : value.saved === true && value.savedAt === null
        ? { ...value, savedAt: value.lastOpened }
        : value;
  const checked = checkEntry(normalized);
  if (!checked.ok) throw new Invalid(`${where}: ${checked.problem}.`);
  return checked.value;
}

/**
 * Parse and validate a Tidings JSON export. Every entry is checked before any is accepted; the
 * error names the first problem in words a reader can act on.
 */
export function parseLibraryExport(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so it is not a Tidings export.' };
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This file is not a Tidings library export.' };
  }
  if (data.version !== EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export has format version ${String(data.version)}; this version of Tidings reads version ${EXPORT_VERSION}.`,
    };
  }
  if (!Array.isArray(data.entries)) {
    return { ok: false, error: 'This export has no list of entries.' };
  }
  try {
    return { ok: true, entries: data.entries.map(entry) };
  } catch (error) {
    if (error instanceof Invalid) {
      return { ok: false, error: `The export is damaged, nothing was imported. ${error.message}` };
    }
    throw error;
  }
}

const yaml = (v: string | number | boolean | null): string =>
  typeof v === 'string' ? JSON.stringify(v) : String(v);

const yamlList = (items: string[]): string =>
  items.length ? items.map((s) => `\n  - ${yaml(s)}`).join('') : ' []';

/** ISO 8601 of an epoch-ms date; an empty string for one out of range (never throws). */
const iso = (ms: number): string => {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
};

/** One article as Markdown with YAML front matter. `parse` turns HTML into a DOM (DOMParser). */
export function entryToMarkdown(entry: LibraryEntry, parse: (html: string) => ParentNode): string {
  const names = (list: Entity[]): string[] => list.map((e) => e.name);
  const front = [
    '---',
    `title: ${yaml(entry.title)}`,
    `url: ${yaml(entry.url)}`,
    `read_url: ${yaml(entry.readUrl)}`,
    `site: ${yaml(entry.siteName ?? entry.site)}`,
    `byline: ${yaml(entry.byline)}`,
    `published: ${yaml(entry.publishedTime)}`,
    `language: ${yaml(entry.lang)}`,
    `first_opened: ${yaml(iso(entry.firstOpened))}`,
    `last_opened: ${yaml(iso(entry.lastOpened))}`,
    `times_read: ${entry.timesRead}`,
    `reading_minutes: ${entry.readingMinutes}`,
    `saved: ${entry.saved}`,
    ...ENTITY_KINDS.map((kind) => `${kind}:${yamlList(names(entry.entities[kind]))}`),
    `summary:${yamlList(entry.summary)}`,
    '---',
  ].join('\n');
  const body = htmlToMarkdown(parse(entry.contentHtml));
  return `${front}\n\n# ${escapeInline(entry.title.replace(/\s+/g, ' '))}\n\n${body}\n`;
}

/** A file name for the article: date and title slug, unique within `taken`. */
export function markdownFileName(entry: LibraryEntry, taken: Set<string>): string {
  const date = iso(entry.firstOpened).slice(0, 10) || 'undated';
  const slug =
    entry.title
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'article';
  let name = `${date}-${slug}.md`;
  for (let n = 2; taken.has(name); n++) name = `${date}-${slug}-${n}.md`;
  taken.add(name);
  return name;
}

/** A zip of one Markdown file per article, in a `tidings-library/` folder. */
export function toMarkdownZip(
  entries: LibraryEntry[],
  parse: (html: string) => ParentNode,
): Uint8Array {
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    files[`tidings-library/${markdownFileName(entry, taken)}`] = strToU8(
      entryToMarkdown(entry, parse),
    );
  }
  return zipSync(files, { level: 6 });
}
