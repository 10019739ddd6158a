/**
 * What extraction makes of a page: an article (cleaned, sanitized, with the blocks the clutter
 * rules took out) or the reason it is not one. Pure types: no DOM, no extension API.
 */

/** One block a clutter rule took out of the article, kept so the reader can see and restore it. */
export interface RemovedBlock {
  /** Stable id; the cleaned HTML keeps an empty placeholder `<div data-tidings-removed="id" hidden>` where the block stood. */
  id: string;
  /** Name of the clutter rule that removed it, e.g. `sponsored-label`. */
  rule: string;
  /** Visible text of the removed block, block boundaries kept as line breaks. */
  text: string;
  /** Sanitized HTML of the removed block, for restoring it in place. */
  html: string;
}

/**
 * What a block of the article is: story text the NLP reads (`paragraph`, and `heading`, `list`,
 * `quote`, `table` with care), or page furniture it never summarizes (`caption`, `credit`, `embed`).
 */
export type BlockRole =
  'paragraph' | 'heading' | 'caption' | 'credit' | 'quote' | 'list' | 'table' | 'embed';

/** One line of the article's text with the role of the block it comes from. */
export interface TextBlock {
  role: BlockRole;
  text: string;
  /**
   * A table row's cells, when it has two or more (the words of `text`, cut where the cells meet):
   * `text` runs the cells together ("Auckland Auckland" for a city and its region), the cells say
   * where a name must stop.
   */
  cells?: string[];
}

/** A page that reads as an article, cleaned and sanitized. */
export interface Article {
  isArticle: true;
  /** URL the page was read at. */
  url: string;
  /** Canonical URL the page declares (`<link rel=canonical>`, `og:url`), else null. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page declares it. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** Sanitized article HTML (DOMPurify), safe to insert into an isolated root. */
  contentHtml: string;
  /** Plain text with block boundaries kept (a line break between paragraphs, items, headings). */
  text: string;
  /**
   * The lines of `text`, one per block, each with its role (`blocks.map(b => b.text).join('\\n')`
   * is `text`). Set by `extractArticle`; absent on articles rebuilt from stored copies, which the NLP
   * then reads as plain text.
   */
  blocks?: TextBlock[];
  wordCount: number;
  readingMinutes: number;
  removed: RemovedBlock[];
}

/** A page that is not an article (an index page, a form, an empty page…). */
export interface NotArticle {
  isArticle: false;
  url: string;
  /** Human-readable reason, shown in the UI. */
  reason: string;
  title: string;
}

export type ExtractResult = Article | NotArticle;
