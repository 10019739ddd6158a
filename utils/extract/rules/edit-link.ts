import { defineRule } from './types';
import { linkDensity, namesOf, tagOf, textOf } from './dom';

/**
 * Wiki "[edit]" links next to section headings ("[edit]", "[modifier | modifier le code]",
 * "[Bearbeiten | Quelltext bearbeiten]"), per language: named `mw-editsection` in the markup, or a
 * bracketed edit link that is all link.
 */
export const editLink = defineRule({
  name: 'edit-link',
  phrasing: true,
  limits: { maxWords: 6, maxChars: 60 },
  phrases: {
    edit: {
      at: 'whole',
      en: ['\\[ ?edit( source)?( \\| edit source)? ?\\]'],
      fr: ['\\[ ?modifier( \\| modifier le code)? ?\\]'],
      de: ['\\[ ?bearbeiten( \\| quelltext bearbeiten)? ?\\]'],
      es: ['\\[ ?editar( \\| editar código)? ?\\]'],
      pt: ['\\[ ?editar( \\| editar código-fonte)? ?\\]'],
      it: ['\\[ ?modifica( \\| modifica wikitesto)? ?\\]'],
    },
  },
  match(el, _ctx, { edit }) {
    if (/(^|\s)mw-editsection(\s|$)/.test(namesOf(el))) return [el];
    if (!edit.test(textOf(el))) return null;
    return tagOf(el) === 'A' || linkDensity(el) >= 0.5 ? [el] : null;
  },
});
