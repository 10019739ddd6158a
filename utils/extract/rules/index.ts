/**
 * Clutter rules applied to Readability's article fragment, and the pass that applies them.
 *
 * Cost: one walk over the fragment (not the page) testing every rule on each element, then a short
 * walk back from the end over the trailing blocks. No querySelectorAll over the page, no computed
 * styles.
 */
import type { ClutterRule, PhraseTests, RuleContext } from './types';
import {
  exceeds,
  isProse,
  isStoryElement,
  lengthOf,
  linkDensity,
  measure,
  tagOf,
  textOf,
  wordsOf,
} from './dom';
import { compilePhrases, pageLangs } from './phrases';
import { affiliateDisclosure, sponsoredBlock, sponsoredLabel } from './sponsored';
import { dateline, leadingBoilerplate } from './leading-boilerplate';
import { navigation, newsTicker, teaserCards } from './navigation';
import { counterWidget, uiChrome } from './ui-chrome';
import { duplicateBlock } from './duplicate-block';
import { hashtagWall } from './hashtag-wall';
import { backLink, breadcrumb } from './back-link';
import { shareBar } from './share-bar';
import { appPromo, newsletterSignup, subscriptionPitch } from './newsletter';
import { bracketPromo, headlineLink, inlinePromo, relatedHeading, relatedLinks } from './related';
import { commentSection } from './comments';
import { cookieConsent } from './cookie-consent';
import { listenWidget } from './listen-widget';
import { authorBox, authorPromo } from './author-promo';
import { danglingHeading, trailingBoilerplate } from './trailing-boilerplate';
import { dialogBox, hoverCard, videoBox } from './media-box';
import { promoLine } from './promo-line';
import { editLink } from './edit-link';

export type { ClutterRule, RuleContext, RuleLimits } from './types';
export { defineRule } from './types';

/** Rules tested on every element of the article, in this order (the first that matches names the removal). */
export const BODY_RULES: readonly ClutterRule[] = [
  sponsoredLabel,
  sponsoredBlock,
  editLink,
  hoverCard,
  dialogBox,
  navigation,
  newsTicker,
  teaserCards,
  authorBox,
  hashtagWall,
  backLink,
  breadcrumb,
  shareBar,
  newsletterSignup,
  subscriptionPitch,
  appPromo,
  relatedLinks,
  relatedHeading,
  inlinePromo,
  bracketPromo,
  headlineLink,
  videoBox,
  commentSection,
  cookieConsent,
  listenWidget,
  affiliateDisclosure,
  counterWidget,
  promoLine,
  uiChrome,
  dateline,
  duplicateBlock,
];

/** Rules tested only on the blocks after the last paragraph of the story, walking back. */
export const TAIL_RULES: readonly ClutterRule[] = [
  authorPromo,
  trailingBoilerplate,
  danglingHeading,
];

/** Rules tested only on the blocks before the story's first paragraph. */
export const HEAD_RULES: readonly ClutterRule[] = [leadingBoilerplate];

/** A block a rule took out: detached from the article, a placeholder stands in its place. */
export interface Removal {
  id: string;
  rule: string;
  /** The removed element (a wrapper when a rule removed several siblings together). */
  element: Element;
}

/** Blocks a reader sees as one unit; the tail walk looks at these. */
const UNIT_TAGS = new Set([
  'P',
  'UL',
  'OL',
  'DL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'FIGURE',
  'BLOCKQUOTE',
  'PRE',
]);
const CONTAINER_TAGS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
]);

/** Phrasing elements: rules look at the blocks that hold them, not at them. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BR',
  'IMG',
  'INS',
  'DEL',
]);

/** Elements that hold only phrases (text, links, spans): their children are not blocks. */
const PHRASING_PARENTS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Blocks whose prose tells the walk the story has begun (quotes too: some stories are quotes). */
const PROSE_TAGS = new Set(['P', 'BLOCKQUOTE', 'LI']);

/** Words in a kept leading block that tell the head walk the story has begun. */
const STORY_BLOCK_WORDS = 40;

