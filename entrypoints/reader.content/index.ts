import { defineContentScript } from 'wxt/utils/define-content-script';
import chipsCss from '@/components/entity-chips.css?inline';
import autoBarCss from '@/components/reader/auto-clean-bar.css?inline';
import readerCss from '@/components/reader/reader.css?inline';
import { ReaderController } from './reader-controller';

export default defineContentScript({
  // Not in the manifest: the background injects it on demand (activeTab + scripting).
  registration: 'runtime',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const flags = globalThis as { __tidingsReader?: boolean };
    if (flags.__tidingsReader) return;
    flags.__tidingsReader = true;
    ctx.onInvalidated(() => {
      flags.__tidingsReader = false;
    });
    new ReaderController(ctx, `${readerCss}\n${chipsCss}\n${autoBarCss}`).start();
  },
});
