import { defineRule } from './types';
import type { PhraseGroup } from './phrases';
import { isHeading, namesOf, textOf, wordsOf } from './dom';

const AUTHOR_NAMES =
  /(^|[\s_-])(author-?(bio|box|info|promo|card|profile|details|footer|about|description)|about-?(the-?)?author|bio-?box|contributor-?(bio|box)|byline-?bio)($|[\s_-])|(^|\s)(post|entry|article)-?author($|\s)/;

const FOLLOW =
  /\bfollow (us|him|her|them|me|@\w+|[\p{Lu}][\p{L}'’-]+( [\p{Lu}][\p{L}'’-]+)?) (on (twitter|x|facebook|instagram|threads|bluesky|linkedin|mastodon|tiktok|youtube)\b|@\w+)/iu;
const CONTACT =
  /^((you can )?(email|e-mail|contact|reach|write to) (the )?(author|reporter|writer|columnist|him|her|them|us)\b|(email|e-mail|write to|contact|reach) [\p{Lu}][\p{L}'’-]+( [\p{Lu}][\p{L}'’-]+){0,3} (at|via|on) |send (us )?(a )?tips?\b|got a (news )?tip\??|have a (news )?tip\??)/iu;
/** Credits lines closing wire and newspaper stories. */
const CREDITS =
  /^((additional )?(reporting|writing|editing|research) by\b|edited by\b|compiled by\b|source:\s|sources:\s|[\p{L}’'. -]{3,60} contributed (to )?(this|the) (report|story|article)( from [\p{L} ,]+)?\.?$|[\p{L}’'. -]{3,60} contributed reporting\b)/iu;
/** Community and follow-us pitches ("Join our forums", "Like us on Facebook"). */
const COMMUNITY =
  /^(join (our|the) [\p{L} ]{0,30}(forums?|community|conversation)|like us on facebook|follow us\b)/iu;
const HANDLES = /^([@][\w.]+[\s,|·•/]*)+$/;

/** A person's name, then an optional "(email)" or ", role": how bios open. */
const NAME = String.raw`[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3}( \([^)]{1,60}\))?`;

/**
 * One-line bios and role lines, per language: "Jane Doe is a senior reporter covering…", "Emiliano
 * joined pv magazine in 2017", "Eric Song is IGN's deal curator", "Sarah Archer est journaliste".
 */
const BIO: PhraseGroup = {
  at: 'start',
  en: [
    `${NAME} (is|was|has been) (an? |the |[\\p{L}.'’-]+['’]s )?([\\p{L}-]+ ){0,5}(writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|author|freelancer|critic|curator|publisher|anchor|host)\\b`,
    `${NAME} (joined|covers|writes about|reports on|has (been )?(covered|written|reported))\\b`,
  ],
  fr: [
    `${NAME} est (une? |le |la )?([\\p{L}-]+ ){0,3}(journaliste|rédact(eur|rice)|correspondante?|chroniqueu(r|se)|éditorialiste|reporter)\\b`,
  ],
  de: [
    `${NAME} ist ([\\p{L}-]+ ){0,3}(redakteurin?|korrespondentin?|journalistin?|autorin?|kolumnistin?|reporterin?)\\b`,
  ],
  es: [
    `${NAME} es ([\\p{L}-]+ ){0,3}(periodista|redactora?|corresponsal|columnista|editora?|reportera?)\\b`,
  ],
  pt: [
    `${NAME} é ([\\p{L}-]+ ){0,3}(jornalista|repórter|correspondente|colunista|editora?|redatora?)\\b`,
  ],
  it: [
    `${NAME} è ([\\p{L}-]+ ){0,3}(giornalista|redattore|redattrice|corrispondente|editorialista|inviat[oa])\\b`,
  ],
};

/** A role alone on its line: "Opinion Columnist", "Staff Writer", "Rédacteur en chef". */
const ROLE: PhraseGroup = {
  at: 'whole',
  en: [
    '((senior|chief|staff|contributing|opinion|guest|political|deputy|managing|associate|national|foreign|special) ){0,3}(writer|reporter|correspondent|columnist|editor|contributor|producer)',
  ],
  fr: [
    '(grand )?(reporter|journaliste|correspondante?|rédact(eur|rice)( en chef)?|chroniqueu(r|se)|éditorialiste)',
  ],
  de: ['(redakteurin?|korrespondentin?|kolumnistin?|chefredakteurin?)'],
  es: ['(periodista|redactora?|corresponsal|columnista)'],
  pt: ['(jornalista|repórter|correspondente|colunista)'],
  it: ['(giornalista|redattore|redattrice|corrispondente|editorialista)'],
};

