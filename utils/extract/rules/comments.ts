import type { ClutterRule } from './types';
import { exceeds, isHeading, isStoryElement, namesOf, tagOf, textOf } from './dom';

const SHORT_LINE = new Set(['P', 'DIV', 'SPAN', 'STRONG', 'B', 'A', 'SECTION']);

const COMMENT_NAMES =
  /(^|[\s_-])(comments?|comment-?(list|section|area|form|thread)|commentlist|disqus\w*|respond|replies|discussion|coral\w*|livefyre)($|[\s_-])/;

const COMMENT_HEADING =
  /^((\d+\s+)?(comments|reader comments)|\d+\s+(comments?|responses?|replies)|(comments?|responses|replies)\s*\(\d+\)|(leave|post|add|write|submit) a (comment|reply|response)|join the (conversation|discussion)|(show|view|load|read|see) (all )?(\d+ )?(comments?|replies)|what do you think\??|tell us what (you|YOU) think.{0,4}|have your say|discuss this (article|story)|post (a )?comment( \(\+\))?|comentários|commentaires|kommentare)\s*:?$/i;

/**
 * Comment sections after the story: named so in the markup, or from a "Comments (12)" / "Leave a
 * reply" heading to the end of its container. Only when what follows is less than half the article,
 * so a story that talks about comments keeps its text.
 */
export const commentSection: ClutterRule = {
  name: 'comments',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    if (COMMENT_NAMES.test(namesOf(el))) {
      return !exceeds(el, 0.5 * ctx.rootTextLength, true) ? [el] : null;
    }
    if (exceeds(el, 300)) return null;
    const text = textOf(el);
    if (text.length > 60 || !COMMENT_HEADING.test(text)) return null;
    if (!isHeading(el) && !SHORT_LINE.has(tagOf(el))) return null;
    const block: Element[] = [el];
    let length = 0;
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
      block.push(s);
      length += textOf(s).length;
    }
    return length < 0.5 * ctx.rootTextLength ? block : null;
  },
};
