/**
 * A library entry (reading history and saved articles) and the export record, both derived from
 * the article and its analysis: a new field of either is one edit there plus a library migration.
 */
import * as v from 'valibot';
import { ENTITY_KINDS, type Analysis, type Entities, type Entity } from './analysis';
import type { ArticleContent, ArticleInfo } from './reading';

/** What the library adds to an article: where it is filed and how it was read. */
export interface HistoryFields {
  /** The URL the article is known by: the canonical URL the page declared, else the URL it was read at. */
  url: string;
  /** The URL it was last read at (may differ from `url` when a canonical URL was declared). */
  readUrl: string;
  /** Hostname of `url` without `www.`, for the site filter. */
  site: string;
  /** Epoch ms. */
  firstOpened: number;
  lastOpened: number;
  timesRead: number;
  /** Kept by the reader: never pruned. */
  saved: boolean;
  /** Epoch ms when saved, else null. */
  savedAt: number | null;
}

/**
 * One article in reading history / the saved library, complete: what an export carries and what
 * `getEntry()` returns.
 */
export type LibraryEntry = Omit<ArticleInfo, 'url' | 'canonicalUrl'> &
  ArticleContent &
  Pick<Analysis, 'entities' | 'summary'> &
  HistoryFields;

/** The light part of an entry: everything the library list, the filters and retention need. */
export type EntryMeta = Omit<LibraryEntry, 'contentHtml' | 'text'>;

/** One record of the JSON export: the complete entry. */
export type ExportRecord = LibraryEntry;

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

/** Schemes an entry's URLs may have: web pages, and local pages the reader was allowed to open. */
const ENTRY_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** True for a URL the library may store an article under (and an import may bring back). */
export function isEntryUrl(url: string): boolean {
  if (url.length > LIBRARY_LIMITS.url) return false;
  try {
    return ENTRY_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Second-level labels under which registries sell names (`news.co.uk`): the site is one label more. */
const SHARED_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'ne', 'net', 'or', 'org']);

/**
 * The site a host belongs to, approximately its registrable domain (`www.news.example.co.uk` →
 * `example.co.uk`); an IP address or a single-label host is its own site. Not the public suffix
 * list: close enough to keep one site from naming another's URL as its canonical one.
 */
export function registrableSite(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.startsWith('[')) return h;
  const labels = h.split('.');
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const keep = tld.length === 2 && SHARED_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * The canonical URL a page declared, when the library may file the page under it: http(s) and on
 * the page's own site. Anything else (another site's URL, `javascript:`, `file:`, junk) is ignored:
 * a page must not be able to file itself under, and so overwrite, another site's entry.
 */
export function acceptedCanonical(
  pageUrl: string,
  canonical: string | null | undefined,
): string | null {
  const value = canonical?.trim();
  if (!value || value.length > LIBRARY_LIMITS.url) return null;
  try {
    const c = new URL(value);
    const p = new URL(pageUrl);
    if (c.protocol !== 'http:' && c.protocol !== 'https:') return null;
    if (c.username || c.password) return null;
    return registrableSite(c.hostname) === registrableSite(p.hostname) ? c.href : null;
  } catch {
    return null;
  }
}

/**
 * The key an article is stored under: the canonical URL it declared when that is accepted
 * (`acceptedCanonical`), else the URL it was read at.
 */
export function entryKey(article: Pick<ArticleInfo, 'url' | 'canonicalUrl'>): string {
  return acceptedCanonical(article.url, article.canonicalUrl) ?? article.url;
}