/** How many blocks the head and tail walks look at before giving up. */
const EDGE_LOOKAHEAD = 12;

/**
 * Apply the clutter rules to `root` in place. Each removed block is replaced by
 * `<div data-tidings-removed="id" hidden></div>` and returned with the rule's name.
 */
export function applyRules(
  root: Element,
  options: {
    title?: string;
    byline?: string;
    /** The page's address (its host tells the site's own links). */
    url?: string;
    /** The page's declared language (`<html lang>`); the text's own is guessed too. */
    lang?: string | null;
    body?: readonly ClutterRule[];
    tail?: readonly ClutterRule[];
    head?: readonly ClutterRule[];
  } = {},
): Removal[] {
  const body = options.body ?? BODY_RULES;
  const tail = options.tail ?? TAIL_RULES;
  const head = options.head ?? HEAD_RULES;
  const removals: Removal[] = [];
  measure(root);
  const rootText = textOf(root);
  const ctx: RuleContext = {
    root,
    rootTextLength: rootText.length,
    title: options.title,
    byline: options.byline,
    host: hostOf(options.url),
    langs: pageLangs(options.lang, rootText),
  };
  const compiled = new Map<ClutterRule, PhraseTests<string>>();
  /** The rule's verdict on `el`, after the checks the rule declared as data. */
  const test = (rule: ClutterRule, el: Element): Element[] | null => {
    if (isStoryElement(el) && !(rule.figures && tagOf(el) === 'FIGURE')) return null;
    if (!withinLimits(rule, el)) return null;
    let phrases = compiled.get(rule);
    if (!phrases) {
      const tests: Record<string, RegExp> = {};
      for (const [name, group] of Object.entries(rule.phrases ?? {}))
        tests[name] = compilePhrases(group, ctx.langs);
      phrases = tests;
      compiled.set(rule, phrases);
    }
    const hit = rule.match(el, ctx, phrases);
    if (!hit || !hit.length) return null;
    // The share is checked on what the rule would take (reading a big block's text only then).
    const share = rule.limits?.maxShare;
    if (share !== undefined) {
      let length = 0;
      for (const h of hit) length += textOf(h).length;
      if (length > share * ctx.rootTextLength) return null;
    }
    return hit;
  };

  const remove = (rule: ClutterRule, elements: Element[]): Element => {
    const doc = root.ownerDocument;
    const id = `r${removals.length + 1}`;
    const placeholder = doc.createElement('div');
    placeholder.setAttribute('data-tidings-removed', id);
    placeholder.setAttribute('hidden', '');
    const first = elements[0] as Element;
    first.before(placeholder);
    let element = first;
    if (elements.length > 1) {
      element = doc.createElement('div');
      element.append(...elements);
    } else first.remove();
    removals.push({ id, rule: rule.name, element });
    return placeholder;
  };

  const phrasingRules = body.filter((r) => r.phrasing);
  const visit = (el: Element): void => {
    // Inside a paragraph or a heading only the rules that look at phrases run.
    const rules = PHRASING_PARENTS.has(tagOf(el)) ? phrasingRules : body;
    let child = el.firstElementChild;
    while (child) {
      let next: Element | null = child.nextElementSibling;
      // Tables, figures, captions and quotes are kept whole: no rule looks inside them (only rules
      // that declare `figures` judge a figure as a whole). Inline elements (a date inside a
      // citation, a link in a sentence) are never blocks of clutter.
      const story = isStoryElement(child);
      let removed = false;
      // An inline element standing alone between blocks (`<h2>…</h2><em>bio</em><p>`) is a line.
      const inline = INLINE_TAGS.has(tagOf(child)) && !standsAlone(child);
      // An element without text shows a reader nothing to remove (its images stay with it).
      const empty = lengthOf(child) === 0;
      if ((!story || tagOf(child) === 'FIGURE') && !inline && !empty && !isPlaceholder(child)) {
        for (const rule of rules) {
          const hit = test(rule, child);
          if (!hit) continue;
          const placeholder = remove(rule, hit);
          next = placeholder.nextElementSibling;
          removed = true;
          break;
        }
      }
      if (!removed && !ctx.seenProse && PROSE_TAGS.has(tagOf(child)) && storyBegun(child))
        ctx.seenProse = true;
      if (!removed && !story) visit(child);
      child = next;
    }
  };
  visit(root);

  const units: Element[] = [];
  collectUnits(root, units);
  const edge = (rules: readonly ClutterRule[], from: number, step: 1 | -1): void => {
    let looked = 0;
    for (let i = from; i >= 0 && i < units.length && looked < EDGE_LOOKAHEAD; i += step) {
      const unit = units[i] as Element;
      if (!root.contains(unit) || isStoryElement(unit) || !textOf(unit)) continue;
      looked++;
      let hit: Element[] | null = null;
      let by: ClutterRule | null = null;
      for (const rule of rules) {
        hit = test(rule, unit);
        if (hit) {
          by = rule;
          break;
        }
      }
      if (by && hit) remove(by, hit);
      // The story has begun at its first paragraph; walking forward, also at any block of real
      // length no rule took (a list of the story's points: what follows is the story's own).
      else if (isProse(unit) || (step === 1 && wordsOf(unit) >= STORY_BLOCK_WORDS)) break;
    }
  };
  // Walk back from the end over the trailing blocks until the story's last paragraph, then
  // forward from the start until its first.
  edge(tail, units.length - 1, -1);
  edge(head, 0, 1);
  return removals;
}

