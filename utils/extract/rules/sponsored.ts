import type { ClutterRule } from './types';
import {
  exceeds,
  isHeading,
  isProse,
  isStoryElement,
  lengthOf,
  namesOf,
  tagOf,
  textOf,
} from './dom';

/**
 * Advertising, sponsored, paid and partner blocks marked in the markup: `class="sponsored-post"`,
 * `id="ad-slot-3"`, `data-ad-unit`, `.native-ad`, Taboola/Outbrain containers… Readability drops
 * many of them as "unlikely candidates" but not those inside the article body.
 */
const AD_NAMES =
  /(^|[\s_-])(sponsor(ed|ship)?|advert(isement|orial|ising)?|ads?|ad-?(slot|unit|container|wrapper|block|banner|box|placement|zone)|dfp|gpt-ad|adsbygoogle|native-?ad|paid-?(content|post|partner)|partner-?(content|box|post)|promoted|taboola|outbrain|commercial)($|[\s_-])/;

export const sponsoredBlock: ClutterRule = {
  name: 'sponsored-block',
  match(el, ctx) {
    if (isStoryElement(el) || el === ctx.root) return null;
    const names = namesOf(el);
    const attrAd =
      el.hasAttribute('data-ad') ||
      el.hasAttribute('data-ad-unit') ||
      el.hasAttribute('data-sponsored');
    if (!attrAd && !(names && AD_NAMES.test(names))) return null;
    // A wrapper named e.g. "ad-free-article" that holds the story itself is not an ad.
    if (exceeds(el, 0.5 * ctx.rootTextLength, true)) return null;
    return [el];
  },
};

/**
 * The visible labels sites print above ads and paid content. Matched only when the label is the
 * whole text of an element, so a sentence that mentions "sponsored" or "advertisement" never is.
 */
export const AD_LABEL =
  /^(sponsored( ads?| content| posts?| links?| stories| by .{1,40})?|advertisement|advert|advertising|advertorial|ads?|anzeige|publicité|paid (content|post|partnership|promotion|for by .{1,40})( by .{1,40})?|partner (content|post)s?|(content )?from our (partners|sponsors)|promoted( content| stories| by .{1,40})?|presented by .{1,40})\s*:?$/i;

/** The label at the start of `el`: el itself or its first descendant along first children. */
function leadingLabel(el: Element): Element | null {
  let cur: Element | null = el;
  for (let depth = 0; cur && depth < 4; depth++) {
    if (lengthOf(cur) === 0) return null;
    if (lengthOf(cur) <= 200) {
      const text = textOf(cur);
      if (text.length <= 48 && AD_LABEL.test(text)) return cur;
    }
    // The label must be the first text of the block: no text before the first child element.
    for (let n = cur.firstChild; n && n !== cur.firstElementChild; n = n.nextSibling) {
      if (n.nodeType === 3 && n.nodeValue?.trim()) return null;
    }
    cur = cur.firstElementChild;
  }
  return null;
}

/**
 * A block headed by an ad label ("Sponsored Ads", "Advertisement", "Paid content", "Partner
 * content", "Paid post", "Promoted"), wherever it sits, even between article paragraphs. The whole
 * labelled container goes; a label standing alone takes the non-prose block right after it (the ad
 * itself) with it.
 */
export const sponsoredLabel: ClutterRule = {
  name: 'sponsored-label',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    const label = leadingLabel(el);
    if (!label) return null;
    if (label !== el) {
      // A container the label heads; it must not be the story itself.
      return exceeds(el, 0.5 * ctx.rootTextLength, true) ? null : [el];
    }
    const next = el.nextElementSibling;
    if (
      next &&
      !isProse(next) &&
      !isHeading(next) &&
      !isStoryElement(next) &&
      tagOf(next) !== 'P' &&
      textOf(next).length < 0.3 * ctx.rootTextLength
    ) {
      return [el, next];
    }
    return [el];
  },
};

/**
 * Affiliate and sponsorship disclosures ("This post may contain affiliate links", "We may earn a
 * commission…"): a short block about the page's business, not the story.
 */
const DISCLOSURE =
  /\b(contains?|includes?|may contain) (affiliate|sponsored|referral)( and\/or referral)? links?\b|\bmay (earn|receive) (a |an )?(small )?(affiliate )?commission\b|\bearn (a |an )?(affiliate )?commission (from|if|when|on)\b|\baffiliate commission\b/i;

export const affiliateDisclosure: ClutterRule = {
  name: 'affiliate-disclosure',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el) || exceeds(el, 1000)) return null;
    const text = textOf(el);
    if (!text || text.length > 400) return null;
    return DISCLOSURE.test(text) ? [el] : null;
  },
};
