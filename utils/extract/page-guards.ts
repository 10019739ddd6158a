/**
 * What clean view refuses before it copies a page, each with a reason a reader can act on:
 * documents that are not a web page of text (a frameset, a page of frames only, an SVG image, a
 * PDF), and pages too deep or too large to copy safely. A hostile page can build a 50,000-deep
 * subtree by script: copying it crashed Chromium's renderer, and under jsdom deep nesting
 * overflows the stack. Every check here is iterative and stops at its limit.
 */

/**
 * Deeper than this, an element tree is refused: real articles stay under 100 (88 at most over the
 * 1,047 benchmark pages) and Chromium's parser nests no deeper than 512, while Readability's time
 * grows with the square of the depth (jsdom: 200 levels 1.1 s, 500 levels 5.7 s).
 */
export const MAX_DEPTH = 256;
/**
 * More elements than this, a page is refused (a 10 MB news page has ~100,000); also given to
 * Readability as `maxElemsToParse`, so it stops on its own.
 */
export const MAX_ELEMENTS = 250_000;

/**
 * More characters of text than this (outside scripts and styles), a page is refused: the longest
 * real articles have ~300,000; a 10 MB page of text took Chromium 20 s to clean and show.
 */
export const MAX_TEXT = 2_000_000;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Why clean view cannot read this document, or null when it can try. */
export function pageRefusal(
  doc: Document,
  limits: { depth: number; elements: number } = { depth: MAX_DEPTH, elements: MAX_ELEMENTS },
): string | null {
  const root = doc.documentElement;
  if (!root) return 'This page is empty.';
  if (root.namespaceURI === SVG_NS || root.localName === 'svg') {
    return 'This is an SVG image, not a page of text: clean view has nothing to read here.';
  }
  if (isPdf(doc)) {
    return 'This is a PDF document: clean view reads web pages, not PDFs. Use the browser’s PDF viewer to read it.';
  }
  const body = doc.body;
  if (body?.localName === 'frameset' || (!body && root.getElementsByTagName('frameset').length)) {
    return 'This page is made of frames: clean view reads one page at a time. Open the frame you want to read on its own.';
  }
  if (body && framesOnly(body)) {
    return 'This page only shows other pages inside frames: clean view cannot read them from here. Open the framed page on its own.';
  }
  const size = treeSize(root, limits);
  if (size.depth > limits.depth) {
    return `This page nests its elements more than ${limits.depth.toLocaleString('en')} deep, too deep to copy safely, so clean view gave up.`;
  }
  if (size.elements > limits.elements) {
    return `This page has more than ${limits.elements.toLocaleString('en')} elements, too many to read safely, so clean view gave up.`;
  }
  if (body && textLength(body, MAX_TEXT) > MAX_TEXT) {
    return `This page has more than ${MAX_TEXT.toLocaleString('en')} characters of text, too much to show at once, so clean view gave up.`;
  }
  return null;
}

/** A PDF: by its content type, or the browser's viewer page (one `<embed>` of a PDF). */
function isPdf(doc: Document): boolean {
  if (doc.contentType === 'application/pdf') return true;
  const embeds = doc.body?.getElementsByTagName('embed');
  if (embeds?.length !== 1) return false;
  const type = embeds[0]?.getAttribute('type') ?? '';
  return /pdf/i.test(type) && visibleText(doc.body as HTMLElement).length < 20;
}

/** A body with frames and next to no text of its own. */
function framesOnly(body: HTMLElement): boolean {
  const frames = body.querySelectorAll('iframe, frame, object[data], embed[src]').length;
  return frames > 0 && visibleText(body).length < 100;
}

/** The body's text outside scripts and styles, whitespace collapsed, its first ~200 characters. */
function visibleText(body: HTMLElement): string {
  let text = '';
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && text.length < 200; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && /^(script|style|noscript|template)$/i.test(parent.localName)) continue;
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (t) text += `${t} `;
  }
  return text.trim();
}

/** Characters of text under `root` outside scripts and styles, counted up to just past `limit`. */
export function textLength(root: Element, limit = Infinity): number {
  let length = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && length <= limit; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && /^(script|style|noscript|template)$/i.test(parent.localName)) continue;
    length += n.nodeValue?.length ?? 0;
  }
  return length;
}

/**
 * Element count and depth of the tree under `root`, without recursion; stops as soon as either
 * passes its limit (the counts are then "more than").
 */
export function treeSize(
  root: Element,
  limits: { depth: number; elements: number } = { depth: MAX_DEPTH, elements: MAX_ELEMENTS },
): { depth: number; elements: number } {
  let depth = 0;
  let maxDepth = 0;
  let elements = 1;
  let node: Element | null = root.firstElementChild;
  if (node) depth = 1;
  while (node) {
    elements++;
    if (depth > maxDepth) maxDepth = depth;
    if (maxDepth > limits.depth || elements > limits.elements) break;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return { depth: maxDepth, elements };
}