/** Containers whose inline children may be lines of their own (not a paragraph's phrases). */
const LINE_PARENTS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'BODY',
]);

/**
 * Is the inline element `el` a line of its own: a child of a container (not of a paragraph) with
 * nothing but blocks, line breaks or nothing on either side?
 */
function standsAlone(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !LINE_PARENTS.has(tagOf(parent)) || tagOf(el) === 'BR') return false;
  for (const forward of [false, true]) {
    let n = forward ? el.nextSibling : el.previousSibling;
    while (n && n.nodeType !== 1 && !(n.nodeType === 3 && n.nodeValue?.trim()))
      n = forward ? n.nextSibling : n.previousSibling;
    if (!n) continue;
    if (n.nodeType === 3) return false;
    const tag = tagOf(n as Element);
    if (INLINE_TAGS.has(tag) && tag !== 'BR') return false;
  }
  return true;
}

/** A paragraph of running text (a long one needs no full stop to count). */
function storyBegun(el: Element): boolean {
  return isProse(el) || (wordsOf(el) >= 40 && linkDensity(el) < 0.3);
}

function isPlaceholder(el: Element): boolean {
  return el.getAttribute('data-tidings-removed') !== null;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * The size limits a rule declares, checked here once for every rule before `match`: the cheap
 * raw-length bound first (no text is read for long blocks), then the exact counts. (`maxShare` is
 * checked on the blocks a rule returns.)
 */
function withinLimits(rule: ClutterRule, el: Element): boolean {
  const limits = rule.limits;
  if (!limits) return true;
  const { maxWords, maxChars } = limits;
  if (maxChars !== undefined && exceeds(el, maxChars)) return false;
  if (maxWords !== undefined) {
    // A word takes a few characters: far longer raw text cannot be within the limit.
    if (maxChars === undefined && exceeds(el, maxWords * 30 + 100)) return false;
    const words = wordsOf(el);
    if (words === 0 || words > maxWords) return false;
  }
  return true;
}

/** Reader-level blocks of `el` in document order. */
function collectUnits(el: Element, out: Element[]): void {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (c.hasAttribute('data-tidings-removed')) continue;
    if (UNIT_TAGS.has(tag)) out.push(c);
    else if (INLINE_TAGS.has(tag)) {
      if (standsAlone(c)) out.push(c);
    } else if (CONTAINER_TAGS.has(tag)) {
      const hasOwnText = Array.from(c.childNodes).some(
        (n) => n.nodeType === 3 && n.nodeValue?.trim(),
      );
      if (hasOwnText) out.push(c);
      else collectUnits(c, out);
    }
  }
}
