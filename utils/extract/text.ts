/**
 * Block-aware plain text from a DOM node: a line break between paragraphs, list items, headings,
 * table rows… Readability's `textContent` glues adjacent blocks ("Step 1Measure"), which breaks
 * word counts, sentence splitting and the benchmark's token shingles.
 */

import type { BlockRole, TextBlock } from './types';

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

/** Marks a table cell's edges inside a line while it is built (never in any text out). */
const CELL_EDGE = '\u001f';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Visible text of `node` with block boundaries kept as line breaks. Whitespace inside a line is
 * collapsed (except in `<pre>`), empty lines are dropped, elements marked `hidden` are skipped.
 */
export function blockText(node: Node): string {
  return textBlocks(node)
    .map((b) => b.text)
    .join('\n');
}

/**
 * The lines of {@link blockText} (the same lines, in the same order), each with the role of the block
 * it comes from: story paragraph, heading, caption, credit, quote, list item, table row or
 * embed/player text. Roles come from the markup (`<figcaption>`, `<blockquote>`, a `caption` or
 * `credit` class…); the NLP reads the words of a line too (utils/nlp/furniture.ts).
 */
export function textBlocks(node: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const alts = imageAlts(node);
  let line = '';
  let lineRole: BlockRole | null = null;
  const collapse = (text: string): string => text.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
  const flush = (): void => {
    const hasCells = line.includes(CELL_EDGE);
    const trimmed = collapse(hasCells ? line.replaceAll(CELL_EDGE, ' ') : line);
    if (trimmed) {
      let role = lineRole ?? 'paragraph';
      // A caption often repeats its image's alt text, whatever markup the page gives it (the
      // Guardian's captions come out of Readability as list items).
      if ((role === 'paragraph' || role === 'list') && alts.size && repeatsAlt(trimmed, alts))
        role = 'caption';
      const cells = hasCells ? line.split(CELL_EDGE).map(collapse).filter(Boolean) : [];
      blocks.push(cells.length > 1 ? { role, text: trimmed, cells } : { role, text: trimmed });
    }
    line = '';
    lineRole = null;
  };
  const append = (text: string, role: BlockRole): void => {
    // A line takes the role of its first visible words ("<p>Text <span class=credit>…</span></p>"
    // is a paragraph; "<figcaption>Caption <b>name</b></figcaption>" a caption).
    if (lineRole === null && /\S/.test(text)) lineRole = role;
    line += text;
  };
  const walk = (n: Node, inPre: boolean, role: BlockRole): void => {
    if (n.nodeType === TEXT_NODE) {
      const value = n.nodeValue ?? '';
      if (!inPre) {
        append(value, role);
        return;
      }
      // Keep the line structure of preformatted text.
      const parts = value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) flush();
        append(part, role);
      });
      return;
    }
    if (n.nodeType !== ELEMENT_NODE) {
      if (n.nodeType === 9 || n.nodeType === 11) {
        for (let c = n.firstChild; c; c = c.nextSibling) walk(c, inPre, role);
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
    const own = blockRole(el, tag, role);
    if (tag === 'TD' || tag === 'TH') {
      line += CELL_EDGE;
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, inPre, own);
      line += CELL_EDGE;
      return;
    }
    if (tag === 'IMG') {
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const pre = inPre || tag === 'PRE';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, pre, own);
    if (block) flush();
  };
  walk(node, false, 'paragraph');
  flush();
  return blocks;
}

const normAlt = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s.,;:!?]+$/, '')
    .trim();

/** The alt texts of the images under `node` long enough to be a caption's words (20+ characters). */
function imageAlts(node: Node): Set<string> {
  const out = new Set<string>();
  const root = node as Partial<ParentNode>;
  if (typeof root.querySelectorAll !== 'function') return out;
  for (const img of Array.from(root.querySelectorAll('img[alt]'))) {
    const alt = normAlt(img.getAttribute('alt') ?? '');
    if (alt.length >= 20) out.add(alt);
  }
  return out;
}

/**
 * The line is an image's alt text, starts with one (a caption followed by its credit), or shares most
 * of its words with one (captions and alts are often edited apart: "back yard" / "backyard").
 */
function repeatsAlt(line: string, alts: Set<string>): boolean {
  const n = normAlt(line);
  if (alts.has(n)) return true;
  const words = new Set(n.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  if (words.size > 80) return false;
  for (const alt of alts) {
    if (n.startsWith(alt) || (n.length >= 20 && alt.startsWith(n))) return true;
    if (words.size < 4) continue;
    let shared = 0;
    for (const w of alt.split(/[^\p{L}\p{N}]+/u)) if (words.has(w)) shared++;
    if (shared >= 0.6 * words.size) return true;
  }
  return false;
}

/** Roles that page furniture keeps for everything inside it (a list inside a caption is a caption). */
const FURNITURE: ReadonlySet<BlockRole> = new Set(['caption', 'credit', 'embed']);

// Class and id words of captions, credits and players. Matched on whole words of the attribute
// split at spaces, dashes and underscores, so "caption" finds "wp-caption-text" and "media__caption".
const CAPTION_WORD = /^(?:caption|captions|figcaption|cutline|legend|legende|bildunterschrift)$/;
const CREDIT_WORD =
  /^(?:credit|credits|copyright|photographer|attribution|courtesy|fotograf|bildnachweis)$/;
const EMBED_WORD =
  /^(?:player|videoplayer|jwplayer|brightcove|embed|embedded|tweet|twitter|instagram|tiktok|youtube|podcast|audioplayer|iframe)$/;
const QUOTE_WORD = /^(?:pullquote|pull|blockquote)$/;
/** A class-marked caption, credit or player holds a few lines; a whole story with such a class is not one. */
const MAX_FURNITURE_CHARS = 800;

/** The role of the lines inside `el`, given the role of its parent's lines. */
function blockRole(el: Element, tag: string, parent: BlockRole): BlockRole {
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return parent === 'credit' ? 'credit' : 'caption';
  // "<figure>…<figcaption>…</figcaption><cite>Name/Getty Images</cite></figure>".
  if (tag === 'CITE' && (parent === 'caption' || el.closest('figure'))) return 'credit';
  const words = attributeWords(el);
  const short = (): boolean => (el.textContent ?? '').length <= MAX_FURNITURE_CHARS;
  if (words.some((w) => CREDIT_WORD.test(w)) && short()) return 'credit';
  if (FURNITURE.has(parent)) return parent;
  if (tag === 'BLOCKQUOTE') return words.some((w) => EMBED_WORD.test(w)) ? 'embed' : 'quote';
  if (words.some((w) => CAPTION_WORD.test(w)) && short()) return 'caption';
  // Not on table rows and cells: "player-2020-580" marks a sports player's row in a standings table.
  if (words.some((w) => EMBED_WORD.test(w)) && !/^T[RDH]$/.test(tag) && short()) return 'embed';
  if (words.some((w) => QUOTE_WORD.test(w)) && short()) return 'quote';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  // A one-item list right after a figure is that figure's caption, moved out of it by Readability.
  if (
    (tag === 'UL' || tag === 'OL') &&
    el.previousElementSibling?.tagName.toUpperCase() === 'FIGURE' &&
    el.children.length === 1
  )
    return 'caption';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list';
  if (tag === 'TABLE') return 'table';
  return parent;
}

function attributeWords(el: Element): string[] {
  const attrs = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!attrs.trim()) return [];
  // "InlineImage-imageEmbedCaption" → inline, image, image, embed, caption.
  return attrs
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
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
