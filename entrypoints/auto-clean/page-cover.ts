/**
 * Keeps an article's original page from showing for a frame before the reader covers it: its
 * body is hidden from the start of the page until the reader is on screen or the original is
 * what the reader gets. Lifted in every case (a decision, a failure, a time limit), so a page
 * is never left blank.
 */

/** Hides the body only: the reader mounts beside it, on `<html>`. */
const COVER_CSS = 'body { visibility: hidden !important; opacity: 0 !important; }';

export class PageCover {
  private lift_: (() => void) | null = null;

  /** Hide the page's body now (at document start, before anything of the page is painted). */
  show(): void {
    if (this.lift_) return;
    // A constructed sheet adds no element to the page; where the content-script world cannot
    // adopt sheets (Firefox), a <style> does the same.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(COVER_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      this.lift_ = () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      const root = document.documentElement;
      if (!root) return;
      const style = document.createElement('style');
      style.setAttribute('data-tidings-cover', '');
      style.textContent = COVER_CSS;
      root.prepend(style);
      this.lift_ = () => style.remove();
    }
  }

  /** Show the page again (idempotent). */
  lift(): void {
    const lift = this.lift_;
    this.lift_ = null;
    lift?.();
  }

  /** Lift at the latest after `ms`. */
  liftWithin(ms: number): void {
    setTimeout(() => this.lift(), ms);
  }
}
