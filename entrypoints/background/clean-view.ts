import { recordRead, setSaved } from '@/utils/library/db';
import { sendMessage, type ActionResult, type MessageReturn } from '@/utils/messaging';
import type { ArticleContent, Reading } from '@/utils/model';
import { describeFailure } from '@/utils/reader/page-access';
import { getSettings, getTabReading } from '@/utils/storage';
import { callContentScript, ensureContentScript } from './content-script';
import { articleReading, noteSaved, withSavedState } from './readings';

export interface CleanViewRequest {
  /** true opens, false closes, undefined toggles (the shortcut and the context menu toggle). */
  open?: boolean;
  /** Show the reader even when the page does not read as an article. */
  force?: boolean;
}

/**
 * The one way into the reader view: the popup's button, the keyboard command and the context
 * menu all call this, so they behave the same. A reading the worker already has goes with the
 * request, so the reader paints its entities at once.
 */
export async function showCleanView(
  tabId: number,
  request: CleanViewRequest,
): Promise<ActionResult> {
  try {
    // The script goes in while the kept reading is read.
    const injected = ensureContentScript(tabId);
    const [kept] = await Promise.all([getTabReading(tabId), injected]);
    const reading = kept?.kind === 'article' ? await withSavedState(tabId, kept) : undefined;
    const shown = await callContentScript(
      tabId,
      () => sendMessage('showReader', { open: request.open, force: request.force, reading }, tabId),
      injected,
    );
    if (request.open !== false && !shown.open && !shown.isArticle) {
      return { ok: false, error: shown.reason ?? 'This page has no article text to show.' };
    }
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

/** The reading of the reader's tab, for its entity chips (the kept one, or made now, once). */
export async function readingForReader(
  tabId: number,
  url: string | undefined,
  force: boolean,
): Promise<Reading> {
  return withSavedState(tabId, await articleReading(tabId, { url, force }));
}

/**
 * The reader showed the tab's article: record it in history with the content it shows. A page
 * shown in clean view "anyway" is not an article the reader chose to read: it is kept only when
 * saved.
 */
export async function recordTabRead(
  tabId: number,
  url: string | undefined,
  content: ArticleContent,
  readId: string,
): Promise<{ saved: boolean }> {
  const [reading, settings] = await Promise.all([articleReading(tabId, { url }), getSettings()]);
  const state = await recordRead({ ...reading.article, ...content }, reading.analysis, {
    historyEnabled: settings.historyEnabled && !reading.forced,
    readId,
  });
  await noteSaved(tabId, reading, state.saved);
  return state;
}

/** Save or unsave the tab's article (from the reader, which sends the content it shows). */
export async function saveTabContent(
  tabId: number,
  url: string | undefined,
  content: ArticleContent,
  saved: boolean,
): Promise<{ saved: boolean }> {
  const reading = await articleReading(tabId, { url, force: true });
  const state = await setSaved({ ...reading.article, ...content }, reading.analysis, saved);
  await noteSaved(tabId, reading, state.saved);
  return state;
}

/** Save or unsave the tab's article from the popup: its content comes from the tab's extraction. */
export async function saveTabArticle(
  tabId: number,
  saved: boolean,
): Promise<MessageReturn<'saveArticle'>> {
  try {
    const reading = await articleReading(tabId);
    const content = await callContentScript(tabId, () =>
      sendMessage('getArticleContent', { force: reading.forced }, tabId),
    );
    if (!content) return { ok: false, error: 'The page has changed; open the popup again.' };
    const state = await setSaved({ ...reading.article, ...content }, reading.analysis, saved);
    await noteSaved(tabId, reading, state.saved);
    return { ok: true, saved: state.saved };
  } catch (error) {
    return { ok: false, error: describeFailure(error).message };
  }
}
