/**
 * Readability's readerable check, as Tidings runs it: on the extraction's inert copy and, before
 * any extraction, in the automatic clean view detector on the live page (both only read). A small
 * module of its own: the detector's bundle takes this without Readability itself.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * Readerability's visibility test from the attributes alone: cheaper than `node.style` (no CSS
 * parsing) and immune to jsdom's CSS parser errors.
 */
export function isVisibleByAttributes(node: Node): boolean {
  const el = node as Element;
  const style = el.getAttribute?.('style') ?? '';
  return (
    !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) &&
    !el.hasAttribute?.('hidden') &&
    (!el.hasAttribute?.('aria-hidden') || el.getAttribute('aria-hidden') !== 'true')
  );
}

/** Readability's cheap first look: enough paragraph-like text to be worth a parse. */
export function isReaderable(doc: Document): boolean {
  return isProbablyReaderable(doc, {
    minContentLength: 100,
    minScore: 20,
    visibilityChecker: isVisibleByAttributes,
  });
}
