import type { ClutterRule } from './types';
import { exceeds, isStoryElement, namesOf, tagOf, textOf, wordsOf } from './dom';

const SIGNUP_NAMES =
  /(^|[\s_-])(newsletters?|newsletter-?\w+|signup|sign-?up|subscribe|subscription|subscribe-?box|optin|opt-in|mailing-?list|email-?capture|paywall|piano)($|[\s_-])/;

/** Imperative pitches that open sign-up and subscription boxes. */
const PITCH =
  /^(sign up|signup|subscribe|register|click here to|get (our|the|a|your)|join|want (more|the|our)|never miss|don'?t miss|enter your email|already (a )?(subscriber|registered|have an account)|support (our|independent|quality)|become a (member|subscriber)|to continue reading|continue reading with|we'?d love your support|this (article|story|content) is (for|available to) (subscribers|members))\b/i;

/** What the pitch is about. */
const TOPIC =
  /\b(newsletters?|inbox|letterbox|app|e-?mail|briefing|digest|alerts?|subscribers?|subscription|subscribe|sign up|members?|membership|journalism|log ?in|sign in)\b/i;

/** A sign-up sentence anywhere in a short block: "Sign up for X today to get the free newsletter". */
const SIGNUP_SENTENCE =
  /\b((sign up|subscribe|register)( now| today| here)? (for|to) [^.]{0,60}\b(newsletters?|briefing|digest|updates|alerts|magazine)|(delivered|straight|direct(ly)?) (to|into|through) your (inbox|letterbox|mailbox)|meet your inbox)/iu;

/**
 * Newsletter, sign-up and subscription boxes ("Sign up for our morning briefing", "Get the best
 * stories in your inbox", "Already a subscriber? Log in"). Short blocks only, and either named so in
 * the markup or opening with an imperative pitch: a story paragraph that mentions a newsletter stays.
 */
export const newsletterSignup: ClutterRule = {
  name: 'newsletter-signup',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (exceeds(el, 2000)) return null;
    const words = wordsOf(el);
    if (words === 0 || words > 80) return null;
    if (SIGNUP_NAMES.test(namesOf(el))) return [el];
    if (words > 45 || tagOf(el) === 'LI') return null;
    const text = textOf(el);
    if (PITCH.test(text) && TOPIC.test(text)) return [el];
    return words <= 40 && SIGNUP_SENTENCE.test(text) ? [el] : null;
  },
};
