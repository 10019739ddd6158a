/**
 * Small, cached DOM measurements shared by the clutter rules. The rules run on Readability's
 * article fragment (a few hundred elements), once per element, so each measurement is computed at
 * most once per element.
 */

const textCache = new WeakMap<Element, string>();
const linkCache = new WeakMap<Element, number>();

/** Upper-case tag name (XHTML documents report lower case). */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Visible-ish text of an element, whitespace collapsed. */
export function textOf(el: Element): string {
  let t = textCache.get(el);
  if (t === undefined) {
    t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    textCache.set(el, t);
  }
  return t;
}

/** Length of the text inside links, whitespace collapsed. */
export function linkTextLength(el: Element): number {
  let n = linkCache.get(el);
  if (n === undefined) {
    n = 0;
    const links = tagOf(el) === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
    for (const a of links) n += textOf(a).length;
    linkCache.set(el, n);
  }
  return n;
}

/** Share of the element's text that sits inside links (0 for an empty element). */
export function linkDensity(el: Element): number {
  const len = textOf(el).length;
  return len ? Math.min(1, linkTextLength(el) / len) : 0;
}

/** Number of words in the element's text. */
export function wordsOf(el: Element): number {
  const t = textOf(el);
  return t ? t.split(' ').length : 0;
}

/** `id`, `class` and a few naming attributes, lower-cased: what class/id patterns look at. */
const namesCache = new WeakMap<Element, string>();

export function namesOf(el: Element): string {
  let names = namesCache.get(el);
  if (names === undefined) {
    names = readNames(el);
    namesCache.set(el, names);
  }
  return names;
}

function readNames(el: Element): string {
  const parts = [
    el.getAttribute('id'),
    el.getAttribute('class'),
    el.getAttribute('role'),
    el.getAttribute('aria-label'),
    el.getAttribute('data-component'),
    el.getAttribute('data-module'),
    el.getAttribute('data-type'),
  ];
  return parts.filter(Boolean).join(' ').toLowerCase();
}

/** Elements that belong to the story and that no rule may remove. */
const STORY_TAGS = new Set([
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'PRE',
  'CODE',
  'PICTURE',
  'IMG',
  'VIDEO',
  'AUDIO',
  'MATH',
]);

/** Tables, figures, captions, quotes, code: never clutter, whatever their class says. */
export function isStoryElement(el: Element): boolean {
  return STORY_TAGS.has(tagOf(el));
}

/** A sentence-like paragraph of prose: long enough, few links, ends like a sentence. */
export function isProse(el: Element): boolean {
  const text = textOf(el);
  return wordsOf(el) >= 25 && linkDensity(el) < 0.3 && /[.!?…"”’)]$/.test(text);
}

/** Headings, including the bold one-liners some sites use as headings. */
export function isHeading(el: Element): boolean {
  return /^H[1-6]$/.test(tagOf(el));
}

const lengths = new WeakMap<Element, number>();

/**
 * Raw text length of every element under `root`, in one post-order pass: O(n), where calling
 * `textContent` on each element would cost O(n × depth). Rules use it to skip long blocks early.
 */
export function measure(root: Element): number {
  const visit = (el: Element): number => {
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').length;
      else if (c.nodeType === 1) n += visit(c as Element);
    }
    lengths.set(el, n);
    return n;
  };
  return visit(root);
}

/** Raw text length (whitespace included) of `el`, from `measure` when available. */
export function lengthOf(el: Element): number {
  let n = lengths.get(el);
  if (n === undefined) {
    n = (el.textContent ?? '').length;
    lengths.set(el, n);
  }
  return n;
}

/**
 * Is the collapsed text of `el` longer than `limit`? Decided from the raw length when it can be
 * (raw ≥ collapsed); whitespace-heavy markup (indented menus) is measured exactly, unless its raw
 * length is so large that no amount of indentation explains it.
 */
export function exceeds(el: Element, limit: number, exact = false): boolean {
  const raw = lengthOf(el);
  if (raw <= limit) return false;
  if (!exact && raw > 8 * limit + 2000) return true;
  return textOf(el).length > limit;
}

/**
 * Is there nothing left after `el` up to the end of `root`: no text and no media (removed blocks'
 * placeholders do not count)? Headings and lead-ins with nothing after them introduced clutter.
 */
export function nothingAfter(el: Element, root: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    for (let s = cur.nextElementSibling; s; s = s.nextElementSibling) {
      if (s.hasAttribute('data-tidings-removed')) continue;
      // Read afresh: blocks removed inside `s` are still in its cached text.
      if (s.textContent?.trim() || s.querySelector('img, picture, video, iframe, svg'))
        return false;
    }
  }
  return true;
}
