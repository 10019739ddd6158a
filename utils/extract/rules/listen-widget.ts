import { defineRule } from './types';
import { namesOf, textOf, wordsOf } from './dom';

const LISTEN_NAMES =
  /(^|[\s_-])(listen\w*|audio-?player|article-?audio|text-?to-?speech|tts|speechify|trinity\w*|beyondwords|narration|audm)($|[\s_-])/;

/** "Listen to this article · 5 min" text-to-speech widgets: named so, or short with such text. */
export const listenWidget = defineRule({
  name: 'listen-widget',
  limits: { maxWords: 25, maxChars: 600 },
  phrases: {
    listen: {
      at: 'start',
      en: [
        'listen to (this|the) (article|story|episode|audio)',
        'listen( now)?$',
        "listen to [\\p{L}\\p{N}'’ ]{1,30} live (at|on)",
        'listen (back|again) (here|on)',
        'audio version',
        'play audio',
        'hear this (story|article)',
        'this (article|story) is available (as|in) audio',
        '\\d+:\\d+\\s*listen',
      ],
      fr: ["écouter (cet|l’|l')article", 'écouter'],
      de: ['(artikel )?anhören', 'vorlesen lassen'],
      es: ['escuchar (este |el )?artículo', 'escuchar'],
      pt: ['ouvir (o texto|esta matéria|o artigo)'],
      it: ["ascolta (l’|l')articolo", 'ascolta'],
    },
  },
  match(el, _ctx, { listen }) {
    if (LISTEN_NAMES.test(namesOf(el))) return [el];
    return wordsOf(el) <= 15 && listen.test(textOf(el)) ? [el] : null;
  },
});
