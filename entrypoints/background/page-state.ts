import { browser } from 'wxt/browser';
import { pageStateOf, type PageState, type TabReading } from '@/utils/model';
import { describeFailure, pageAccess } from '@/utils/reader/page-access';
import { tabReading, withSavedState } from './readings';

/** What the popup shows for a reading: its article (with the saved state, read now) or why not. */
async function stateOf(tabId: number, reading: TabReading): Promise<PageState> {
  if (reading.kind === 'not-article') return pageStateOf(reading, false);
  return { kind: 'article', ...(await withSavedState(tabId, reading)) };
}

/**
 * What the popup shows for a tab: checks the URL, then the tab's reading (the kept one, or one
 * made now: the page is extracted in the tab and analysed here) and the saved state. Every
 * failure becomes a plain sentence.
 */
export async function getPageState(tabId: number): Promise<PageState> {
  let url = '';
  try {
    const tab = await browser.tabs.get(tabId);
    url = tab.url ?? tab.pendingUrl ?? '';
    const access = pageAccess(tab.url);
    if (access.allowed === false) return { kind: 'restricted', url, reason: access.reason };
    return await stateOf(tabId, await tabReading(tabId, { url: tab.url }));
  } catch (error) {
    const failure = describeFailure(error, url);
    return failure.restricted
      ? { kind: 'restricted', url, reason: failure.message }
      : { kind: 'error', url, message: failure.message };
  }
}
