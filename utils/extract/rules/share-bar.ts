import { defineRule } from './types';
import { isProse, linkDensity, namesOf, textOf, wordsOf } from './dom';

const SHARE_NAMES =
  /(^|[\s_-])(share|shares|sharing|share-?bar|share-?tools|sharethis|addthis|a2a|sociable|social-?(share|links|icons|buttons|media|bar)|social)($|[\s_-])/;

/** Every word of a share bar comes from this vocabulary. */
const SHARE_WORDS =
  /^(share|shares|sharing|this|article|story|on|via|to|the|facebook|twitter|x|tweet|email|e-mail|mail|whatsapp|linkedin|pinterest|reddit|telegram|messenger|print|copy|link|copied|save|flipboard|pocket|tumblr|sms|bluesky|threads|pin|pint|vk|line|viber|mix|google\+|download|baixar|compartilhar|compartir|compartilhe|partager|teilen|condividi|imprimer|drucken|imprimir|stampa|\d+|comments?)$/i;
const NETWORK =
  /^(facebook|twitter|whatsapp|linkedin|pinterest|pint|reddit|telegram|messenger|vk|email|e-mail|google\+)$/i;

/**
 * Share bars: "Share on Facebook · Tweet · Email · Print" rows, named so in the markup or made
 * only of share words, and the pitches that go with them ("Like this story? Share it with a
 * friend!", "Sharing is caring!"), per language.
 */
export const shareBar = defineRule({
  name: 'share-bar',
  limits: { maxChars: 300 },
  phrases: {
    pitch: {
      at: 'whole',
      en: [
        '(like|liked|enjoy|enjoyed) this (story|article|post)\\?( share it with (a friend|your friends)!?)?',
        'sharing is caring!?',
        'share this (story|article|post)( with your friends)?',
        'spread the word!?',
      ],
      fr: ['partagez cet article', 'vous avez aimé cet article \\?.{0,40}'],
      de: ['artikel teilen', 'diesen artikel teilen'],
      es: ['comparte este artículo', 'compartir este artículo'],
      pt: ['compartilhe (esta matéria|este artigo|esta notícia)'],
      it: ['condividi questo articolo'],
    },
  },
  match(el, _ctx, { pitch }) {
    if (isProse(el)) return null;
    const text = textOf(el);
    if (pitch.test(text)) return [el];
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
});
