import type { ClutterRule } from './types';
import { exceeds, isStoryElement, linkDensity, namesOf, tagOf, textOf, wordsOf } from './dom';

/** "Back to Politics", "« Return to International", "Go back to News". */
const BACK = /^[«‹←<]?\s*(back|return|go back)( to)?( the)?\s*[\p{L}\p{N}&'’ -]{0,40}\s*[»›]?$/iu;

/**
 * "Back to <section>" links some CMSs print after the story (often misspelled, so the section name
 * is not checked). The whole text must be the link, so a sentence saying "back to" stays.
 */
export const backLink: ClutterRule = {
  name: 'back-link',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (exceeds(el, 300)) return null;
    const text = textOf(el);
    if (!text || text.length > 50 || wordsOf(el) > 7) return null;
    if (!/^[«‹←<]?\s*(back|return|go back)\b/i.test(text) || !BACK.test(text)) return null;
    if (tagOf(el) !== 'A' && linkDensity(el) < 0.8) return null;
    return [el];
  },
};

const CRUMB_SEPARATOR = /[›»>/|→]/;

/**
 * Breadcrumb trails ("Home › International › Europe"): named so in the markup, or a short line of
 * links joined by separators.
 */
export const breadcrumb: ClutterRule = {
  name: 'breadcrumb',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el) || exceeds(el, 1000)) return null;
    const text = textOf(el);
    if (!text || wordsOf(el) > 15) return null;
    if (/breadcrumb|crumbs/.test(namesOf(el))) return [el];
    const links = el.getElementsByTagName('a').length;
    if (links < 2 || linkDensity(el) < 0.75) return null;
    const rest = text.replace(/\s+/g, '');
    const sep = Array.from(rest).filter((c) => CRUMB_SEPARATOR.test(c)).length;
    return sep >= links - 1 && /^home\b/i.test(text) ? [el] : null;
  },
};
