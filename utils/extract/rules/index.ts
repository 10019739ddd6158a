/**
 * Clutter rules applied to Readability's article fragment, and the pass that applies them.
 *
 * Cost: one walk over the fragment (not the page) testing every rule on each element, then a short
 * walk back from the end over the trailing blocks. No querySelectorAll over the page, no computed
 * styles.
 */
import type { ClutterRule, RuleContext } from './types';
import { isProse, isStoryElement, measure, tagOf, textOf } from './dom';
import { affiliateDisclosure, sponsoredBlock, sponsoredLabel } from './sponsored';
import { dateline, leadingBoilerplate } from './leading-boilerplate';
import { navigation, teaserCards } from './navigation';
import { uiChrome } from './ui-chrome';
import { duplicateBlock } from './duplicate-block';
import { hashtagWall } from './hashtag-wall';
import { backLink, breadcrumb } from './back-link';
import { shareBar } from './share-bar';
import { newsletterSignup } from './newsletter';
import { relatedLinks } from './related';
import { commentSection } from './comments';
import { cookieConsent } from './cookie-consent';
import { listenWidget } from './listen-widget';
import { authorBox, authorPromo } from './author-promo';
import { trailingBoilerplate } from './trailing-boilerplate';

export type { ClutterRule, RuleContext } from './types';

/** Rules tested on every element of the article, in this order. */
export const BODY_RULES: readonly ClutterRule[] = [
  sponsoredLabel,
  sponsoredBlock,
  navigation,
  teaserCards,
  authorBox,
  hashtagWall,
  backLink,
  breadcrumb,
  shareBar,
  newsletterSignup,
  relatedLinks,
  commentSection,
  cookieConsent,
  listenWidget,
  affiliateDisclosure,
  uiChrome,
  dateline,
  duplicateBlock,
];

/** Rules tested only on the blocks after the last paragraph of the story. */
export const TAIL_RULES: readonly ClutterRule[] = [authorPromo, trailingBoilerplate];

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
  const ctx: RuleContext = {
    root,
    rootTextLength: textOf(root).length,
    title: options.title,
    byline: options.byline,
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

  const visit = (el: Element): void => {
    let child = el.firstElementChild;
    while (child) {
      let next: Element | null = child.nextElementSibling;
      // Tables, figures, captions and quotes are kept whole: no rule looks inside them. Inline
      // elements (a date inside a citation, a link in a sentence) are never blocks of clutter.
      let removed = isStoryElement(child);
      const inline = INLINE_TAGS.has(tagOf(child));
      if (!removed && !inline && child.getAttribute('data-tidings-removed') === null) {
        for (const rule of body) {
          const hit = rule.match(child, ctx);
          if (!hit || hit.length === 0) continue;
          const placeholder = remove(rule, hit);
          next = placeholder.nextElementSibling;
          removed = true;
          break;
        }
      }
      if (!removed) {
        if (!ctx.seenProse && tagOf(child) === 'P' && isProse(child)) ctx.seenProse = true;
        visit(child);
      }
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
        hit = rule.match(unit, ctx);
        if (hit && hit.length) {
          by = rule;
          break;
        }
      }
      if (by && hit) remove(by, hit);
      else if (isProse(unit)) break;
    }
  };
  // Walk back from the end over the trailing blocks until the story's last paragraph, then
  // forward from the start until its first.
  edge(tail, units.length - 1, -1);
  edge(head, 0, 1);
  return removals;
}

/** Reader-level blocks of `el` in document order. */
function collectUnits(el: Element, out: Element[]): void {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (c.hasAttribute('data-tidings-removed')) continue;
    if (UNIT_TAGS.has(tag)) out.push(c);
    else if (CONTAINER_TAGS.has(tag)) {
      const hasOwnText = Array.from(c.childNodes).some(
        (n) => n.nodeType === 3 && n.nodeValue?.trim(),
      );
      if (hasOwnText) out.push(c);
      else collectUnits(c, out);
    }
  }
}
