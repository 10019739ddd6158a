import { defineRule } from './types';
import { linkDensity, namesOf, tagOf, textOf } from './dom';

/**
 * "Back to <section>" links some CMSs print after the story (often misspelled, so the section name
 * is not checked), per language. The whole text must be the link, so a sentence saying "back to"
 * stays.
 */
export const backLink = defineRule({
  name: 'back-link',
  limits: { maxWords: 7, maxChars: 50 },
  phrases: {
    back: {
      at: 'whole',
      en: ["[«‹←<]?\\s*(back|return|go back)( to)?( the)?\\s*[\\p{L}\\p{N}&'’ -]{0,40}\\s*[»›]?"],
      fr: ["[«‹←<]?\\s*(retour|revenir)( à| au| aux)?( la| l’| l')?\\s*[\\p{L}\\p{N}&'’ -]{0,40}"],
      de: ["[«‹←<]?\\s*(zurück)( zu| zur| zum)?\\s*[\\p{L}\\p{N}&'’ -]{0,40}"],
      es: ["[«‹←<]?\\s*(volver|regresar)( a| al)?\\s*[\\p{L}\\p{N}&'’ -]{0,40}"],
      pt: ["[«‹←<]?\\s*(voltar|retornar)( para| a| ao| à)?\\s*[\\p{L}\\p{N}&'’ -]{0,40}"],
      it: ["[«‹←<]?\\s*(torna|ritorna)( a| al| alla| alle)?\\s*[\\p{L}\\p{N}&'’ -]{0,40}"],
    },
  },
  match(el, _ctx, { back }) {
    if (!back.test(textOf(el))) return null;
    if (tagOf(el) !== 'A' && linkDensity(el) < 0.8) return null;
    return [el];
  },
});

const CRUMB_SEPARATOR = /[›»>/|→]/;

/**
 * Breadcrumb trails ("Home › International › Europe"): named so in the markup, or a short line of
 * links joined by separators.
 */
export const breadcrumb = defineRule({
  name: 'breadcrumb',
  limits: { maxWords: 15, maxChars: 300 },
  match(el) {
    if (/breadcrumb|crumbs/.test(namesOf(el))) return [el];
    const links = el.getElementsByTagName('a').length;
    if (links < 2 || linkDensity(el) < 0.75) return null;
    const text = textOf(el);
    const sep = Array.from(text.replace(/\s+/g, '')).filter((c) => CRUMB_SEPARATOR.test(c)).length;
    return sep >= links - 1 && /^(home|accueil|startseite|inicio|início|home page)\b/i.test(text)
      ? [el]
      : null;
  },
});
