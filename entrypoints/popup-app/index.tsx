import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { App } from '../popup/App';
import { loadPopupStart, type PopupStart } from '../popup/popup-start';

/**
 * The popup's script, built as one file (an unlisted script) rather than as a page module: split
 * into the chunks it shares with the library page, it started ~9 ms later (four module requests
 * instead of one; headless Chromium, median of 8 opens: 50 ms after navigation vs 41 ms, against
 * 40 ms for a page whose script only sets a mark). Its styles are linked from `popup/index.html`.
 */

async function main(): Promise<void> {
  performance.mark('tidings:popup-start');
  // The tab and its kept reading (a few milliseconds): the first paint shows the article itself,
  // not an empty frame that a second paint fills.
  const start = await loadPopupStart().catch((): PopupStart => ({
    tabId: null,
    asPage: false,
    kept: null,
    title: '',
    current: null,
  }));
  performance.mark('tidings:popup-known');
  const root = document.getElementById('app');
  if (root) render(<App start={start} />, root);
}

export default defineUnlistedScript(() => {
  void main();
});
