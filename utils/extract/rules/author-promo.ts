import type { ClutterRule } from './types';
import { isStoryElement, namesOf, textOf, wordsOf } from './dom';

const AUTHOR_NAMES =
  /(^|[\s_-])(author-?(bio|box|info|promo|card|profile|details|footer)|about-?(the-?)?author|bio-?box|contributor-?(bio|box)|byline-?bio)($|[\s_-])/;

const FOLLOW =
  /\bfollow (us|him|her|them|me|@\w+|[\p{Lu}][\p{L}'’-]+( [\p{Lu}][\p{L}'’-]+)?) on (twitter|x|facebook|instagram|threads|bluesky|linkedin|mastodon|tiktok|youtube)\b/iu;
const CONTACT =
  /^((you can )?(email|e-mail|contact|reach|write to) (the )?(author|reporter|writer|columnist|him|her|them|us)\b|send (us )?(a )?tips?\b|got a (news )?tip\??|have a (news )?tip\??)/i;
const BIO =
  /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3} (is|was|has been) (an? |the )?([\p{L}-]+ ){0,4}(writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|author|freelancer|critic)\b/u;
const HANDLES = /^([@][\w.]+[\s,|·•/]*)+$/;

/**
 * Author promos after the story: "Follow Jane Doe on Twitter", "Email the reporter", a one-line
 * bio ("Jane Doe is a senior reporter covering…"), a row of social handles, or an author box named
 * so in the markup. Checked on the trailing blocks only, where sites put them.
 */
export const authorPromo: ClutterRule = {
  name: 'author-promo',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    const words = wordsOf(el);
    if (words === 0 || words > 80) return null;
    if (AUTHOR_NAMES.test(namesOf(el))) return [el];
    const text = textOf(el);
    if (words > 60) return null;
    if (FOLLOW.test(text) || CONTACT.test(text) || HANDLES.test(text)) return [el];
    return BIO.test(text) && words <= 50 ? [el] : null;
  },
};
