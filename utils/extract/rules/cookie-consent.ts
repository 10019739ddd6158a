import type { ClutterRule } from './types';
import { exceeds, isStoryElement, namesOf, textOf, wordsOf } from './dom';

const CONSENT_NAMES =
  /(^|[\s_-])(cookies?|cookie-?\w+|consent|gdpr|cmp|privacy-?(banner|notice|manager))($|[\s_-])/;
const COOKIE_TEXT =
  /\b(we use cookies|uses cookies|use of cookies|cookie (policy|settings|preferences)|accept (all )?cookies|by continuing to (use|browse)|manage (your )?(consent|preferences|privacy settings)|consent to (the use|our use))\b/i;

/**
 * Cookie and consent notices that got inside the article ("This site uses cookies… Accept"):
 * named so in the markup, or a short block with consent wording.
 */
export const cookieConsent: ClutterRule = {
  name: 'cookie-consent',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (exceeds(el, 3000)) return null;
    const words = wordsOf(el);
    if (words === 0 || words > 120) return null;
    if (CONSENT_NAMES.test(namesOf(el))) return [el];
    return words <= 70 && COOKIE_TEXT.test(textOf(el)) ? [el] : null;
  },
};
