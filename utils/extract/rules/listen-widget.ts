import type { ClutterRule } from './types';
import { exceeds, isStoryElement, namesOf, textOf, wordsOf } from './dom';

const LISTEN_NAMES =
  /(^|[\s_-])(listen\w*|audio-?player|article-?audio|text-?to-?speech|tts|speechify|trinity\w*|beyondwords|narration|audm)($|[\s_-])/;
const LISTEN_TEXT =
  /^(listen to (this|the) (article|story|episode|audio)|listen( now)?|audio version|play audio|hear this (story|article)|this (article|story) is available (as|in) audio|\d+:\d+\s*listen)\b/i;

/** "Listen to this article · 5 min" text-to-speech widgets: named so, or short with such text. */
export const listenWidget: ClutterRule = {
  name: 'listen-widget',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (exceeds(el, 600)) return null;
    const words = wordsOf(el);
    if (words > 25) return null;
    if (LISTEN_NAMES.test(namesOf(el))) return [el];
    return words > 0 && words <= 15 && LISTEN_TEXT.test(textOf(el)) ? [el] : null;
  },
};
