import { browser } from 'wxt/browser';
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
}

/**
 * The tab this popup is about (`?tabId=<id>`, else the active tab of the current window) and its
 * kept reading, read straight from session storage: a second opening paints without waiting for
 * the worker, which then confirms (or corrects) the saved state.
 */
export async function loadPopupStart(): Promise<PopupStart> {
  const param = new URLSearchParams(location.search).get('tabId');
  const asPage = param !== null && /^\d+$/.test(param);
  const tab = asPage
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = tab?.id ?? null;
  const title = tab?.title ?? '';
  if (tabId === null || !tab?.url) return { tabId, asPage, kept: null, title };
  const reading = await getTabReading(tabId).catch(() => null);
  const kept =
    reading && readingFits(reading, { url: tab.url })
      ? pageStateOf(reading, reading.saved ?? false)
      : null;
  return { tabId, asPage, kept, title };
}
