/**
 * The reading of a tab: what one extraction and one analysis of its page gave. The worker keeps
 * it per tab (in session storage, so it outlives the worker) and every surface reads it: the
 * popup, the reader's entity chips, Save, entity highlighting and the history.
 */
import type { Analysis } from './analysis';
import type { Article, NotArticle, TextBlock } from './article';

/** The fields of an article every surface shows (no HTML, no text). */
export type ArticleInfo = Pick<
  Article,
  | 'url'
  | 'canonicalUrl'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'readingMinutes'
  | 'wordCount'
  | 'lang'
  | 'dir'
>;

/** What the library stores of an article beyond its info: the clean HTML and its text. */
export type ArticleContent = Pick<Article, 'contentHtml' | 'text' | 'excerpt'>;

/**
 * What the page's one extraction hands to the analysis: the info and the text's blocks with their
 * roles (story paragraph, caption, credit…), never the HTML.
 */
export type PageText = { isArticle: true; info: ArticleInfo; blocks: TextBlock[] } | NotArticle;

/** The one analysis of a tab's article. */
export interface Reading {
  article: ArticleInfo;
  analysis: Analysis;
  /** Saved in the library (kept, never pruned). Read from the library when the reading is asked for. */
  saved: boolean;
}

/**
 * What the worker keeps for a tab (in session storage, so it outlives the worker): the one
 * analysis of the page at `url`, or why it is not an article.
 */
export type TabReading = {
  /** The page it was made from: a reading is only used for the page it was made from. */
  url: string;
  /** Made by clean view "anyway" on a page that does not read as an article. */
  forced: boolean;
  /**
   * Saved in the library, as last seen by the worker (the library is the truth: the popup shows
   * this at once and the worker's answer corrects it).
   */
  saved?: boolean;
} & (
  | { kind: 'article'; article: ArticleInfo; analysis: Analysis }
  | { kind: 'not-article'; title: string; reason: string }
);

/** What the popup shows for a tab. */
export type PageState =
  /** A page where extensions cannot run (browser pages, the web store, PDFs, file: without access). */
  | { kind: 'restricted'; url: string; reason: string }
  /** Readable, but not an article: the popup says so and still offers clean view. */
  | { kind: 'not-article'; url: string; title: string; reason: string }
  | ({ kind: 'article' } & Reading)
  /** Something failed; `message` is shown as is. */
  | { kind: 'error'; url: string; message: string };

/** The info of an article (one mapping, used wherever an Article becomes its info). */
export function toArticleInfo(article: ArticleInfo): ArticleInfo {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    readingMinutes: article.readingMinutes,
    wordCount: article.wordCount,
    lang: article.lang,
    dir: article.dir,
  };
}

/** The stored content of an article. */
export function toArticleContent(article: ArticleContent): ArticleContent {
  return { contentHtml: article.contentHtml, text: article.text, excerpt: article.excerpt };
}

/** What the page's extraction hands to the analysis. */
export function toPageText(result: Article | NotArticle): PageText {
  if (!result.isArticle) return result;
  const blocks =
    result.blocks ??
    result.text.split('\n').map((text): TextBlock => ({ role: 'paragraph', text }));
  return { isArticle: true, info: toArticleInfo(result), blocks };
}

/** A URL without its fragment: moving to an anchor is not a new page, so not a new reading. */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** What a reading is asked for: the page the tab shows now, and whether clean view is forced. */
export interface ReadingRequest {
  /** Clean view anyway: make an article of a page that does not read as one. */
  force?: boolean;
  /** The page the reading must be for (the tab's URL now); a reading of another page is stale. */
  url?: string;
}

/** True when a kept reading answers the request: same page, and an article when forced. */
export function readingFits(kept: TabReading, request: ReadingRequest): boolean {
  if (request.url !== undefined && pageUrl(kept.url) !== pageUrl(request.url)) return false;
  return kept.kind === 'article' || !request.force;
}

/** What the popup shows for a tab's reading, with its saved state. */
export function pageStateOf(reading: TabReading, saved: boolean): PageState {
  if (reading.kind === 'not-article') {
    return { kind: 'not-article', url: reading.url, title: reading.title, reason: reading.reason };
  }
  return { kind: 'article', article: reading.article, analysis: reading.analysis, saved };
}
