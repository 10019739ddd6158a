import type { ClutterRule } from './types';
import { exceeds, isStoryElement, namesOf, textOf, wordsOf } from './dom';

const AUTHOR_NAMES =
  /(^|[\s_-])(author-?(bio|box|info|promo|card|profile|details|footer)|about-?(the-?)?author|bio-?box|contributor-?(bio|box)|byline-?bio)($|[\s_-])/;

const FOLLOW =
  /\bfollow (us|him|her|them|me|@\w+|[\p{Lu}][\p{L}'’-]+( [\p{Lu}][\p{L}'’-]+)?) (on (twitter|x|facebook|instagram|threads|bluesky|linkedin|mastodon|tiktok|youtube)\b|@\w+)/iu;
const CONTACT =
  /^((you can )?(email|e-mail|contact|reach|write to) (the )?(author|reporter|writer|columnist|him|her|them|us)\b|(email|e-mail|write to|contact|reach) [\p{Lu}][\p{L}'’-]+( [\p{Lu}][\p{L}'’-]+){0,3} (at|via|on) |send (us )?(a )?tips?\b|got a (news )?tip\??|have a (news )?tip\??)/iu;
/** Credits lines closing wire and newspaper stories. */
const CREDITS =
  /^((additional )?(reporting|writing|editing|research) by\b|edited by\b|compiled by\b|source:\s|sources:\s|[\p{L}’'. -]{3,60} contributed (to )?(this|the) (report|story|article)( from [\p{L} ,]+)?\.?$|[\p{L}’'. -]{3,60} contributed reporting\b)/iu;
/** Community and follow-us pitches ("Join our forums", "Like us on Facebook"). */
const COMMUNITY =
  /^(join (our|the) [\p{L} ]{0,30}(forums?|community|conversation)|like us on facebook|follow us\b)/iu;
const BIO =
  /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3} (is|was|has been) (an? |the )?([\p{L}-]+ ){0,4}(writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|author|freelancer|critic)\b/u;
/** "Emiliano joined pv magazine in 2017", "Jane covers energy for …". */
const JOINED =
  /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3} (joined|covers|writes about|reports on|has (been )?(covered|written|reported))\b/u;
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
    if (exceeds(el, 2000)) return null;
    const words = wordsOf(el);
    if (words === 0 || words > 80) return null;
    const text = textOf(el);
    if (
      ctx.byline &&
      (text === ctx.byline || /^more (articles|stories|posts) (from|by) /i.test(text))
    )
      return [el];
    if (words > 60) return null;
    if (FOLLOW.test(text) || CONTACT.test(text) || HANDLES.test(text) || CREDITS.test(text))
      return [el];
    if (COMMUNITY.test(text)) return [el];
    return (BIO.test(text) || JOINED.test(text)) && words <= 50 ? [el] : null;
  },
};

/** Author boxes named so in the markup ("author-bio", "about-the-author"), wherever they sit. */
export const authorBox: ClutterRule = {
  name: 'author-promo',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    const words = wordsOf(el);
    if (words === 0 || words > 120 || !AUTHOR_NAMES.test(namesOf(el))) return null;
    return [el];
  },
};
