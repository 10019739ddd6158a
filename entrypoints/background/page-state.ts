import { browser } from 'wxt/browser';
import { analyzeText } from '@/utils/nlp';
import { isSaved } from '@/utils/library/db';
import { sendMessage, type ArticleInfo, type PageState } from '@/utils/messaging';
import { describeFailure, pageAccess } from '@/utils/reader/page-access';
import { getSettings } from '@/utils/storage';
import type { Article } from '@/utils/extract/types';
import { ensureContentScript } from './content-script';

/** The popup's fields of an article (its HTML and text stay in the tab). */
export function toArticleInfo(article: Article): ArticleInfo {
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

/**
 * What the popup shows for a tab: checks the URL, injects the reader script, extracts the page
 * in the tab, analyses the text here (NLP needs no DOM and stays out of the page's bundle) and
 * looks the article up in the library. Every failure becomes a plain sentence.
 */
export async function getPageState(tabId: number): Promise<PageState> {
  let url = '';
  try {
    const tab = await browser.tabs.get(tabId);
    url = tab.url ?? tab.pendingUrl ?? '';
    const access = pageAccess(tab.url);
    if (access.allowed === false) return { kind: 'restricted', url, reason: access.reason };

    await ensureContentScript(tabId);
    const result = await sendMessage('extractPage', {}, tabId);
    if (!result.isArticle) {
      return { kind: 'not-article', url: result.url, title: result.title, reason: result.reason };
    }
    const settings = await getSettings();
    const [analysis, saved] = await Promise.all([
      Promise.resolve(
        analyzeText(result.text, {
          title: result.title,
          summarySentences: settings.summaryLength,
        }),
      ),
      isSaved(result.canonicalUrl ?? result.url),
    ]);
    return { kind: 'article', article: toArticleInfo(result), analysis, saved };
  } catch (error) {
    const failure = describeFailure(error, url);
    return failure.restricted
      ? { kind: 'restricted', url, reason: failure.message }
      : { kind: 'error', url, message: failure.message };
  }
}
