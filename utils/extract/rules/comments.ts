import { defineRule } from './types';
import { exceeds, isHeading, namesOf, tagOf, textOf } from './dom';

const SHORT_LINE = new Set([
  'P',
  'DIV',
  'SPAN',
  'STRONG',
  'B',
  'A',
  'SECTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

const COMMENT_NAMES =
  /(^|[\s_-])(comments?|comment-?(list|section|area|form|thread)|commentlist|disqus\w*|respond|replies|discussion|coral\w*|livefyre)($|[\s_-])/;

/** Headings that open a comment section. */
const COMMENT_HEADING = {
  at: 'whole',
  en: [
    '(\\d+\\s+)?(comments|reader comments)',
    '\\d+\\s+(comments?|responses?|replies)',
    '(comments?|responses|replies)\\s*\\(\\d+\\)',
    '(leave|post|add|write|submit) a (comment|reply|response)',
    'join the (conversation|discussion)',
    '(show|view|load|read|see) (all )?(\\d+ )?(comments?|replies)',
    'what do you think\\??',
    'tell us what you think.{0,4}',
    'have your say',
    'discuss this (article|story)',
    'post (a )?comment( \\(\\+\\))?',
  ],
  fr: ['commentaires?', '(\\d+ )?réactions?', 'laisser un commentaire', 'réagissez'],
  de: ['kommentare?', '(\\d+ )?leserkommentare', 'kommentieren', 'diskutieren sie mit'],
  es: ['comentarios?', 'deja (un|tu) comentario', 'enviá tu comentario', 'envía tu comentario'],
  pt: ['comentários?', 'deixe (um|seu) comentário', 'deixe uma resposta'],
  it: ['commenti', 'lascia un commento', 'commenta'],
} as const;

/** Notices and pitches about the comments, not comments themselves. */
const COMMENT_NOTICE = {
  at: 'any',
  en: ['comments are (subject to|moderated)', '(temporarily )?moderating (all )?comments'],
  fr: ['les commentaires sont modérés', 'laissez (un|votre) commentaire'],
  de: ['kommentare werden moderiert', 'hinterlassen sie (einen|ihren) kommentar'],
  es: ['los comentarios (publicados )?son de (exclusiva )?responsabilidad', 'deja tu comentario'],
  pt: [
    'deixe (suas|sua|seu|seus) (dúvidas|opiniões|comentários?)',
    'comentários (com|que)',
    'os comentários não representam',
  ],
  it: ['i commenti sono moderati', 'lascia (un|il tuo) commento'],
} as const;

/**
 * Comment sections after the story: named so in the markup, or from a "Comments (12)" / "Leave a
 * reply" heading to the end of its container, and the notices about comments ("Comments are
 * subject to our community guidelines"), per language. A heading only takes what follows it when
 * that is less than half the article, so a story that talks about comments keeps its text.
 */
export const commentSection = defineRule({
  name: 'comments',
  limits: { maxShare: 0.5 },
  phrases: { heading: COMMENT_HEADING, notice: COMMENT_NOTICE },
  match(el, _ctx, { heading, notice }) {
    if (COMMENT_NAMES.test(namesOf(el))) return [el];
    if (exceeds(el, 300)) return null;
    const text = textOf(el);
    if (text.length <= 250 && notice.test(text)) return [el];
    if (text.length > 60 || !heading.test(text)) return null;
    if (!isHeading(el) && !SHORT_LINE.has(tagOf(el))) return null;
    const block: Element[] = [el];
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) block.push(s);
    return block;
  },
});
