import { defineRule } from './types';
import { exceeds, isHeading, linkDensity, tagOf, textOf, wordsOf } from './dom';
import { isHeadingLike } from './navigation';

const TAGS_LINE =
  /^(tags?|topics?|filed (under|in)|categories|category|keywords|more on|more about|see more|posted in|published in|sections?)\s*:/i;
/** Site notices: citation requests, reuse notices, "this material may not be…" kept by the story. */
const BOILERPLATE =
  /^(citation:|this (document|article|story) is subject to copyright|the contents of this site are ©|©\s*\d{4} [\p{L} .,]+\. all rights reserved\.?$)/iu;
/** The publisher's postal address and phone numbers, as site footers print them. */
const ADDRESS =
  /\b\d{3}[-. )]\s?\d{3}[-. ]\d{4}\s*(tel|fax|phone)\b|\b(tel|fax|phone)\.?:?\s*\+?\(?\d{2,4}\)?[-. ]\d{3}/i;

/**
 * Boilerplate after the last paragraph of the story: link lists and tag lines ("Tags: NATO,
 * Washington"), section links, copyright notices. Judged by link density, the classic cue for
 * navigation text. Checked on the trailing blocks only.
 */
export const trailingBoilerplate = defineRule({
  name: 'trailing-boilerplate',
  match(el, ctx) {
    const words = wordsOf(el);
    if (words === 0) return null;
    const text = textOf(el);
    if (words <= 40 && (TAGS_LINE.test(text) || BOILERPLATE.test(text) || ADDRESS.test(text)))
      return [el];
    // A link roundup is the story itself: link blocks may not hold a big share of the text.
    if (exceeds(el, 0.25 * ctx.rootTextLength, true)) return null;
    const tag = tagOf(el);
    const density = linkDensity(el);
    // Links with words (an image link or an empty one is no item of a list).
    const links = Array.from(el.getElementsByTagName('a')).filter((a) => textOf(a)).length;
    if (words <= 100 && density >= 0.6 && links >= 2) return [el];
    // A list of links whose items are headlines.
    if ((tag === 'UL' || tag === 'OL') && density >= 0.5 && words <= 150) return [el];
    return null;
  },
});

/**
 * A heading with nothing under it to the end of the article ("About the Author", "Holiday Gift
 * Guides", "RECENT ARTICLES", "Zac Hall's favorite gear"): it introduced clutter, which this
 * cleaning or Readability itself took away (a box of product images, a list of links). A story
 * never ends on a heading (`<h1>`–`<h6>`). Checked on the trailing blocks only, walking back from
 * the end, so what followed it was already judged.
 */
export const danglingHeading = defineRule({
  name: 'dangling-heading',
  limits: { maxWords: 10, maxChars: 100 },
  match(el, ctx) {
    if (!isHeadingLike(el) && !isCapitalsLine(textOf(el))) return null;
    // Nothing with text or media is left after it, to the end (removed blocks leave an empty
    // placeholder). A bold or capitals line can close a story ("The author teaches law at…", a
    // reprint notice): it counts as a heading only when clutter was removed after it.
    let removed = false;
    for (let cur: Element | null = el; cur && cur !== ctx.root; cur = cur.parentElement) {
      for (let s = cur.nextElementSibling; s; s = s.nextElementSibling) {
        // Read afresh: what was removed inside `s` is still in its cached text.
        if (s.hasAttribute('data-tidings-removed') || s.querySelector('[data-tidings-removed]'))
          removed = true;
        if (s.textContent?.trim() || s.querySelector('img, picture, video, iframe, svg'))
          return null;
      }
    }
    return removed || isHeading(el) ? [el] : null;
  },
});

/** A short line set in capitals (a heading made of a styled paragraph), in a cased script. */
function isCapitalsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return (
    letters.length >= 4 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase() &&
    !/[.!?]$/.test(text)
  );
}
