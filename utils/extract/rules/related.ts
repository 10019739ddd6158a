import type { ClutterRule } from './types';
import {
  exceeds,
  isHeading,
  isStoryElement,
  lengthOf,
  linkDensity,
  namesOf,
  tagOf,
  textOf,
  wordsOf,
} from './dom';

const RELATED_NAMES =
  /(^|[\s_-])(related|more-?from|more-?on|recommended|recommendations?|read-?more|read-?next|also-?read|more-?stories|more-?articles|trending|most-?(read|popular|viewed|shared)|popular|you-?may-?like|recirc\w*|further-?reading|next-?(article|story|up)|see-?also)($|[\s_-])/;

/** Headings of "more to read" lists. */
export const RELATED_HEADING =
  /^(related( stories| articles| content| coverage| news| posts| reading| links| topics)?|more (from|on|about|in|stories|news|articles|to read|like this)\b.{0,40}|recommended( for you| stories| reading| articles)?|you (may|might) (also )?(like|enjoy|be interested in)|read (more|also|next)|also read|see also|trending( now| stories)?|most (read|popular|viewed|shared)|popular( now| stories| articles)?|don'?t miss|what to read next|top stories|latest (news|stories)|editor'?s picks|in other news|more( great| top| popular| recent| latest)?( [\p{L}.&'’-]+){0,2} (stories|news|articles|reads|coverage|videos|posts))\s*(:|\.{2,3}|…)?$/iu;

/** Inline promos between paragraphs: "READ MORE: <headline link>", "Related: <link>". */
const INLINE_PROMO =
  /^\(?(read more|see more|more|related|see also|also read|read also|also see|read next|recommended|must read|watch|listen|click here|更多|lire aussi|lesen sie auch|leia também|lee también|leggi anche( su)?)\b\s*(:|»|>|\||-|–|—)/i;

/**
 * "Related / more from / recommended" lists and inline "READ MORE:" promos: named so in the markup,
 * headed by such a heading (the heading and the list after it go), or an inline promo line that is
 * mostly a link.
 */
export const relatedLinks: ClutterRule = {
  name: 'related-links',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (RELATED_NAMES.test(namesOf(el))) {
      if (!lengthOf(el) || exceeds(el, 0.4 * ctx.rootTextLength, true)) return null;
      return linkDensity(el) >= 0.3 || wordsOf(el) < 40 ? [el] : null;
    }
    if (exceeds(el, 1500)) return null;
    const text = textOf(el);
    if (!text) return null;
    if (wordsOf(el) <= 8 && text.length <= 60 && RELATED_HEADING.test(text)) {
      // The heading and the list it introduces: its next sibling, or the rest of its container.
      const next = el.nextElementSibling;
      if (next && !isStoryElement(next) && linkDensity(next) >= 0.35) return [el, next];
      const parent = el.parentElement;
      if (!next && isHeading(el)) return [el];
      if (
        parent &&
        parent !== ctx.root &&
        parent.firstElementChild === el &&
        linkDensity(parent) >= 0.4 &&
        textOf(parent).length < 0.3 * ctx.rootTextLength
      ) {
        return [parent];
      }
      return null;
    }
    if (wordsOf(el) <= 40 && INLINE_PROMO.test(text)) {
      // A promo is a link, or shouts its label ("SEE MORE:") in capitals.
      const label = text.split(/[:»>|–—-]/)[0] ?? '';
      if (linkDensity(el) >= 0.4 || (label.length > 3 && label === label.toUpperCase()))
        return [el];
    }
    // A paragraph that is one link in capitals: an inline headline promo ("TAYLOR SWIFT CLEARED…").
    if (tagOf(el) === 'P' && wordsOf(el) >= 4 && wordsOf(el) <= 30 && linkDensity(el) >= 0.9) {
      const letters = text.replace(/[^\p{L}]/gu, '');
      if (
        letters.length >= 12 &&
        letters === letters.toUpperCase() &&
        letters !== letters.toLowerCase()
      )
        return [el];
    }
    return null;
  },
};
