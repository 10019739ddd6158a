/**
 * Block-aware plain text from a DOM node: a line break between paragraphs, list items, headings,
 * table rows… Readability's `textContent` glues adjacent blocks ("Step 1Measure"), which breaks
 * word counts, sentence splitting and the benchmark's token shingles.
 */

/** Elements that start and end a line of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is never visible text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Visible text of `node` with block boundaries kept as line breaks. Whitespace inside a line is
 * collapsed (except in `<pre>`), empty lines are dropped, elements marked `hidden` are skipped.
 */
export function blockText(node: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const trimmed = line.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
    if (trimmed) lines.push(trimmed);
    line = '';
  };
  const walk = (n: Node, inPre: boolean): void => {
    if (n.nodeType === TEXT_NODE) {
      const value = n.nodeValue ?? '';
      if (!inPre) {
        line += value;
        return;
      }
      // Keep the line structure of preformatted text.
      const parts = value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) flush();
        line += part;
      });
      return;
    }
    if (n.nodeType !== ELEMENT_NODE) {
      if (n.nodeType === 9 || n.nodeType === 11) {
        for (let c = n.firstChild; c; c = c.nextSibling) walk(c, inPre);
      }
      return;
    }
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden')) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'TD' || tag === 'TH') {
      line += ' ';
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, inPre);
      line += ' ';
      return;
    }
    if (tag === 'IMG') {
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const pre = inPre || tag === 'PRE';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, pre);
    if (block) flush();
  };
  walk(node, false);
  flush();
  return lines.join('\n');
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Scripts written without spaces between words: count characters instead. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Number of words in `text`; for Chinese/Japanese, about one word per two characters. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = cjk ? text.replace(CJK, ' ') : text;
  return (rest.match(WORD)?.length ?? 0) + Math.ceil(cjk / 2);
}

/** Average adult silent reading speed for non-fiction, words per minute. */
export const WORDS_PER_MINUTE = 230;

/** Reading time in whole minutes, at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
