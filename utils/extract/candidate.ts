/**
 * A second look at Readability's choice. Readability scores blocks by commas and length, so a
 * table of contacts or a long advertiser disclosure can outscore a short story. When what it chose
 * is mostly not story prose (a table, a list of links, a disclosure) and the page holds a block
 * with more story prose elsewhere, that block is the article.
 */
import { compilePhrases, LANGS } from './rules/phrases';
import { DISCLOSURE } from './rules/sponsored';
import { countWords } from './text';

const ALL_LANGS = new Set(LANGS);
let disclosureTest: RegExp | undefined;
function disclosure(): RegExp {
  disclosureTest ??= compilePhrases(DISCLOSURE, ALL_LANGS);
  return disclosureTest;
}

/** Containers whose prose is never the story. */
const NOT_STORY =
  /(^|[\s_-])(comments?|comment-?\w+|sidebar|footer|related|recirc\w*|nav|menu|disclosure|disclaimer|legal|newsletter|promo)($|[\s_-])/i;

/** Words, Chinese and Japanese counted as two characters a word (as `countWords` does). */
function words(text: string): number {
  return countWords(text);
}

function collapsed(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A paragraph of the story: running text, few links, not a disclosure, not in a table. */
function storyParagraph(block: Element, text: string, links: number): boolean {
  if (words(text) < 20 || links > 0.3 * text.length) return false;
  // A data table's cells are short; a layout table (old sites) holds long paragraphs.
  if (words(text) < 40 && block.closest('td, th')) return false;
  return !disclosure().test(text);
}

const BLOCK = /^(P|DIV|LI|TD|TH|BLOCKQUOTE|ARTICLE|SECTION|MAIN|DD|PRE|H[1-6])$/;
/** Text no reader sees. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA']);

/**
 * The paragraphs of `root` with their text: every block's own text, so that text split by `<br>`
 * inside a `<div>` counts as well as `<p>`s.
 */
function paragraphs(root: Element): Map<Element, { text: string; links: number }> {
  const out = new Map<Element, { text: string; links: number }>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    if (!value.trim()) continue;
    let block = n.parentElement;
    let inLink = false;
    let hidden = false;
    while (block && block !== root && !BLOCK.test(block.tagName.toUpperCase())) {
      const tag = block.tagName.toUpperCase();
      if (tag === 'A') inLink = true;
      if (INVISIBLE.has(tag)) hidden = true;
      block = block.parentElement;
    }
    if (!block || hidden || INVISIBLE.has(block.tagName.toUpperCase())) continue;
    const entry = out.get(block) ?? { text: '', links: 0 };
    entry.text += value;
    if (inLink) entry.links += value.trim().length;
    out.set(block, entry);
  }
  for (const entry of out.values()) entry.text = entry.text.replace(/\s+/g, ' ').trim();
  return out;
}

/** How much story prose `root` holds (characters of story paragraphs). */
export function storyProse(root: Element): number {
  let n = 0;
  for (const [block, { text, links }] of paragraphs(root)) {
    if (storyParagraph(block, text, links)) n += text.length;
  }
  return n;
}

/** A teaser's blurb: in a small block with a link of three words or more (its headline). */
function inCard(block: Element): boolean {
  let cur: Element | null = block.parentElement;
  for (let i = 0; cur && i < 3; i++, cur = cur.parentElement) {
    if (words(collapsed(cur)) > 100) return false;
    if (Array.from(cur.getElementsByTagName('a')).some((a) => words(collapsed(a)) >= 3))
      return true;
  }
  return false;
}

/** Inside a block named like comments, a footer, a sidebar…? */
function inNonStory(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.tagName.toUpperCase();
    if (tag === 'FOOTER' || tag === 'NAV' || tag === 'ASIDE') return true;
    const names = `${cur.getAttribute('id') ?? ''} ${cur.getAttribute('class') ?? ''}`;
    if (names.trim() && NOT_STORY.test(names)) return true;
  }
  return false;
}

/**
 * Is Readability's `content` mostly something else than a story: a data table, a list of links or
 * a disclosure? Cheap: reads only the chosen fragment.
 */
export function doubtfulChoice(content: Element): 'table' | 'disclosure' | 'links' | null {
  const text = collapsed(content);
  if (text.length < 200) return null;
  // Cheap first look: most of it in cells, in links, or a disclosure said somewhere.
  let cells = 0;
  for (const td of Array.from(content.querySelectorAll('td, th'))) cells += collapsed(td).length;
  let links = 0;
  for (const a of Array.from(content.getElementsByTagName('a'))) links += collapsed(a).length;
  const most = 0.5 * text.length;
  if (cells <= most && links <= 0.6 * text.length && !disclosure().test(text)) return null;
  let table = 0;
  let disclosed = 0;
  for (const [block, { text: t }] of paragraphs(content)) {
    // Data in cells (names, addresses, figures), not sentences laid out in a table.
    if (block.closest('td, th') && words(t) < 40 && !/[.!?…]$/.test(t)) table += t.length;
    else if (disclosure().test(t)) disclosed += t.length;
  }
  if (storyProse(content) >= most) return null;
  if (table > most) return 'table';
  if (disclosed > most) return 'disclosure';
  return links > 0.6 * text.length ? 'links' : null;
}

/**
 * The block of `page` with the most story prose, when it holds clearly more than `content` does
 * and is not the same text. Containers are scored like Readability scores them (a paragraph counts
 * for its parent, half for its grandparent), from story paragraphs only.
 */
export function betterCandidate(
  content: Element,
  page: Document,
  doubt: 'table' | 'disclosure' | 'links' = 'table',
): Element | null {
  const body = page.body;
  if (!body) return null;
  const have = storyProse(content);
  const contentText = collapsed(content);
  const scores = new Map<Element, { score: number; paragraphs: number }>();
  for (const [p, { text, links }] of paragraphs(body)) {
    if (!storyParagraph(p, text, links) || inNonStory(p) || inCard(p)) continue;
    // The same paragraph is in Readability's choice already: that region is not "elsewhere".
    if (contentText.includes(text.slice(0, 120))) continue;
    const parent = p.parentElement;
    const grand = parent?.parentElement;
    for (const [el, share] of [
      [parent, 1],
      [grand, 0.5],
    ] as const) {
      if (!el || el === body.parentElement) continue;
      const s = scores.get(el) ?? { score: 0, paragraphs: 0 };
      s.score += share * text.length;
      s.paragraphs++;
      scores.set(el, s);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s.paragraphs >= 3 && s.score > bestScore) {
      best = el;
      bestScore = s.score;
    }
  }
  if (!best) return null;
  const prose = storyProse(best);
  // A list of links gives way only to a story longer than the whole list (a "week in review" of
  // links is a story); a table or a disclosure to clearly more prose than it holds.
  if (doubt === 'links' && prose < contentText.length) return null;
  return prose >= 500 && prose >= 1.5 * have ? best : null;
}