/** Hostname of a URL without a leading `www.`; the URL itself when it does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const clip = (value: string, max: number): string =>
  value.length > max ? value.slice(0, max) : value;
const clipOrNull = (value: string | null, max: number): string | null =>
  value === null ? null : clip(value, max);

/** The entities and summary as the library keeps them: within `LIBRARY_LIMITS` (a page chooses their size). */
function boundedAnalysis(
  analysis: Pick<Analysis, 'entities' | 'summary'>,
): Pick<Analysis, 'entities' | 'summary'> {
  const L = LIBRARY_LIMITS;
  const entity = (e: Entity): Entity => ({
    name: clip(e.name, L.name),
    mentions: Math.min(Math.max(0, Math.floor(e.mentions) || 0), L.count),
    aliases: e.aliases.slice(0, L.aliases).map((a) => clip(a, L.name)),
    ...(e.label === undefined ? {} : { label: clip(e.label, L.name) }),
    ...(e.score === undefined || !Number.isFinite(e.score)
      ? {}
      : { score: Math.min(Math.max(0, e.score), L.count) }),
  });
  const entities = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, analysis.entities[kind].slice(0, L.entities).map(entity)]),
  ) as unknown as Entities;
  return {
    entities,
    summary: analysis.summary.slice(0, L.summary).map((s) => clip(s, L.sentence)),
  };
}

/**
 * A new library entry for an article read for the first time (the one mapping into an entry).
 * Text fields a page chooses freely are cut to `LIBRARY_LIMITS`, so what is stored always passes
 * `LibraryEntrySchema` (the check on every write and on import) except for its URLs and content.
 */
export function entryFromArticle(
  article: ArticleInfo & ArticleContent,
  analysis: Pick<Analysis, 'entities' | 'summary'>,
  now: number,
  saved = false,
): LibraryEntry {
  const L = LIBRARY_LIMITS;
  const url = entryKey(article);
  const { entities, summary } = boundedAnalysis(analysis);
  return {
    url,
    readUrl: article.url,
    title: clip(article.title, L.title),
    byline: clipOrNull(article.byline, L.title),
    siteName: clipOrNull(article.siteName, L.title),
    site: clip(siteOf(url), L.title),
    publishedTime: clipOrNull(article.publishedTime, L.short),
    lang: clipOrNull(article.lang, L.short),
    dir: article.dir,
    excerpt: clipOrNull(article.excerpt, L.excerpt),
    contentHtml: article.contentHtml,
    text: article.text,
    wordCount: Math.min(Math.max(0, Math.floor(article.wordCount) || 0), L.count),
    readingMinutes: Math.min(Math.max(0, Math.floor(article.readingMinutes) || 0), L.count),
    entities,
    summary,
    firstOpened: now,
    lastOpened: now,
    timesRead: 1,
    saved,
    savedAt: saved ? now : null,
  };
}

/**
 * Limits of what one library entry holds, in UTF-16 code units (or items). Generous for any real
 * article; they exist so that no page and no file can make a row that breaks the page showing it.
 */
export const LIBRARY_LIMITS = {
  url: 65_536,
  title: 2_000,
  short: 200,
  excerpt: 10_000,
  contentHtml: 32 * 1024 * 1024,
  text: 16 * 1024 * 1024,
  name: 1_000,
  aliases: 50,
  entities: 200,
  summary: 20,
  sentence: 10_000,
  count: 1e9,
} as const;

/**
 * Dates are epoch ms from 1970 to the end of year 9999: `toISOString()` and every date formatter
 * work on them (an imported `9e15` once made the library page throw for good).
 */
export const MAX_ENTRY_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const textOrNull = (max: number) => v.nullable(text(max));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ENTRY_TIME));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIBRARY_LIMITS.count));
const entryUrl = v.pipe(
  v.string(),
  v.check(isEntryUrl, 'must be an http(s) or file: URL of at most 65,536 characters'),
);

const EntitySchema = v.object({
  name: text(LIBRARY_LIMITS.name),
  mentions: count,
  aliases: v.pipe(v.array(text(LIBRARY_LIMITS.name)), v.maxLength(LIBRARY_LIMITS.aliases)),
  label: v.optional(text(LIBRARY_LIMITS.name)),
  score: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIBRARY_LIMITS.count)),
  ),
});
const entityList = v.pipe(v.array(EntitySchema), v.maxLength(LIBRARY_LIMITS.entities));

const EntitiesSchema = v.object({
  people: entityList,
  organizations: entityList,
  places: entityList,
});

