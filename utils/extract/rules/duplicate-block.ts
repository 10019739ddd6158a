import { defineRule } from './types';
import { namesOf, textOf } from './dom';

const MEDIA_NAMES = /caption|credit|gallery|slide|carousel|swiper/;

/** Inside a gallery or caption block (itself or one of its four nearest ancestors). */
function inMedia(el: Element, root: Element): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && cur !== root && i < 5; i++, cur = cur.parentElement) {
    if (MEDIA_NAMES.test(namesOf(cur))) return true;
  }
  return false;
}

const seen = new WeakMap<Element, Map<string, Element>>();

/**
 * Gallery captions repeated word for word: slideshows print the same caption and credit once per
 * slide clone or breakpoint. The first copy stays. Limited to galleries and captions, because
 * stories do repeat their own text on purpose (recipe steps, interview questions, product lists).
 */
export const duplicateBlock = defineRule({
  name: 'duplicate-block',
  limits: { maxChars: 1500 },
  match(el, ctx) {
    const text = textOf(el);
    if (text.length < 25 || !inMedia(el, ctx.root)) return null;
    let texts = seen.get(ctx.root);
    if (!texts) {
      texts = new Map();
      seen.set(ctx.root, texts);
    }
    const first = texts.get(text);
    if (!first) {
      texts.set(text, el);
      return null;
    }
    // The same text one level down (a div around its paragraph) is not a copy.
    if (first.contains(el) || el.contains(first) || !ctx.root.contains(first)) return null;
    return [el];
  },
});
