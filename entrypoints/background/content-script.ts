import { browser } from 'wxt/browser';

/** The reader content script as built by WXT (`entrypoints/reader.content`, runtime registration). */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';

/**
 * Make sure the reader content script runs in the tab's top frame. It is never in the manifest:
 * it is injected on demand, which needs the user's `activeTab` grant (toolbar button, shortcut or
 * context menu). The script sets a flag in its isolated world, so a second injection is skipped.
 */
export async function ensureContentScript(tabId: number): Promise<void> {
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
