import type { ClutterRule } from './types';
import { isStoryElement, linkDensity, tagOf, textOf, wordsOf } from './dom';

/** "By Jane Doe", "Por …", "Von …", "Par …", "Jane Doe, AP Writer". */
const BYLINE = /^(by|par|por|von|di|door|av|af|przez|от|autor:?)\s+\S/i;
const WIRE_BYLINE =
  /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){1,3}, (ap|associated press|reuters|afp|bloomberg)\b/iu;
/** "Published 4:00 am", "Updated: Nov. 20, 2019", "First published on …", "Posted …". */
const DATE_LINE =
  /^[|·•]?\s*(published|updated|posted|first published|last updated|last modified|modified|publicado|atualizado|mis à jour|publié|veröffentlicht|aktualisiert)\b/i;
const MONTH =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d+ (minutes?|hours?|days?) ago\b/i;
const URL_LINE = /^(https?:\/\/|www\.)\S+$/i;

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Page chrome before the story's first paragraph that Readability keeps: the headline repeated
 * (the reader shows the title itself), bylines and dates (shown in the reader's header), the
 * page URL printed as text, and navigation link lists. Checked on the leading blocks only.
 */
export const leadingBoilerplate: ClutterRule = {
  name: 'leading-boilerplate',
  match(el, ctx) {
    if (el === ctx.root || isStoryElement(el)) return null;
    const text = textOf(el);
    const words = wordsOf(el);
    if (!text || words > 30) return null;
    if (ctx.title && normalise(text) === normalise(ctx.title)) return [el];
    if (URL_LINE.test(text)) return [el];
    if (words <= 20 && (BYLINE.test(text) || WIRE_BYLINE.test(text))) return [el];
    if (words <= 20 && DATE_LINE.test(text) && (MONTH.test(text) || /\d/.test(text))) return [el];
    // A date standing alone ("November 20, 2019 / 1:07 AM / CBS News").
    if (words <= 12 && MONTH.test(text) && /\b\d{4}\b|\d:\d\d/.test(text) && !/[.!?]$/.test(text))
      return [el];
    const tag = tagOf(el);
    // Navigation: a list or row of several short links.
    if (
      (tag === 'UL' || tag === 'OL' || tag === 'NAV' || tag === 'DIV') &&
      linkDensity(el) >= 0.7
    ) {
      const links = el.getElementsByTagName('a').length;
      if (links >= 3 && words / links <= 3) return [el];
    }
    return null;
  },
};
