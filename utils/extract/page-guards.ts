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

/** What one walk over the page found: its size, and what the other checks need to know. */
export interface PageSurvey {
  /** Deepest element nesting (more than the limit when the walk stopped there). */
  depth: number;
  /** Elements (more than the limit when the walk stopped there). */
  elements: number;
  /**
   * Characters of the body's text: all of it when that is within the limit, else counted again
   * outside scripts and styles up to just past the limit (0 when the walk stopped at a limit).
   */
  text: number;
  /** Frames and embedded documents (`iframe`, `frame`, `object[data]`, `embed[src]`). */
  frames: number;
  /** `<embed>` elements, and whether the only one shows a PDF. */
  embeds: number;
  pdfEmbed: boolean;
  /** `<base>` elements anywhere in the page. */
  bases: number;
  /** The page's `<meta>` and `<link>` elements and its JSON-LD scripts, in document order. */
  metas: Element[];
  links: Element[];
  jsonLd: Element[];
}

const surveys = new WeakMap<Document, PageSurvey>();

/**
 * One walk over the whole page, iterative and stopped at the limits, that every check below, the
 * copy and the metadata read (under jsdom each `querySelectorAll` or tree walk over a page costs
 * about 1 ms, and these were eight). Kept per document until `fresh` asks for a new look: an
 * extraction starts with one, since a live page changes (a single-page app's navigation).
 */
export function surveyPage(
  doc: Document,
  options: { limits?: { depth: number; elements: number; text: number }; fresh?: boolean } = {},
): PageSurvey {
  const limits = options.limits ?? { depth: MAX_DEPTH, elements: MAX_ELEMENTS, text: MAX_TEXT };
  const usual =
    limits.depth === MAX_DEPTH && limits.elements === MAX_ELEMENTS && limits.text === MAX_TEXT;
  const cached = usual && !options.fresh ? surveys.get(doc) : undefined;
  if (cached) return cached;
  const survey: PageSurvey = {
    depth: 0,
    elements: 0,
    text: 0,
    frames: 0,
    embeds: 0,
    pdfEmbed: false,
    bases: 0,
    metas: [],
    links: [],
    jsonLd: [],
  };
  const root = doc.documentElement;
  if (root) {
    const body = doc.body;
    let inBody = 0;
    let depth = 0;
    let node: Element | null = root;
    while (node) {
      const el: Element = node;
      survey.elements++;
      if (depth > survey.depth) survey.depth = depth;
      if (survey.depth > limits.depth || survey.elements > limits.elements) break;
      if (el === body) inBody = depth + 1;
      switch (el.localName) {
        case 'iframe':
        case 'frame':
          if (inBody) survey.frames++;
          break;
        case 'object':
          if (inBody && el.hasAttribute('data')) survey.frames++;
          break;
        case 'embed':
          if (!inBody) break;
          if (el.hasAttribute('src')) survey.frames++;
          survey.embeds++;
          survey.pdfEmbed = survey.embeds === 1 && /pdf/i.test(el.getAttribute('type') ?? '');
          break;
        case 'base':
          survey.bases++;
          break;
        case 'meta':
          survey.metas.push(el);
          break;
        case 'link':
          survey.links.push(el);
          break;
        case 'script':
          if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json')
            survey.jsonLd.push(el);
          break;
      }
      const child: Element | null = el.firstElementChild;
      if (child) {
        node = child;
        depth++;
        continue;
      }
      let up: Element | null = el;
      while (up && up !== root && !up.nextElementSibling) {
        up = up.parentElement;
        depth--;
      }
      // Back above the body: what follows is outside it.
      if (depth < inBody) inBody = 0;
      node = up && up !== root ? up.nextElementSibling : null;
    }
    // The body's whole text is a bound (a string the DOM builds without a walk here); only a page
    // over the limit is counted again without its scripts and styles.
    if (body && survey.depth <= limits.depth && survey.elements <= limits.elements) {
      const all = body.textContent?.length ?? 0;
      survey.text = all > limits.text ? textLength(body, limits.text) : all;
    }
  }
  if (usual) surveys.set(doc, survey);
  return survey;
}

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
  const body = doc.body;
  const survey = surveyPage(doc, { limits: { ...limits, text: MAX_TEXT } });
  if (isPdf(doc, survey)) {
    return 'This is a PDF document: clean view reads web pages, not PDFs. Use the browser’s PDF viewer to read it.';
  }
  if (body?.localName === 'frameset' || (!body && root.getElementsByTagName('frameset').length)) {
    return 'This page is made of frames: clean view reads one page at a time. Open the frame you want to read on its own.';
  }
  if (body && survey.frames > 0 && visibleText(body).length < 100) {
    return 'This page only shows other pages inside frames: clean view cannot read them from here. Open the framed page on its own.';
  }
  if (survey.depth > limits.depth) {
    return `This page nests its elements more than ${limits.depth.toLocaleString('en')} deep, too deep to copy safely, so clean view gave up.`;
  }
  if (survey.elements > limits.elements) {
    return `This page has more than ${limits.elements.toLocaleString('en')} elements, too many to read safely, so clean view gave up.`;
  }
  if (body && survey.text > MAX_TEXT) {
    return `This page has more than ${MAX_TEXT.toLocaleString('en')} characters of text, too much to show at once, so clean view gave up.`;
  }
  return null;
}

/** The text nodes' values under `root` outside scripts and styles, in order, until `done` says so. */
function readerText(root: Element, each: (value: string) => boolean): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode as Element | null;
    if (parent && /^(script|style|noscript|template)$/i.test(parent.localName)) continue;
    if (each(n.nodeValue ?? '')) return;
  }
}

/** The body's text outside scripts and styles, whitespace collapsed, its first ~200 characters. */
function visibleText(body: HTMLElement): string {
  let text = '';
  readerText(body, (value) => {
    const t = value.replace(/\s+/g, ' ').trim();
    if (t) text += `${t} `;
    return text.length >= 200;
  });
  return text.trim();
}

/** Characters of text under `root` outside scripts and styles, counted up to just past `limit`. */
function textLength(root: Element, limit: number): number {
  let length = 0;
  readerText(root, (value) => (length += value.length) > limit);
  return length;
}

/** A PDF: by its content type, or the browser's viewer page (one `<embed>` of a PDF). */
function isPdf(doc: Document, survey: PageSurvey): boolean {
  if (doc.contentType === 'application/pdf') return true;
  return survey.embeds === 1 && survey.pdfEmbed && visibleText(doc.body as HTMLElement).length < 20;
}
