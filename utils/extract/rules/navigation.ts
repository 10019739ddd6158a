import { defineRule } from './types';
import { isHeading, linkDensity, namesOf, tagOf, textOf, wordsOf } from './dom';

const NAV_NAMES =
  /(^|[\s_-])(nav|navbar|navigation|menu|menubar|topnav|subnav|site-?nav|main-?nav|primary-?nav|mega-?menu|site-?menu|menuitem)($|[\s_-])/;

/**
 * Site navigation that Readability kept: `<nav>`, `role=navigation|menu`, or a block named like a
 * menu, made mostly of links.
 */
export const navigation = defineRule({
  name: 'navigation',
  limits: { maxShare: 0.3 },
  match(el) {
    const isNav = tagOf(el) === 'NAV' || NAV_NAMES.test(namesOf(el));
    if (!isNav || !textOf(el)) return null;
    return linkDensity(el) >= 0.5 ? [el] : null;
  },
});

const TEASER_NAMES =
  /(^|[\s_-])(rail|rail__item|carousel|swiper-?slide|swiper|slider|slick-?slide|teasers?|teaser-?\w+|story-?card|card-?list|promo-?box|more-?stories|river|feed-?item|headline-?list|fp-[\w-]*story)($|[\s_-])/;

/** A link to another page (not an anchor on this one, not an image or file). */
function pageLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return !!href && !href.startsWith('#') && !/\.(jpe?g|png|gif|webp|svg|pdf)(\?|$)/i.test(href);
}

/**
 * Teaser cards for other stories (carousels, rails, "story cards"): a nested `<article>` or a block
 * named like a teaser, with a link and a small share of the text. The page's own story is never one:
 * a candidate must hold under a quarter of the article text.
 */
export const teaserCards = defineRule({
  name: 'teaser-cards',
  limits: { maxShare: 0.25 },
  match(el, ctx) {
    const named = TEASER_NAMES.test(namesOf(el));
    // A nested <article> after the story's text began: another story's card. The first one is the
    // page's own story (some pages wrap their story and the related ones alike).
    const card = tagOf(el) === 'ARTICLE' && ctx.seenProse;
    if (!named && !card) return null;
    const links = tagOf(el) === 'A' ? [el] : Array.from(el.getElementsByTagName('a'));
    if (!textOf(el) || !links.length) return null;
    if (named) {
      if (linkDensity(el) >= 0.2) return [el];
      // Cards whose whole surface is one empty link laid over a kicker and a headline.
      if (
        links.some(pageLink) &&
        wordsOf(el) <= 40 &&
        !Array.from(el.children).some((c) => tagOf(c) === 'P' && wordsOf(c) > 25)
      )
        return [el];
    }
    return card ? [el] : null;
  },
});

/** Whether `el` is a heading, or a short bold line used as one. */
export function isHeadingLike(el: Element): boolean {
  if (isHeading(el)) return true;
  const tag = tagOf(el);
  if (tag !== 'P' && tag !== 'DIV' && tag !== 'SPAN' && tag !== 'STRONG' && tag !== 'B')
    return false;
  const only = el.children.length === 1 ? el.firstElementChild : null;
  return (
    !!only &&
    /^(STRONG|B|H[1-6])$/.test(tagOf(only)) &&
    textOf(only) === textOf(el) &&
    wordsOf(el) <= 10
  );
}

const TICKER_NAMES =
  /(^|[\s_-])(breaking-?news|news-?ticker|ticker|news-?alert|alert-?bar|breaking-?bar|live-?ticker)($|[\s_-])/;

/**
 * Breaking-news bars and tickers pinned to every page ("'GMA' Cookie Search:", "BREAKING: …"):
 * named so in the markup, short. The story never is one.
 */
export const newsTicker = defineRule({
  name: 'news-ticker',
  limits: { maxWords: 30, maxShare: 0.2 },
  match(el) {
    return TICKER_NAMES.test(namesOf(el)) ? [el] : null;
  },
});
