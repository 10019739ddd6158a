import { browser } from 'wxt/browser';
import { hasReaderScript, noteReaderScript } from '@/utils/storage';

/** The reader content script as built by WXT (`entrypoints/reader.content`, runtime registration). */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';

/**
 * Make sure the reader content script runs in the tab's top frame. It is never in the manifest:
 * it is injected on demand, which needs the user's `activeTab` grant (toolbar button, shortcut or
 * context menu).
 *
 * The worker notes each injection per tab (session storage, dropped when the tab loads a page), so
 * a tab it injected needs no probe, and a tab it did not is injected at once: the script checks a
 * flag in its isolated world and leaves a copy already there alone. That saves the probe's round
 * trip to the tab on the popup's first reading of a page (one `executeScript` call instead of
 * two). A note gone stale (the tab loaded another page as the note was written) is caught by
 * `callContentScript`.
 */
export function ensureContentScript(tabId: number): Promise<void> {
  // Calls racing for one tab (the popup reading the page while the shortcut opens the reader)
  // share one injection: a second copy of the script would replace the first one's listeners.
  const pending = inFlight.get(tabId);
  if (pending) return pending;
  const injection = inject(tabId).finally(() => inFlight.delete(tabId));
  inFlight.set(tabId, injection);
  return injection;
}

/** Injections under way. Not state that matters: losing it with the worker only costs a probe. */
const inFlight = new Map<number, Promise<void>>();

async function inject(tabId: number): Promise<void> {
  if (await hasReaderScript(tabId)) return;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [READER_SCRIPT_FILE],
  });
  await noteReaderScript(tabId, true);
}

/** The browser's words when a tab has no listener for a message (no content script there). */
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;

/**
 * Call the tab's reader script, injecting it first when needed (`ready`: an injection the caller
 * already started). When the note said the script was there but the page has none (it was
 * replaced as the note was written), the note is dropped, the script injected and the call made
 * once more.
 */
export async function callContentScript<T>(
  tabId: number,
  call: () => Promise<T>,
  ready: Promise<void> = ensureContentScript(tabId),
): Promise<T> {
  await ready;
  try {
    return await call();
  } catch (error) {
    if (!NO_RECEIVER.test(error instanceof Error ? error.message : String(error))) throw error;
    await noteReaderScript(tabId, false);
    await ensureContentScript(tabId);
    return call();
  }
}
