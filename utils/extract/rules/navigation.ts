import type { ClutterRule } from './types';
import { exceeds, isStoryElement, lengthOf, linkDensity, namesOf, tagOf } from './dom';

const NAV_NAMES =
  /(^|[\s_-])(nav|navbar|navigation|menu|menubar|topnav|subnav|site-?nav|main-?nav|primary-?nav|mega-?menu|site-?menu|menuitem)($|[\s_-])/;

/**
 * Site navigation that Readability kept: `<nav>`, `role=navigation|menu`, or a block named like a
 * menu, made mostly of links.
 */
export const navigation: ClutterRule = {
  name: 'navigation',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    const isNav = tagOf(el) === 'NAV' || NAV_NAMES.test(namesOf(el));
    if (!isNav || !lengthOf(el) || exceeds(el, 0.3 * ctx.rootTextLength, true)) return null;
    return linkDensity(el) >= 0.5 ? [el] : null;
  },
};

const TEASER_NAMES =
  /(^|[\s_-])(rail|rail__item|carousel|swiper-?slide|swiper|slider|slick-?slide|teasers?|teaser-?\w+|story-?card|card-?list|promo-?box|more-?stories|river|feed-?item|headline-?list|fp-[\w-]*story)($|[\s_-])/;

/**
 * Teaser cards for other stories (carousels, rails, "story cards"): a nested `<article>` or a block
 * named like a teaser, with a link and a small share of the text. The page's own story is never one:
 * a candidate must hold under a quarter of the article text.
 */
export const teaserCards: ClutterRule = {
  name: 'teaser-cards',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (!lengthOf(el) || exceeds(el, 0.25 * ctx.rootTextLength, true)) return null;
    if (!el.getElementsByTagName('a').length && tagOf(el) !== 'A') return null;
    if (TEASER_NAMES.test(namesOf(el)) && linkDensity(el) >= 0.2) return [el];
    // A nested <article> after the story's text began: another story's card. The first one is the
    // page's own story (some pages wrap their story and the related ones alike).
    return tagOf(el) === 'ARTICLE' && ctx.seenProse ? [el] : null;
  },
};
