import {
  decideArticle,
  decidePage,
  pageSignals,
  ruledOutByAddress,
} from '@/utils/auto-clean/article-signals';
import { sendMessageLight } from '@/utils/messaging-light';
import type { MessageReturn } from '@/utils/messaging';
import { PageCover } from './page-cover';

/** User Timing measure of each decision on a page (read by the benchmark). */
export const DETECT_MEASURE = 'tidings:detect';
/**
 * User Timing mark of what the detector did on a page, `tidings:auto-clean:<outcome>` (read by
 * the tests and the benchmark): `off` (not on here), `original` (kept original in this tab),
 * `not-article`, `back-forward`, `opened`, `not-opened` (the reader found no article), `failed`.
 */
const OUTCOME_MARK = 'tidings:auto-clean:';

/** Longest the page stays hidden after DOMContentLoaded while the reader opens. */
const MAX_COVER_AFTER_READY_MS = 1500;
/** Longest the page stays hidden at all (a page slow to load shows as it loads after this). */
const MAX_COVER_MS = 4000;
/** A single-page app's new page: quiet this long after its URL changed, it is taken as drawn. */
const SPA_QUIET_MS = 400;
const SPA_WAIT_MAX_MS = 3000;

type State = MessageReturn<'getAutoCleanState'>;

/**
 * On each page of a chosen site: asks the worker whether clean view opens by itself here, keeps
 * the page hidden while that is undecided, decides from the page itself whether it is an
 * article, and only then asks the worker to inject the reader (the heavy code) and open it.
 * Never on a back/forward navigation; history-API navigations after a click are followed.
 */
export class Detector {
  private readonly cover = new PageCover();

  start(): void {
    this.followNavigations();
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    // Back/forward shows the page as the reader left it: clean view never opens by itself there.
    if (nav?.type === 'back_forward') return outcome('back-forward');
    // Images, PDFs and other files the browser shows in a page of its own are no articles.
    if (document.contentType !== 'text/html' || ruledOutByAddress(location)) {
      return outcome('not-article');
    }

    this.cover.show();
    this.cover.liftWithin(MAX_COVER_MS);
    const url = location.href;
    const state = sendMessageLight('getAutoCleanState', { url }).catch(() => null);
    void state.then((s) => {
      if (!s?.mode || s.original) this.cover.lift();
    });
    // Once the head is parsed (the body starts), what it declares may already rule the page out:
    // it is then shown as it loads, not at DOMContentLoaded.
    whenBodyStarts(() => {
      void state.then((s) => {
        if (!s?.mode) return;
        const early = decideArticle(pageSignals(document, location, { readerable: false }), s.mode);
        if (early.article === false) this.cover.lift();
      });
    });
    whenReady(() => void this.openIfArticle(url, state));
  }

  /** At DOMContentLoaded: the decision on the whole page, then the reader or the original. */
  private async openIfArticle(
    url: string,
    state: Promise<State | null>,
    afterNavigation = false,
  ): Promise<void> {
    let result = 'failed';
    try {
      const s = await state;
      if (location.href !== url) return;
      if (!s?.mode || s.original) {
        result = s?.original ? 'original' : 'off';
        return;
      }
      const start = performance.now();
      const decision = decidePage(document, location, s.mode, { afterNavigation });
      performance.measure(DETECT_MEASURE, { start, end: performance.now() });
      result = 'not-article';
      if (!decision.article) return;
      this.cover.liftWithin(MAX_COVER_AFTER_READY_MS);
      result = 'failed';
      const { open } = await sendMessageLight('openAutoCleanView', { url });
      result = open ? 'opened' : 'not-opened';
    } catch {
      // The worker could not open the reader: the original page is what the reader gets.
    } finally {
      this.cover.lift();
      outcome(result);
    }
  }

  /**
   * Follow a single-page app's navigations (history API) that follow a click: its next page is
   * decided once it is drawn. Navigations without the reader's gesture (a story that rewrites the
   * address as it scrolls), back/forward and anchors are not followed.
   */
  private followNavigations(): void {
    let last = location.href;
    let traversal = false;
    const changed = () => {
      const wasTraversal = traversal;
      traversal = false;
      const now = location.href;
      if (now.split('#')[0] === last.split('#')[0]) return;
      last = now;
      if (!wasTraversal && navigator.userActivation?.isActive !== false) {
        void this.afterNavigation(now);
      }
    };
    addEventListener('popstate', () => {
      traversal = true;
    });
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (navigation) {
      navigation.addEventListener('navigatesuccess', () => changed());
      navigation.addEventListener('navigate', (event) => {
        const type = (event as Event & { navigationType?: string }).navigationType;
        if (type === 'traverse') traversal = true;
      });
    } else {
      setInterval(changed, 1000);
    }
  }

  private async afterNavigation(url: string): Promise<void> {
    await domQuiet();
    if (location.href !== url || document.querySelector('[data-tidings-reader]')) return;
    const state = await sendMessageLight('getAutoCleanState', { url }).catch(() => null);
    await this.openIfArticle(url, Promise.resolve(state), true);
  }
}

function outcome(name: string): void {
  performance.mark(OUTCOME_MARK + name);
}

function whenReady(run: () => void): void {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run, { once: true });
  } else run();
}

function whenBodyStarts(run: () => void): void {
  if (document.body) return run();
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    run();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Resolves once the page has stopped changing for a moment (or after a limit). */
function domQuiet(): Promise<void> {
  return new Promise((done) => {
    let timer = setTimeout(finish, SPA_QUIET_MS);
    const limit = setTimeout(finish, SPA_WAIT_MAX_MS);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(finish, SPA_QUIET_MS);
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      done();
    }
  });
}
