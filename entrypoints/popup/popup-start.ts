import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { pageStateOf, readingFits, type PageState } from '@/utils/model';
import { getTabReading } from '@/utils/storage';

/** What the popup knows before the worker answers. */
export interface PopupStart {
  tabId: number | null;
  /** Opened as a page (`?tabId=`, tests), not as the toolbar popup: it stays open after actions. */
  asPage: boolean;
  /** The tab's kept reading, when it is for the page the tab shows: shown at once. */
  kept: PageState | null;
  /** The tab's title, shown while its page is read for the first time. */
  title: string;
  /**
   * The worker's answer for the tab (it reads the page once if it was not read before), asked as
   * soon as the tab is known, while the rest of the popup loads and paints.
   */
  current: Promise<PageState> | null;
}

/**
 * The tab this popup is about (`?tabId=<id>`, else the active tab of the current window), its kept
 * reading read straight from session storage (a second opening paints it without waiting for the
 * worker, which then confirms or corrects it), and the worker's answer already on its way.
 */
export async function loadPopupStart(): Promise<PopupStart> {
  const param = new URLSearchParams(location.search).get('tabId');
  const asPage = param !== null && /^\d+$/.test(param);
  const known = asPage ? Number(param) : null;
  const readingOf = (id: number) => getTabReading(id).catch(() => null);
  // With the tab's id in the address, the tab, its kept reading and the worker are asked at once.
  const early = known !== null ? readingOf(known) : null;
  const current = known !== null ? askWorker(known) : null;
  const tab =
    known !== null
      ? await browser.tabs.get(known)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = tab?.id ?? null;
  const title = tab?.title ?? '';
  if (tabId === null) return { tabId, asPage, kept: null, title, current: null };
  const answer = current ?? askWorker(tabId);
  if (!tab?.url) return { tabId, asPage, kept: null, title, current: answer };
  const reading = await (early ?? readingOf(tabId));
  const kept =
    reading && readingFits(reading, { url: tab.url })
      ? pageStateOf(reading, reading.saved ?? false)
      : null;
  return { tabId, asPage, kept, title, current: answer };
}

function askWorker(tabId: number): Promise<PageState> {
  const answer = sendMessage('getPageState', { tabId });
  // Read later (or never, when the popup closes first): no unhandled rejection meanwhile.
  answer.catch(() => undefined);
  return answer;
}
