import { browser } from 'wxt/browser';

/** The reader content script as built by WXT (`entrypoints/reader.content`, runtime registration). */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';

/**
 * Make sure the reader content script runs in the tab's top frame. It is never in the manifest:
 * it is injected on demand, which needs the user's `activeTab` grant (toolbar button, shortcut or
 * context menu). The script sets a flag in its isolated world, so a second injection is skipped.
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
  const [probe] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: () => (globalThis as { __tidingsReader?: boolean }).__tidingsReader === true,
  });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [READER_SCRIPT_FILE],
  });
}
