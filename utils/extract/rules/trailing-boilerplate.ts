import type { ClutterRule } from './types';
import { exceeds, isStoryElement, linkDensity, tagOf, textOf, wordsOf } from './dom';

const TAGS_LINE =
  /^(tags?|topics?|filed (under|in)|categories|category|keywords|more on|more about|see more|posted in|published in|sections?)\s*:/i;
/** Site notices: citation requests, reuse notices, "this material may not be…" kept by the story. */
const BOILERPLATE =
  /^(citation:|this (document|article|story) is subject to copyright|the contents of this site are ©|©\s*\d{4} [\p{L} .,]+\. all rights reserved\.?$)/iu;

/**
 * Boilerplate after the last paragraph of the story: link lists and tag lines ("Tags: NATO,
 * Washington"), section links, copyright notices. Judged by link density, the classic cue for
 * navigation text. Checked on the trailing blocks only.
 */
export const trailingBoilerplate: ClutterRule = {
  name: 'trailing-boilerplate',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    const words = wordsOf(el);
    if (words === 0) return null;
    const text = textOf(el);
    if (words <= 40 && (TAGS_LINE.test(text) || BOILERPLATE.test(text))) return [el];
    // A link roundup is the story itself: link blocks may not hold a big share of the text.
    if (exceeds(el, 0.25 * ctx.rootTextLength, true)) return null;
    const tag = tagOf(el);
    const density = linkDensity(el);
    const links = el.getElementsByTagName('a').length;
    if (words <= 100 && density >= 0.6 && links >= 2) return [el];
    // A list of links whose items are headlines.
    if ((tag === 'UL' || tag === 'OL') && density >= 0.5 && words <= 150) return [el];
    return null;
  },
};
