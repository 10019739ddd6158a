import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import { onMessage, sendMessage } from '@/utils/messaging';
import {
  toArticleContent,
  toPageText,
  type Article,
  type Reading,
  type ReaderSettings,
} from '@/utils/model';
import { getReaderSettings, readerShadowMode } from '@/utils/storage';
import { ReaderApp, type HighlightRequest } from './App';
import { PageExtraction } from './page-extraction';
import { addReaderFont } from './reader-font';
import { trapTab } from '@/utils/reader/focus-trap';

/**
 * Events a page script could synthesize to drive the reader (press Save, change a setting, close
 * it): inside the reader only the user's own (`isTrusted`) events are acted on.
 */
const GUARDED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'toggle', 'focusin', 'beforeinput',
] as const; // prettier-ignore

/** Stop every untrusted event at the reader's container, before any handler inside sees it. */
function dropUntrustedEvents(root: HTMLElement): void {
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
  }
}

/** Hides the page in print while the reader shows, so print gives the article alone. */
const PRINT_CSS = '@media print { body { display: none !important; } }';

type Shown = Pick<OpenReader, 'article' | 'forced' | 'reading' | 'auto'>;

interface OpenReader {
  ui: ShadowRootContentScriptUi<void>;
  /** Notices the page removing the reader's host element. */
  watch: MutationObserver;
  article: Article;
  /** Shown by clean view "anyway": the page does not read as an article. */
  forced: boolean;
  /** The worker's reading when it came with the request, else the reader asks for it. */
  reading: Reading | null;
  restorePage: () => void;
  highlight: HighlightRequest | null;
  /** Opened by itself (automatic clean view on this site). */
  auto: { site: string } | null;
}

/**
 * The reader view in the page: opens it over the page in a shadow root, closes it leaving the
 * page exactly as it was, and answers the background's messages.
 */
