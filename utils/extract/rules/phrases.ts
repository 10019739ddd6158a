/**
 * Phrases of clutter rules, written as data per language, and the page languages they apply to.
 *
 * A rule lists its phrases per language (`{ en: ['read more'], fr: ['lire aussi'] }`); the runner
 * compiles, once per page, only the languages of that page (declared or guessed from the text)
 * plus English, which sites in every language use for widget labels. A French "Lire aussi" never
 * tests a German page, and a rule's phrases stay readable lists instead of one regex soup.
 */

/** Languages the rules carry phrases for. */
export const LANGS = ['en', 'fr', 'de', 'es', 'pt', 'it'] as const;
export type Lang = (typeof LANGS)[number];

/** Phrases per language: regular-expression sources, matched case-insensitively. */
export type Phrases = Partial<Record<Lang, readonly string[]>>;

/**
 * A named group of phrases and where they must sit in the element's text (whitespace collapsed):
 * the whole text (`whole`, trailing `:`, `…` and similar allowed), its start (`start`, followed by
 * a non-letter) or anywhere as whole words (`any`).
 */
export interface PhraseGroup extends Phrases {
  at: 'whole' | 'start' | 'any';
}

const TRAILING = String.raw`\s*[:：.…»›>|–—-]*\s*`;
/** The phrase ends a word: it ended on a non-letter, or no letter follows. */
const WORD_END = String.raw`(?:(?<=[^\p{L}\p{N}])|(?![\p{L}\p{N}]))`;

const compiled = new WeakMap<PhraseGroup, Map<string, RegExp>>();

/**
 * One case-insensitive RegExp for the given languages' phrases of `group`, compiled once per
 * group and set of languages (pages share them).
 */
export function compilePhrases(group: PhraseGroup, langs: ReadonlySet<Lang>): RegExp {
  const key = LANGS.filter((l) => langs.has(l)).join(',');
  let byLangs = compiled.get(group);
  if (!byLangs) {
    byLangs = new Map();
    compiled.set(group, byLangs);
  }
  let re = byLangs.get(key);
  if (!re) {
    re = build(group, langs);
    byLangs.set(key, re);
  }
  return re;
}

function build(group: PhraseGroup, langs: ReadonlySet<Lang>): RegExp {
  const alternatives: string[] = [];
  for (const lang of LANGS) {
    if (!langs.has(lang)) continue;
    for (const p of group[lang] ?? []) alternatives.push(p);
  }
  // No phrase for these languages: a RegExp that never matches.
  if (!alternatives.length) return /(?!)/;
  const body = `(?:${alternatives.join('|')})`;
  const source =
    group.at === 'whole'
      ? `^${body}${TRAILING}$`
      : group.at === 'start'
        ? `^${body}${WORD_END}`
        : `(?<![\\p{L}\\p{N}])${body}${WORD_END}`;
  return new RegExp(source, 'iu');
}

/** Very frequent short words of each language: enough to tell the six apart on a paragraph. */
const STOPWORDS: Record<Lang, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'it', 'on', 'are'],
  fr: ['le', 'la', 'les', 'des', 'est', 'une', 'et', 'pour', 'dans', 'qui', 'pas', 'sur', 'du'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'den', 'auf', 'ein', 'zu'],
  es: ['el', 'los', 'las', 'del', 'que', 'por', 'con', 'para', 'es', 'una', 'y', 'se'],
  pt: ['os', 'do', 'da', 'dos', 'das', 'que', 'não', 'uma', 'com', 'para', 'em', 'ao'],
  it: ['il', 'gli', 'della', 'che', 'non', 'per', 'con', 'del', 'sono', 'una', 'di', 'è'],
};
const STOPWORD_LANGS = new Map<string, Lang[]>();
for (const lang of LANGS) {
  for (const w of STOPWORDS[lang]) STOPWORD_LANGS.set(w, [...(STOPWORD_LANGS.get(w) ?? []), lang]);
}

/** Languages whose stopwords make up a fair share of `text` (its first few thousand characters). */
export function guessLangs(text: string): Lang[] {
  const words =
    text
      .slice(0, 4000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return [];
  const score = new Map<Lang, number>();
  for (const w of words) {
    for (const lang of STOPWORD_LANGS.get(w) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1);
  }
  const best = Math.max(0, ...score.values());
  if (best < 0.08 * words.length) return [];
  // Close seconds too (Spanish and Portuguese share many short words).
  return LANGS.filter((l) => (score.get(l) ?? 0) >= 0.7 * best);
}

/**
 * The languages whose phrases apply to a page: English, the declared language (`<html lang>`)
 * when the rules know it, and the languages guessed from the article text (sites often declare
 * the wrong one). A page in a language the rules do not know, with nothing guessed, gets English
 * only; a page that declares nothing and whose text says nothing gets every language.
 */
export function pageLangs(declared: string | null | undefined, text: string): Set<Lang> {
  const langs = new Set<Lang>(['en']);
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LANGS as readonly string[]).includes(primary)) langs.add(primary as Lang);
  const guessed = guessLangs(text);
  for (const l of guessed) langs.add(l);
  if (!primary && !guessed.length) for (const l of LANGS) langs.add(l);
  return langs;
}
