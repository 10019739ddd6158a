/**
 * The clean-article pipeline: inert copy → readerability check → Readability → clutter rules →
 * sanitize → block-aware text. Pure and DOM-agnostic: works on the browser's `Document` and on
 * jsdom's; the live document is only read, never changed.
 */
import { Readability } from '@mozilla/readability';
import type { WindowLike } from 'dompurify';
import type { Article, ExtractResult, NotArticle, RemovedBlock } from './types';
import { inertCopy } from './inert-copy';
import { isReaderable } from './readerable';
import { restoreLazyImages } from './lazy-images';
import {
  canonicalUrl,
  cleanByline,
  cleanTitle,
  pageDir,
  pageLang,
  publishedTime,
  siteName,
  siteNames,
} from './metadata';
import { MAX_ELEMENTS, pageRefusal, surveyPage } from './page-guards';
import { applyRules } from './rules';
import { betterCandidate, doubtfulChoice } from './candidate';
import { looksLikeIndex } from './index-page';
import { sanitizeParts } from './sanitize';
import { blockText, countWords, readingMinutes, textBlocks } from './text';

export type {
  Article,
  BlockRole,
  ExtractResult,
  NotArticle,
  RemovedBlock,
  TextBlock,
} from './types';
export { blockText, countWords, readingMinutes, textBlocks } from './text';

export interface ExtractOptions {
  /** Return an Article even when the page does not look like one (the reader asked for it). */
  force?: boolean;
  /** Window to build DOMPurify and DOMParser from; defaults to `doc.defaultView`. */
  window?: WindowLike;
  /** Skip the clutter rules (plain Readability + sanitize), for comparisons. */
  rules?: boolean;
}

/** Fewer words than this after cleaning: not an article (an error page, a teaser, a form). */
const MIN_WORDS = 25;

/**
 * Extract the readable article of `doc` (read at `url`). Returns a `NotArticle` with a reason for
 * index pages, empty pages and the like, unless `options.force`.
 */
export function extractArticle(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractResult {
  const win = (options.window ?? doc.defaultView ?? (globalThis as { window?: unknown }).window) as
    (WindowLike & { DOMParser: typeof DOMParser }) | undefined;
  if (!win)
    throw new Error('extractArticle: no window to build the sanitizer from (pass options.window)');
  const pageTitle = (doc.title || '').trim();
  const notArticle = (reason: string, title = pageTitle): NotArticle => ({
    isArticle: false,
    url,
    reason,
    title,
  });

  // One walk over the page as it is now; the checks, the copy and the metadata read it.
  surveyPage(doc, { fresh: true });
  // Frames, SVG, PDF, and trees too deep or too large to copy: refused, with the reason.
  const refusal = pageRefusal(doc);
  if (refusal) return notArticle(refusal);

  const prepare = (): Document => {
    const copy = inertCopy(doc, url);
    restoreLazyImages(copy, (html) => new win.DOMParser().parseFromString(html, 'text/html'));
    return copy;
  };
  let copy = prepare();

  const readability = (from: Document = copy): ReturnType<Readability<Element>['parse']> =>
    new Readability<Element>(from, {
      maxElemsToParse: MAX_ELEMENTS,
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse();
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = readability();
  } catch {
    // jsdom's CSS parser throws on some inline styles browsers just ignore (SCSS leftovers such as
    // `calc(($a - $b) / 2)`), and Readability reads `node.style`. Drop those styles and retry once.
    copy = prepare();
    dropUnparsableStyles(copy);
    parsed = readability();
  }
  let content = parsed?.content;
  if (!parsed || !content) return notArticle('No article text was found on this page.');
  // Readability chose a table, a list of links or a disclosure: take the story's prose if the page
  // has clearly more of it elsewhere (Readability again, on that block alone).
  const doubt = doubtfulChoice(content);
  if (doubt) {
    const page = prepare();
    const better = betterCandidate(content, page, doubt);
    if (better) {
      const alone = new win.DOMParser().parseFromString(
        '<!doctype html><html><head><title></title></head><body></body></html>',
        'text/html',
      );
      alone.title = page.title;
      alone.documentElement.setAttribute('lang', page.documentElement.getAttribute('lang') ?? '');
      alone.body.appendChild(alone.importNode(better, true));
      const again = readability(alone)?.content;
      if (again) content = again;
    }
  }

  // Before the rules: they would take the story cards of an index page apart.
  const isIndex = looksLikeIndex(content, url);
  if (!options.force && isIndex) {
    return notArticle(
      'This looks like a section or index page (a list of links to articles).',
      parsed.title || pageTitle,
    );
  }
  // Clean view forced on an index page: its story list is what the reader asked to see.
  const removals =
    options.rules === false || isIndex
      ? []
      : applyRules(content, {
          title: parsed.title ?? pageTitle,
          byline: parsed.byline ?? undefined,
          url,
          lang: pageLang(doc, parsed.lang),
        });
  const blocks = textBlocks(content);
  const text = blocks.map((b) => b.text).join('\n');
  const wordCount = countWords(text);
  if (!options.force) {
    if (wordCount < MIN_WORDS)
      return notArticle(
        'This page has too little text to be an article.',
        parsed.title || pageTitle,
      );
    // One real paragraph, or else Readability's own cheap first look (which misses short stories
    // and list articles), asked of the live page: this pipeline only reads it.
    if (!hasParagraph(content) && !isReaderable(doc))
      return notArticle('This page has no article-length text.', parsed.title || pageTitle);
  }

  const removedText = removals.map((r) => blockText(r.element));
  const [contentHtml = '', ...removedHtml] = sanitizeParts(
    [content, ...removals.map((r) => r.element)],
    win,
  );
  const removed: RemovedBlock[] = removals.map((r, i) => ({
    id: r.id,
    rule: r.rule,
    text: removedText[i] ?? '',
    html: removedHtml[i] ?? '',
  }));

  const lang = pageLang(doc, parsed.lang);
  const site = clean(siteName(doc, url, parsed.siteName));
  const byline = cleanByline(clean(parsed.byline), { site, url });
  const article: Article = {
    isArticle: true,
    url,
    canonicalUrl: canonicalUrl(doc, url),
    title: cleanTitle((parsed.title || pageTitle).trim(), {
      names: siteNames(doc, site),
      byline: clean(parsed.byline),
      url,
    }),
    byline,
    siteName: site,
    publishedTime: publishedTime(doc, parsed.publishedTime),
    lang,
    dir: pageDir(doc, parsed.dir, lang, text),
    excerpt: clean(parsed.excerpt),
    contentHtml,
    text,
    blocks,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    removed,
  };
  return article;
}

/** Remove inline styles the DOM implementation cannot parse. */
function dropUnparsableStyles(copy: Document): void {
  for (const el of Array.from(copy.querySelectorAll('[style]'))) {
    try {
      void (el as HTMLElement).style?.display;
    } catch {
      el.removeAttribute('style');
    }
  }
}

/** At least one block with 15 words of running text outside links. */
function hasParagraph(content: Element): boolean {
  for (const p of Array.from(content.querySelectorAll('p, li, div, td, blockquote'))) {
    let t = '';
    for (let c = p.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) t += c.nodeValue;
      else if (c.nodeType === 1 && !/^(A|DIV|P|UL|OL|TABLE)$/i.test((c as Element).tagName))
        t += c.textContent;
    }
    if (t.trim().split(/\s+/).length >= 15) return true;
  }
  return false;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}