const META_FIELDS = {
  url: entryUrl,
  readUrl: entryUrl,
  title: text(LIBRARY_LIMITS.title),
  byline: textOrNull(LIBRARY_LIMITS.title),
  siteName: textOrNull(LIBRARY_LIMITS.title),
  site: text(LIBRARY_LIMITS.title),
  publishedTime: textOrNull(LIBRARY_LIMITS.short),
  lang: textOrNull(LIBRARY_LIMITS.short),
  dir: v.picklist(['ltr', 'rtl']),
  excerpt: textOrNull(LIBRARY_LIMITS.excerpt),
  wordCount: count,
  readingMinutes: count,
  entities: EntitiesSchema,
  summary: v.pipe(v.array(text(LIBRARY_LIMITS.sentence)), v.maxLength(LIBRARY_LIMITS.summary)),
  firstOpened: time,
  lastOpened: time,
  timesRead: v.pipe(count, v.minValue(1)),
  saved: v.boolean(),
  savedAt: v.nullable(time),
};

type Bookkeeping = Pick<EntryMeta, 'firstOpened' | 'lastOpened' | 'saved' | 'savedAt'>;
const inOrder = <T extends Bookkeeping>() =>
  v.check<T, string>((e) => e.firstOpened <= e.lastOpened, '"firstOpened" is after "lastOpened"');
const savedAtOnlyIfSaved = <T extends Bookkeeping>() =>
  v.check<T, string>((e) => e.saved || e.savedAt === null, '"savedAt" is set but "saved" is false');

/** The light part of an entry (`EntryMeta`): every field but the content, with its limits. */
export const EntryMetaSchema = v.pipe(
  v.object(META_FIELDS),
  inOrder<v.InferOutput<v.ObjectSchema<typeof META_FIELDS, undefined>>>(),
  savedAtOnlyIfSaved<v.InferOutput<v.ObjectSchema<typeof META_FIELDS, undefined>>>(),
);

const ENTRY_FIELDS = {
  ...META_FIELDS,
  contentHtml: text(LIBRARY_LIMITS.contentHtml),
  text: text(LIBRARY_LIMITS.text),
};

/**
 * One library entry, complete: the one rule for what the store writes (`recordRead`, `setSaved`,
 * `importEntries`) and what an import accepts (`parseLibraryExport`), so every export re-imports.
 */
export const LibraryEntrySchema = v.pipe(
  v.object(ENTRY_FIELDS),
  inOrder<v.InferOutput<v.ObjectSchema<typeof ENTRY_FIELDS, undefined>>>(),
  savedAtOnlyIfSaved<v.InferOutput<v.ObjectSchema<typeof ENTRY_FIELDS, undefined>>>(),
);

/** The schema and the derived `LibraryEntry` type describe the same object (checked by tsc). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_TYPE: Same<v.InferOutput<typeof LibraryEntrySchema>, LibraryEntry> &
  Same<v.InferOutput<typeof EntryMetaSchema>, EntryMeta> = true;

/** A value checked against an entry schema: the entry, or the first problem in words. */
export type EntryCheck<T> = { ok: true; value: T } | { ok: false; problem: string };

function check<T>(
  schema: typeof LibraryEntrySchema | typeof EntryMetaSchema,
  value: unknown,
): EntryCheck<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output as T };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return { ok: false, problem: path ? `"${path}" ${issue.message}` : issue.message };
}

/** Check a complete entry (a write, an import) against `LibraryEntrySchema`. */
export function checkEntry(value: unknown): EntryCheck<LibraryEntry> {
  return check<LibraryEntry>(LibraryEntrySchema, value);
}

/** Check a stored light row against `EntryMetaSchema` (a damaged row is skipped, not shown). */
export function checkEntryMeta(value: unknown): EntryCheck<EntryMeta> {
  return check<EntryMeta>(EntryMetaSchema, value);
}

/** The entry when it fits the schema; else throws `InvalidEntryError` saying what is wrong. */
export function validEntry(value: unknown): LibraryEntry {
  const result = checkEntry(value);
  if (result.ok) return result.value;
  throw new InvalidEntryError(result.problem);
}

/** A write or an import was refused because the entry does not fit the library's schema. */
export class InvalidEntryError extends Error {
  constructor(problem: string) {
    super(`This article cannot be kept in the library: ${problem}.`);
    this.name = 'InvalidEntryError';
  }
}
