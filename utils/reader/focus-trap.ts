/**
 * Keyboard focus kept inside a modal (the reader view): Tab from the last control goes to the
 * first, Shift+Tab from the first to the last, and focus that is outside (on the scroller, or
 * lost) enters at the first control. Works inside a shadow root.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** True when Tab can reach `el`: rendered, not hidden, not inert, not in a closed `<details>`. */
function reachable(el: HTMLElement): boolean {
  if (el.closest('[hidden], [inert]') || el.getClientRects().length === 0) return false;
  const closed = el.closest('details:not([open])');
  // The content of a closed <details> keeps its boxes in Chromium, but Tab skips it.
  if (closed && !(el.tagName === 'SUMMARY' && el.parentElement === closed)) return false;
  return (el as { checkVisibility?: () => boolean }).checkVisibility?.() ?? true;
}

/** The controls Tab visits inside `root`, in document order (hidden ones left out). */
export function focusableIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(reachable);
}

/** The element that has focus in `root`'s tree (its shadow root, closed ones too, or document). */
export function activeElementOf(root: Node): Element | null {
  const tree = root.getRootNode() as Document | ShadowRoot;
  return tree.activeElement ?? null;
}

/**
 * Handle a Tab key press inside the modal `root`: returns true when it moved focus itself (the
 * caller then prevents the browser's own move out of the modal).
 */
export function trapTab(root: HTMLElement, backwards: boolean): boolean {
  const items = focusableIn(root);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return false;
  const active = activeElementOf(root);
  const inside = active !== null && items.includes(active as HTMLElement);
  if (!inside) {
    (backwards ? last : first).focus();
    return true;
  }
  if (!backwards && active === last) {
    first.focus();
    return true;
  }
  if (backwards && active === first) {
    last.focus();
    return true;
  }
  return false;
}