export class ReaderController {
  private open: OpenReader | null = null;
  private settings: Promise<ReaderSettings>;
  /** Closed, unless the e2e tests opened it; read with the settings, so mounting never waits. */
  private readonly shadowMode = readerShadowMode();
  private readonly extraction = new PageExtraction();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly css: string,
  ) {
    // Read settings as soon as the script is injected: the reader must paint without waiting.
    this.settings = getReaderSettings();
  }

  /** Register message handlers and the Escape key. */
  start(): void {
    const offs = [
      onMessage(
        'readPage',
        ({ force }) => toPageText(this.extraction.result(force === true)),
        'background',
      ),
      onMessage(
        'getArticleContent',
        ({ force }) => {
          const result = this.extraction.result(force === true);
          return result.isArticle ? toArticleContent(result) : null;
        },
        'background',
      ),
      onMessage(
        'showReader',
        ({ open, force, reading, auto }) => this.show(open, force, reading, auto),
        'background',
      ),
      onMessage('highlightMentions', ({ names }) => this.highlight(names), 'background'),
    ];
    // A history-API navigation: the next request extracts the new page, and the worker's
    // reading of the old one is dropped.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (this.extraction.invalidate()) {
        sendMessage('pageChanged', { url: location.href }).catch(() => undefined);
      }
    });
    const onKey = (event: KeyboardEvent) => {
      // A synthetic key event from page script must not close or drive the reader.
      if (!event.isTrusted) return;
      if (!this.open || event.defaultPrevented) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.close();
      } else if (event.key === 'Tab' && document.activeElement !== this.open.ui.shadowHost) {
        // Focus is on the page under the reader (the browser gave it back after the popup
        // closed): Tab enters the reader, never the hidden page.
        const reader = this.open.ui.uiContainer.querySelector<HTMLElement>('.tr-reader');
        if (reader && trapTab(reader, event.shiftKey)) {
          event.preventDefault();
          event.stopPropagation();
        }
      }
    };
    window.addEventListener('keydown', onKey, true);
    this.ctx.onInvalidated(() => {
      offs.forEach((off) => off());
      window.removeEventListener('keydown', onKey, true);
      this.close();
    });
  }

  /** Requests run one at a time: a second one during mounting must not mount a second reader. */
  private queue: Promise<unknown> = Promise.resolve();

  private show(
    open: boolean | undefined,
    force: boolean | undefined,
    reading: Reading | undefined,
    auto?: { site: string },
  ): Promise<{ open: boolean; isArticle: boolean; reason?: string }> {
    const next = this.queue.then(() => this.showNow(open, force, reading, auto));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async showNow(
    open: boolean | undefined,
    force: boolean | undefined,
    reading: Reading | undefined,
    auto: { site: string } | undefined,
  ): Promise<{ open: boolean; isArticle: boolean; reason?: string }> {
    // The page removed the reader's element: clean up, so this request opens a fresh one.
    if (this.open && !this.open.ui.shadowHost.isConnected) this.close();
    if (this.open && open !== true) {
      this.close();
      return { open: false, isArticle: true };
    }
    if (this.open) return { open: true, isArticle: true };
    if (open === false) return { open: false, isArticle: false };

    const plain = this.extraction.result(false);
    const result = plain.isArticle ? plain : this.extraction.result(force === true);
    if (!result.isArticle) return { open: false, isArticle: false, reason: result.reason };
    // A reading sent along is only good for the page it was made from.
    const fits = reading && reading.article.url === result.url ? reading : null;
    await this.mount(
      { article: result, forced: !plain.isArticle, reading: fits, auto: auto ?? null },
      await this.settings,
    );
    return { open: true, isArticle: true };
  }

  private async mount(shown: Shown, settings: ReaderSettings): Promise<void> {
    const ui = await createShadowRootUi<void>(this.ctx, {
      name: 'tidings-reader',
      // Closed: page script cannot reach into the reader (read what is saved, press its buttons).
      mode: await this.shadowMode,
      position: 'modal',
      zIndex: 2147483647,
      // After <body>, not inside it: print hides the body and keeps the reader.
      anchor: 'html',
      append: 'last',
      css: this.css,
      // Keys typed in the reader must not trigger the page's own shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container, _shadow, host) => {
        host.setAttribute('data-tidings-reader', '');
        container.classList.add('tr-container');
        dropUntrustedEvents(container);
        this.renderInto(container, shown, settings);
      },
      onRemove: () => {
        // Unmount Preact so its effects (scroll, storage watch) stop.
        const container = ui.uiContainer;
        render(null, container);
      },
    });
    const restorePage = this.hidePage();
    const removeFont = addReaderFont();
    // A page that takes the reader's element away gets its scroll back at once.
    const watch = new MutationObserver(() => {
      if (this.open?.ui === ui && !ui.shadowHost.isConnected) this.close();
    });
    this.open = {
      ui,
      watch,
      ...shown,
      restorePage: () => {
        removeFont();
        restorePage();
      },
      highlight: null,
    };
    ui.mount();
    watch.observe(document.documentElement, { childList: true });
  }

  private renderInto(container: HTMLElement, shown: Shown, settings: ReaderSettings): void {
    render(
      h(ReaderApp, {
        article: shown.article,
        forced: shown.forced,
        initialReading: shown.reading,
        initialSettings: settings,
        highlight: this.open?.highlight ?? null,
        onHighlightChange: (highlight) => this.setHighlight(highlight),
        onClose: () => this.close(),
        auto: shown.auto && { site: shown.auto.site, onStop: () => this.stopAuto() },
      }),
      container,
    );
  }

  private setHighlight(highlight: HighlightRequest | null): void {
    if (!this.open) return;
    this.open.highlight = highlight;
    // Re-rendering with new props keeps the app's state (settings, analysis, restores).
    void this.settings.then((s) => {
      if (this.open) this.renderInto(this.open.ui.uiContainer, this.open, s);
    });
  }

  private async highlight(names: string[]): Promise<{ count: number }> {
    if (!this.open) return { count: 0 };
    const label = names[0] ?? '';
    this.open.highlight = { label, names };
    const s = await this.settings;
    this.renderInto(this.open.ui.uiContainer, this.open, s);
    const count = this.open.ui.uiContainer.querySelectorAll('mark[data-tidings-mention]').length;
    return { count };
  }

  /**
   * Lock the page's scroll under the reader, make it inert (no focus, not read out: the reader is
   * a modal) and hide it from print. Returns the undo: the attributes are put back exactly as
   * they were (absent stays absent) and focus goes back where it was.
   */
  private hidePage(): () => void {
    const root = document.documentElement;
    const body = document.body;
    const focused = document.activeElement;
    const before = {
      root: root.getAttribute('style'),
      body: body?.getAttribute('style') ?? null,
      inert: body?.getAttribute('inert') ?? null,
    };
    root.style.setProperty('overflow', 'hidden', 'important');
    body?.style.setProperty('overflow', 'hidden', 'important');
    // The reader's host is after <body>, so it stays interactive.
    body?.setAttribute('inert', '');

    // A constructed sheet adds no element to the page; fall back to <style> where the
    // content-script world cannot adopt sheets.
    let removePrintCss: () => void;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(PRINT_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      removePrintCss = () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      const style = document.createElement('style');
      style.textContent = PRINT_CSS;
      (document.head ?? root).append(style);
      removePrintCss = () => style.remove();
    }

    return () => {
      removePrintCss();
      restoreAttr(root, 'style', before.root);
      if (body) {
        restoreAttr(body, 'style', before.body);
        restoreAttr(body, 'inert', before.inert);
      }
      if (focused instanceof HTMLElement && focused.isConnected)
        focused.focus({ preventScroll: true });
    };
  }

  /**
   * Close the reader. One that opened by itself leaves the page original in this tab (the worker
   * keeps that, reloads included), so closing it never brings it back.
   */
  private close(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    open.watch.disconnect();
    open.ui.remove();
    open.restorePage();
    if (open.auto) {
      sendMessage('keepOriginal', { url: location.href }).catch(() => undefined);
    }
  }

  /** "Stop on this site": the worker turns it off for the site; the original is shown. */
  private stopAuto(): void {
    if (!this.open?.auto) return;
    this.open.auto = null;
    sendMessage('stopAutoClean', { url: location.href }).catch(() => undefined);
    this.close();
  }
}

function restoreAttr(el: Element, name: string, value: string | null): void {
  // Chrome writes `el.style` changes back to the attribute lazily; reading it first makes the
  // removal final (otherwise the next read brings back an empty `style=""`).
  el.getAttribute(name);
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
