import type { ClutterRule } from './types';
import { exceeds, isProse, isStoryElement, linkDensity, namesOf, textOf, wordsOf } from './dom';

const SHARE_NAMES =
  /(^|[\s_-])(share|shares|sharing|share-?bar|share-?tools|sharethis|addthis|a2a|sociable|social-?(share|links|icons|buttons|media|bar)|social)($|[\s_-])/;

/** Every word of a share bar comes from this vocabulary. */
const SHARE_WORDS =
  /^(share|shares|sharing|this|article|story|on|via|to|the|facebook|twitter|x|tweet|email|e-mail|mail|whatsapp|linkedin|pinterest|reddit|telegram|messenger|print|copy|link|copied|save|flipboard|pocket|tumblr|sms|bluesky|threads|pin|pint|vk|line|viber|download|baixar|compartilhar|compartir|compartilhe|partager|teilen|condividi|\d+|comments?)$/i;
const NETWORK =
  /^(facebook|twitter|whatsapp|linkedin|pinterest|pint|reddit|telegram|messenger|vk|email|e-mail)$/i;

/**
 * Share bars: "Share on Facebook · Tweet · Email · Print" rows, named so in the markup or made
 * only of share words.
 */
export const shareBar: ClutterRule = {
  name: 'share-bar',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (exceeds(el, 1000)) return null;
    const text = textOf(el);
    if (text.length > 300 || isProse(el)) {
      return null;
    }
    // Named like a share bar, and made of buttons, not of a quote with buttons next to it.
    if (SHARE_NAMES.test(namesOf(el)))
      return wordsOf(el) <= 12 || linkDensity(el) >= 0.5 ? [el] : null;
    const words = text.split(/[\s|·•,/]+/).filter(Boolean);
    if (wordsOf(el) < 2 || words.length > 20) return null;
    const hasShare =
      words.some((w) =>
        /^(share|tweet|compartilhar|compartir|partager|teilen|condividi)$/i.test(w),
      ) || words.filter((w) => NETWORK.test(w)).length >= 2;
    return hasShare && words.every((w) => SHARE_WORDS.test(w)) ? [el] : null;
  },
};
