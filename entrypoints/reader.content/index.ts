import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import chipsCss from '@/components/entity-chips.css?inline';
import autoBarCss from '@/components/reader/auto-clean-bar.css?inline';
import readerCss from '@/components/reader/reader.css?inline';
import { ReaderController } from './reader-controller';

/**
 * A content script context no page can end. WXT's own ends when a "script started" DOM event
 * names it, and page script can send that event (the audit closed the reader that way): this one
 * neither announces itself nor listens, and ends only when the extension itself is gone. (Made
 * from the running context's class: importing WXT's module at build time would run it in Node.)
 */
function readerContext(ctx: ContentScriptContext): ContentScriptContext {
  const Base = ctx.constructor as typeof ContentScriptContext;
  class ReaderContext extends Base {
    override stopOldScripts(): void {}
    override listenForNewerScripts(): void {}
  }
  return new ReaderContext('reader', ctx.options);
}

export default defineContentScript({
  // Not in the manifest: the background injects it on demand (activeTab + scripting).
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const flags = globalThis as { __tidingsReader?: boolean };
    if (flags.__tidingsReader) return;
    flags.__tidingsReader = true;
    const own = readerContext(ctx);
    // WXT's context ended: only a real end (the extension reloaded, updated or removed) ends ours.
    ctx.onInvalidated(() => {
      if (browser.runtime?.id == null) own.notifyInvalidated();
    });
    own.onInvalidated(() => {
      flags.__tidingsReader = false;
    });
    new ReaderController(own, `${readerCss}\n${chipsCss}\n${autoBarCss}`).start();
  },
});
