/**
 * The library's export formats: a complete, re-importable JSON file, and Markdown files (one per
 * article, front matter with the metadata) in a zip. Import validates the whole file before
 * anything is written, so a malformed or foreign file changes nothing.
 */
import { strToU8, zipSync } from 'fflate';
import {
  ENTITY_KINDS,
  emptyEntities,
  type Entities,
  type Entity,
  type LibraryEntry,
} from '../model';
import { htmlToMarkdown } from './markdown';

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

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new Invalid(`${where}: "${key}" must be text.`);
  return v;
}
function strOrNull(o: Obj, key: string, where: string): string | null {
  const v = o[key];
  if (v === null) return null;
  if (typeof v !== 'string') throw new Invalid(`${where}: "${key}" must be text or null.`);
  return v;
}
function num(o: Obj, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    throw new Invalid(`${where}: "${key}" must be a number ≥ 0.`);
  }
  return v;
}
function strings(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) {
    throw new Invalid(`${what} must be a list of text.`);
  }
  return v as string[];
}
function entityList(v: unknown, what: string): Entity[] {
  if (!Array.isArray(v)) throw new Invalid(`${what} must be a list.`);
  return v.map((e, i) => {
    const w = `${what}[${i}]`;
    if (!isObj(e)) throw new Invalid(`${w} must be an object.`);
    return {
      name: str(e, 'name', w),
      mentions: num(e, 'mentions', w),
      aliases: strings(e.aliases, `${w}.aliases`),
      ...(e.label === undefined ? {} : { label: str(e, 'label', w) }),
      ...(e.score === undefined ? {} : { score: num(e, 'score', w) }),
    };
  });
}
function entities(v: unknown, where: string): Entities {
  if (!isObj(v)) throw new Invalid(`${where}: "entities" must be an object.`);
  const out = emptyEntities();
  for (const kind of ENTITY_KINDS) out[kind] = entityList(v[kind], `${where}: entities.${kind}`);
  return out;
}
function httpUrl(o: Obj, key: string, where: string): string {
  const v = str(o, key, where);
  try {
    const u = new URL(v);
    if (u.protocol === 'http:' || u.protocol === 'https:') return v;
  } catch {
    // reported below
  }
  throw new Invalid(`${where}: "${key}" must be an http(s) URL.`);
}

function entry(v: unknown, i: number): LibraryEntry {
  let where = `Entry ${i + 1}`;
  if (!isObj(v)) throw new Invalid(`${where} is not an object.`);
  const url = httpUrl(v, 'url', where);
  where = `Entry ${i + 1} (${url})`;
  const dir = v.dir;
  if (dir !== 'ltr' && dir !== 'rtl') throw new Invalid(`${where}: "dir" must be "ltr" or "rtl".`);
  if (typeof v.saved !== 'boolean') throw new Invalid(`${where}: "saved" must be true or false.`);
  const savedAt = v.savedAt === null ? null : num(v, 'savedAt', where);
  const timesRead = num(v, 'timesRead', where);
  if (!Number.isInteger(timesRead) || timesRead < 1) {
    throw new Invalid(`${where}: "timesRead" must be a whole number ≥ 1.`);
  }
  const firstOpened = num(v, 'firstOpened', where);
  const lastOpened = num(v, 'lastOpened', where);
  if (firstOpened > lastOpened) throw new Invalid(`${where}: "firstOpened" is after "lastOpened".`);
  return {
    url,
    readUrl: httpUrl(v, 'readUrl', where),
    title: str(v, 'title', where),
    byline: strOrNull(v, 'byline', where),
    siteName: strOrNull(v, 'siteName', where),
    site: str(v, 'site', where),
    publishedTime: strOrNull(v, 'publishedTime', where),
    lang: strOrNull(v, 'lang', where),
    dir,
    excerpt: strOrNull(v, 'excerpt', where),
    contentHtml: str(v, 'contentHtml', where),
    text: str(v, 'text', where),
    wordCount: num(v, 'wordCount', where),
    readingMinutes: num(v, 'readingMinutes', where),
    entities: entities(v.entities, where),
    summary: strings(v.summary, `${where}: "summary"`),
    firstOpened,
    lastOpened,
    timesRead,
    saved: v.saved,
    savedAt: v.saved ? (savedAt ?? lastOpened) : null,
  };
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

const iso = (ms: number): string => new Date(ms).toISOString();

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
  return `${front}\n\n# ${entry.title.replace(/\n/g, ' ')}\n\n${body}\n`;
}

/** A file name for the article: date and title slug, unique within `taken`. */
export function markdownFileName(entry: LibraryEntry, taken: Set<string>): string {
  const date = iso(entry.firstOpened).slice(0, 10);
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
