import { analyzeText } from '@/utils/nlp';
import { recordRead, setSaved } from '@/utils/library/db';
import { sendMessage, type MessageReturn } from '@/utils/messaging';
import { describeFailure } from '@/utils/reader/page-access';
import { getSettings } from '@/utils/storage';
import type { Article } from '@/utils/extract/types';
import type { Analysis } from '@/utils/nlp/types';
import { ensureContentScript } from './content-script';

export interface CleanViewRequest {
  /** true opens, false closes, undefined toggles (the shortcut and the context menu toggle). */
  open?: boolean;
  /** Show the reader even when the page does not read as an article. */
  force?: boolean;
}

/**
 * The one way into the reader view: the popup's button, the keyboard command and the context
 * menu all call this, so they behave the same.
 */
export async function showCleanView(
  tabId: number,
  request: CleanViewRequest,
): Promise<MessageReturn<'openCleanView'>> {
  try {
    await ensureContentScript(tabId);
    await sendMessage('showReader', { open: request.open, force: request.force }, tabId);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: describeFailure(error).message };
  }
}

/** Highlight an entity in the tab's reader view, opening the reader first when it is closed. */
export async function highlightEntity(
  tabId: number,
  names: string[],
): Promise<MessageReturn<'highlightEntity'>> {
  const opened = await showCleanView(tabId, { open: true, force: true });
  if (!opened.ok) return { ok: false };
  const { count } = await sendMessage('highlightMentions', { names }, tabId);
  return { ok: count > 0 };
}

async function analyse(article: Article): Promise<Analysis> {
  const settings = await getSettings();
  return analyzeText(article.text, {
    title: article.title,
    summarySentences: settings.summaryLength,
  });
}

/** The reader opened on an article: analyse it (for the entity chips) and record it in history. */
export async function onReaderOpened(article: Article): Promise<MessageReturn<'readerOpened'>> {
  const analysis = await analyse(article);
  const { saved } = await recordRead(article, analysis);
  return { analysis, saved };
}

/** Save or unsave an article the reader view shows. */
export async function saveFromReader(
  article: Article,
  saved: boolean,
): Promise<MessageReturn<'setSaved'>> {
  const analysis = await analyse(article);
  return setSaved(article, analysis, saved);
}

/** Save or unsave the tab's article from the popup: the article is read again in the tab. */
export async function saveTabArticle(
  tabId: number,
  saved: boolean,
): Promise<MessageReturn<'saveArticle'>> {
  try {
    await ensureContentScript(tabId);
    const result = await sendMessage('extractPage', { force: true }, tabId);
    if (!result.isArticle) return { ok: false, error: result.reason };
    const state = await saveFromReader(result, saved);
    return { ok: true, saved: state.saved };
  } catch (error) {
    return { ok: false, error: describeFailure(error).message };
  }
}