/** Headings of author boxes: "About the author", "Über den Autor", "Sobre o autor". */
const ABOUT_AUTHOR: PhraseGroup = {
  at: 'whole',
  en: ['about the authors?'],
  fr: ["à propos de l[’']auteur(e)?", "l[’']auteur(e)?"],
  de: ['über (den autor|die autorin)'],
  es: ['sobre (el autor|la autora)', 'acerca del autor'],
  pt: ['sobre (o autor|a autora)'],
  it: ["sull[’']autore", "l[’']autore"],
};

/** "About Jane Doe", "Über Moritz Bachmann": an author box when the name is the byline's. */
const ABOUT_PERSON: PhraseGroup = {
  at: 'start',
  en: ['about'],
  fr: ['à propos de'],
  de: ['über'],
  es: ['sobre', 'acerca de'],
  pt: ['sobre'],
  it: ['su'],
};

/** How a bio opens: a name of up to five words, then one of the verbs bios use. */
const BIO_OPENING =
  /^[^\s]+( [^\s]+){0,5} (is|was|has|joined|covers|writes|reports|est|ist|es|é|è)\b/i;

/** Capitals are how some papers set the closing role line ("LAURIE OAKES IS THE … EDITOR"). */
function readable(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8 || letters !== letters.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s(])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Does `text` name one of the byline's people (a bio of the author, not of a source)? */
function namesAuthor(text: string, byline: string | undefined): boolean {
  if (!byline) return false;
  const names = byline
    .replace(/^(by|par|por|von|di|door)\s+/i, '')
    .split(/\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*/i)
    .map((n) => n.trim())
    .filter((n) => n.split(' ').length >= 2 || n.length >= 4);
  const lower = text.toLowerCase();
  return names.some((n) => {
    const first = n.split(' ')[0] ?? '';
    return (
      lower.startsWith(n.toLowerCase()) ||
      (first.length >= 3 && lower.startsWith(`${first.toLowerCase()} `))
    );
  });
}

/**
 * Author promos after the story: "Follow Jane Doe on Twitter", "Email the reporter", a one-line
 * bio, a row of social handles, credits. Checked on the trailing blocks only, where sites put them.
 */
export const authorPromo = defineRule({
  name: 'author-promo',
  limits: { maxWords: 80, maxChars: 2000 },
  phrases: { bio: BIO, role: ROLE },
  match(el, ctx, { bio, role }) {
    const words = wordsOf(el);
    const text = textOf(el);
    if (
      ctx.byline &&
      (text === ctx.byline || /^more (articles|stories|posts) (from|by) /i.test(text))
    )
      return [el];
    if (words > 60) return null;
    if (FOLLOW.test(text) || CONTACT.test(text) || HANDLES.test(text) || CREDITS.test(text))
      return [el];
    if (COMMUNITY.test(text)) return [el];
    const plain = readable(text);
    if ((words <= 50 && BIO_OPENING.test(plain) && bio.test(plain)) || role.test(plain))
      return [el];
    // The author, in a sentence or two about themselves: "Regan is a Connecticut native…".
    return namesAuthor(text, ctx.byline) &&
      /^[\p{L}.'’-]+( [\p{L}.'’-]+){0,3} (is|was|has|lives|loves|writes|joined|covers)\b/u.test(
        text,
      )
      ? [el]
      : null;
  },
});

/**
 * Author boxes wherever they sit: named so in the markup ("author-bio"), headed "About the
 * author", or a bio or role line of the byline's author in the middle of the story ("Jane Doe is a
 * senior correspondent…", "Opinion Columnist"). A bio of anyone else is the story's.
 */
export const authorBox = defineRule({
  name: 'author-bio',
  limits: { maxWords: 120, maxChars: 2000, maxShare: 0.5 },
  phrases: { bio: BIO, role: ROLE, about: ABOUT_AUTHOR, aboutPerson: ABOUT_PERSON },
  match(el, ctx, { bio, role, about, aboutPerson }) {
    if (AUTHOR_NAMES.test(namesOf(el))) return [el];
    const text = textOf(el);
    const words = wordsOf(el);
    const person = words <= 6 ? aboutPerson.exec(text) : null;
    if (
      words <= 6 &&
      (about.test(text) || (person && namesAuthor(text.slice(person[0].length).trim(), ctx.byline)))
    ) {
      // The heading and the bio under it.
      const next = el.nextElementSibling;
      if (next && !isHeading(next) && wordsOf(next) <= 80) return [el, next];
      return [el];
    }
    if (words <= 5 && role.test(text)) return [el];
    if (words > 50 || !ctx.byline || !BIO_OPENING.test(text)) return null;
    return bio.test(readable(text)) && namesAuthor(text, ctx.byline) ? [el] : null;
  },
});
