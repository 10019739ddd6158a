/**
 * One reading per tab: the page is extracted once (in the tab, by the content script, which keeps
 * the result) and analysed once (here); the reading is kept in session storage, so the popup, the
 * reader, Save, highlighting and history all read it, and a stopped worker loses nothing.
 */
import { browser } from 'wxt/browser';
import { isSaved } from '@/utils/library/db';
import { analyzeArticle } from '@/utils/nlp';
import { sendMessage } from '@/utils/messaging';
import {
  entryKey,
  readingFits,
  type Analysis,
  type PageText,
  type Reading,
  type ReadingRequest,
  type Settings,
  type TabReading,
} from '@/utils/model';
import {
  dropAllTabReadings,
  dropTabReading,
  getSettings,
  noteReaderScript,
  getTabReading,
  setTabReading,
  watchSettings,
} from '@/utils/storage';
import { callContentScript } from './content-script';

/** Name of the User Timing mark set by each analysis (counted by the tests). */
export const ANALYSE_MARK = 'tidings:analyse';

/** The one analysis of an article's text. */
export function analyse(
  page: Extract<PageText, { isArticle: true }>,
  settings: Pick<Settings, 'summarySentences'>,
): Analysis {
  performance.mark(ANALYSE_MARK);
  return analyzeArticle(
    { ...page.info, blocks: page.blocks },
    { summarySentences: settings.summarySentences },
  );
}

/** Readings being made, so a popup and a reader asking at once share one analysis. */
const inFlight = new Map<string, Promise<TabReading>>();

/**
 * The tab's reading: the kept one when it is for the page the tab shows, else the page is read
 * (the content script's one extraction) and analysed, and the result kept.
 */
export async function tabReading(tabId: number, request: ReadingRequest = {}): Promise<TabReading> {
  const kept = await getTabReading(tabId);
  if (kept && readingFits(kept, request)) return kept;
  const key = `${tabId}:${request.force === true}`;
  const pending = inFlight.get(key);
  if (pending) return pending;
  const making = makeReading(tabId, request.force === true).finally(() => inFlight.delete(key));
  inFlight.set(key, making);
  return making;
}

async function makeReading(tabId: number, force: boolean): Promise<TabReading> {
  const [page, settings] = await Promise.all([
    callContentScript(tabId, () => sendMessage('readPage', { force }, tabId)),
    getSettings(),
  ]);
  const reading: TabReading = page.isArticle
    ? {
        kind: 'article',
        url: page.info.url,
        forced: force,
        article: page.info,
        analysis: analyse(page, settings),
      }
    : { kind: 'not-article', url: page.url, forced: false, title: page.title, reason: page.reason };
  await setTabReading(tabId, reading);
  return reading;
}

/** The article reading of a tab, or an error saying why there is none. */
export async function articleReading(
  tabId: number,
  request: ReadingRequest = {},
): Promise<Extract<TabReading, { kind: 'article' }>> {
  const reading = await tabReading(tabId, request);
  if (reading.kind !== 'article') throw new Error(reading.reason);
  return reading;
}

/**
 * A tab's article reading as the surfaces show it: with its saved state, read from the library
 * now (and noted in the kept reading, which the popup shows before it asks).
 */
export async function withSavedState(
  tabId: number,
  reading: Extract<TabReading, { kind: 'article' }>,
): Promise<Reading> {
  const saved = await isSaved(entryKey(reading.article));
  if (reading.saved !== saved) await noteSaved(tabId, reading, saved);
  return { article: reading.article, analysis: reading.analysis, saved };
}

/** Note a new saved state in the tab's kept reading (when it is still that page's reading). */
export async function noteSaved(tabId: number, reading: TabReading, saved: boolean): Promise<void> {
  const kept = await getTabReading(tabId);
  if (kept && kept.url === reading.url) await setTabReading(tabId, { ...kept, saved });
}

/** A tab's page is gone (another one loads, or the tab closed): its reading and script note go. */
async function forgetPage(tabId: number): Promise<void> {
  await Promise.all([dropTabReading(tabId), noteReaderScript(tabId, false)]);
}

function report(error: unknown): void {
  console.warn('[tidings] dropping a tab reading failed', error);
}

/**
 * Keep readings in step with the tabs: a tab that starts loading a page or closes loses its
 * reading; a change of the summary length makes every reading stale.
 */
export function setupReadings(): void {
  // A page load (navigation or reload) starts with `loading`; a history-API navigation is told
  // by the content script (`pageChanged`) and caught by the URL check in any case.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetPage(tabId).catch(report);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetPage(tabId).catch(report);
  });
  watchSettings((settings, previous) => {
    if (settings.summarySentences !== previous.summarySentences) {
      dropAllTabReadings().catch(report);
    }
  });
}
