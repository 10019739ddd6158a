import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Detector } from './detector';

/**
 * The automatic clean view detector: registered at run time (`scripting.registerContentScripts`,
 * at `document_start`) on the sites the reader chose only, never in the manifest. An unlisted
 * script, not a WXT content script: its wrapper would bring the webextension polyfill, and this
 * bundle must stay under 5 KB (it runs on every page of those sites).
 */
export default defineUnlistedScript(() => {
  const flags = globalThis as { __tidingsDetector?: boolean };
  if (flags.__tidingsDetector) return;
  flags.__tidingsDetector = true;
  new Detector().start();
});
