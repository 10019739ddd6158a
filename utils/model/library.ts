/**
 * A library entry (reading history and saved articles) and the export record, both derived from
 * the article and its analysis: a new field of either is one edit there plus a library migration.
 */
import type { Analysis } from './analysis';
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

/** The key an article is stored under: the canonical URL it declared, else the URL it was read at. */
export function entryKey(article: Pick<ArticleInfo, 'url' | 'canonicalUrl'>): string {
  const canonical = article.canonicalUrl?.trim();
  return canonical ? canonical : article.url;
}

/** Hostname of a URL without a leading `www.`; the URL itself when it does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A new library entry for an article read for the first time (the one mapping into an entry). */
export function entryFromArticle(
  article: ArticleInfo & ArticleContent,
  analysis: Pick<Analysis, 'entities' | 'summary'>,
  now: number,
  saved = false,
): LibraryEntry {
  const url = entryKey(article);
  return {
    url,
    readUrl: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    site: siteOf(url),
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    contentHtml: article.contentHtml,
    text: article.text,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    entities: analysis.entities,
    summary: analysis.summary,
    firstOpened: now,
    lastOpened: now,
    timesRead: 1,
    saved,
    savedAt: saved ? now : null,
  };
}
