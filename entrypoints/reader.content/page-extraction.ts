import { extractArticle } from '@/utils/extract';
import { pageUrl, type Article, type ExtractResult } from '@/utils/model';

/** Name of the User Timing mark set by each extraction (counted by the tests). */
export const EXTRACT_MARK = 'tidings:extract';

/**
 * The page's one extraction: made on first use, kept for every later request (the popup, the
 * reader, Save, highlighting) and made again only when the page really changed (a history-API
 * navigation to another URL). The live page is only read, on an inert copy.
 */
export class PageExtraction {
  private url = pageUrl(location.href);
  private plain: ExtractResult | null = null;
  /** Clean view "anyway" on a page that does not read as an article. */
  private forced: Article | null = null;

  /** The page's article (or why it is not one); `force` makes one of any page. */
  result(force = false): ExtractResult {
    this.invalidate();
    this.plain ??= extract(false);
    if (this.plain.isArticle || !force) return this.plain;
    return (this.forced ??= extract(true) as Article);
  }

  /** Forget the extraction when the page moved to another URL; true when it did. */
  invalidate(): boolean {
    const now = pageUrl(location.href);
    if (now === this.url) return false;
    this.url = now;
    this.plain = null;
    this.forced = null;
    return true;
  }
}

function extract(force: boolean): ExtractResult {
  performance.mark(EXTRACT_MARK);
  return extractArticle(document, location.href, { force });
}
