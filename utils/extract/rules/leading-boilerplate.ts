import { defineRule } from './types';
import { linkDensity, tagOf, textOf, wordsOf } from './dom';

/** "By Jane Doe", "Por …", "Von …", "Par …", "Jane Doe, AP Writer". */
const BYLINE = /^(by|par|por|von|di|door|av|af|przez|от|autor:?)\s+\S/i;
const WIRE_BYLINE =
  /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){1,3}, (ap|associated press|reuters|afp|bloomberg)\b/iu;
/** "Published 4:00 am", "Updated: Nov. 20, 2019", "First published on …", "Posted …". */
const DATE_LINE =
  /^[|·•]?\s*(published|updated|posted|first published|last updated|last modified|modified|publicado|atualizado|mis à jour|publié|veröffentlicht|aktualisiert)\b/i;
const MONTH_NAME =
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janeiro|fevereiro|março|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|ene|enero|febrero|marzo|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|gen|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|ago|set|ott|dic|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)';
const MONTH = new RegExp(
  `\\b${MONTH_NAME}[a-zé]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(de\\s+)?${MONTH_NAME}[a-zçéû]*\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d+ (minutes?|hours?|days?) ago\\b`,
  'i',
);
const URL_LINE = /^(https?:\/\/|www\.)\S+$/i;

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Labels of the metadata line some CMSs print under the title ("Publicado por: … - Categoria: …"). */
const META_LABEL =
  /\b(posted|published|publicado|publié|veröffentlicht|pubblicato) (by|por|par|von|da)\b|\b(categor(y|ia|ía)|catégorie|kategorie|tags?|filed under)\s*:/i;

/** Is `text` a publication date line ("Published 4:00 am CST, Wednesday, November 20, 2019")? */
function isDateLine(text: string, words: number): boolean {
  if (words <= 20 && DATE_LINE.test(text) && (MONTH.test(text) || /\d/.test(text))) return true;
  // "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: …"
  if (words <= 30 && MONTH.test(text) && META_LABEL.test(text) && !/[.!?]$/.test(text)) return true;
  // A date standing alone ("November 20, 2019 / 1:07 AM / CBS News", "segunda-feira, 22 de janeiro de 2018").
  if (
    words > 12 ||
    !MONTH.test(text) ||
    !/\b\d{4}|\d:\d\d/.test(text) ||
    /[.!?]$/.test(text.replace(/\b[ap]\.m\.$/i, ''))
  )
    return false;
  // Only date words may remain besides at most two others (a site name): "As of 29 November 2018"
  // or "Open until 20 January 2019" are sentences of the story.
  const rest = text
    .replace(new RegExp(MONTH.source, 'gi'), ' ')
    .replace(new RegExp(`\\b${MONTH_NAME}[a-zçéû]*\\b`, 'gi'), ' ')
    .replace(WEEKDAY_OR_FILLER, ' ')
    .replace(/[\d:./,|·•()-]+/g, ' ')
    .trim();
  return (
    (rest ? rest.split(/\s+/).length : 0) <= 2 && !/^(as of|until|since|from|by|on)\b/i.test(text)
  );
}

const WEEKDAY_OR_FILLER =
  /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(segunda|terça|quarta|quinta|sexta)(-feira)?|\b(sábado|domingo|lunes|martes|miércoles|jueves|viernes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b|\b(de|às|at|um|le|the|a\.m\.|p\.m\.|am|pm|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|et|hst|ist)\b/gi;

/**
 * Publication date lines wherever Readability left them (some sites print them after the lede):
 * the reader shows the date in its header.
 */
export const dateline = defineRule({
  name: 'dateline',
  limits: { maxWords: 30, maxChars: 400 },
  match(el) {
    const words = wordsOf(el);
    const text = textOf(el);
    // A span or list item only with an explicit "Published/Updated" label: a bare date inside a
    // citation ("Retrieved 1 May 2016") stays.
    if (tagOf(el) === 'SPAN' || tagOf(el) === 'LI')
      return DATE_LINE.test(text) && /\d/.test(text) ? [el] : null;
    return isDateLine(text, words) ? [el] : null;
  },
});

/**
 * Page chrome before the story's first paragraph that Readability keeps: the headline repeated
 * (the reader shows the title itself), bylines and dates (shown in the reader's header), the
 * page URL printed as text, and navigation link lists. Checked on the leading blocks only.
 */
export const leadingBoilerplate = defineRule({
  name: 'leading-boilerplate',
  limits: { maxWords: 30, maxChars: 600 },
  match(el, ctx) {
    const text = textOf(el);
    const words = wordsOf(el);
    if (ctx.title && normalise(text) === normalise(ctx.title)) return [el];
    // The byline again ("JANIE HAR"), shown in the reader's header.
    if (ctx.byline && normalise(text) === normalise(ctx.byline.replace(/^by\s+/i, ''))) return [el];
    if (URL_LINE.test(text)) return [el];
    if (words <= 20 && (BYLINE.test(text) || WIRE_BYLINE.test(text))) return [el];
    if (isDateLine(text, words)) return [el];
    // A date and a byline on one line: "2/26/2015 7:11 AM PST BY TMZ STAFF".
    const by = /^(.{6,60}?)\s+(by|par|por|von)\s+(\S+( \S+){0,3})$/i.exec(text);
    if (by?.[1] && /\d/.test(by[1]) && isDateLine(by[1], by[1].split(' ').length)) return [el];
    // A section kicker before the headline, all link ("Entertainment", "SmartNews Keeping you
    // current").
    if (words <= 5 && linkDensity(el) >= 0.9) return [el];
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
});
