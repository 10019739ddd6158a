import {
  CITIES,
  COMMON_WORDS,
  CONTINENTS,
  COUNTRIES,
  DEMONYMS,
  FIRST_NAMES,
} from './data/gazetteers.generated';
import { LANGUAGE_WORDS } from './data/languages';
import { COUNTRY_NAMES, STOPWORDS } from './data/languages.generated';
import {
  ACRONYMS,
  CORE_TITLES,
  ORG_HEADS,
  PLACE_PREFIXES,
  STOP_WORDS,
  EXTRA_DEMONYMS,
  EXTRA_FIRST_NAMES,
  CELESTIAL_PLACES,
  EXTRA_PLACES,
  PLACE_EQUIVALENTS,
  REGIONS,
  KNOWN_ORGS,
} from './data/lexicon';

// Names repeat within and across articles; Unicode normalization is the costly step, so keep results.
const folded = new Map<string, string>();

/** Lower-cases and removes diacritics, so "Wróblewska" and "Wroblewska" meet. */
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    // eslint-disable-next-line no-control-regex
    f = /^[\x00-\x7f]*$/.test(s)
      ? s.toLowerCase()
      : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.size > 50_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

/** Word lists as sets, built once per language on first use (a worker pays only when it analyzes). */
export interface Gazetteer {
  /** ISO 639-1 language the lists are for. */
  lang: string;
  /** Folded names of countries (and their aliases). */
  countries: Set<string>;
  /** Folded names of any place: countries, continents, cities, regions, states. */
  places: Set<string>;
  /** Folded names of well-known organizations. */
  orgs: Set<string>;
  /** First names, as written. */
  firstNames: Set<string>;
  /** Demonyms and place adjectives ("German", "Western"), as written. */
  demonyms: Set<string>;
  /** Common words of the language, lower case (English: SCOWL; others: their function words). */
  common: Set<string>;
  /** Capitalized words that open a sentence without being a name ("The", "Le", "Der"). */
  stop: Set<string>;
  /** Titles before a person's name ("President", "M.", "Herr"). */
  titles: Set<string>;
  /** Lower-case nouns that introduce a person ("spokesman", "président"). */
  personNouns: Set<string>;
  /** Words that open an organization's name ("Conseil", "Partido"). */
  orgFirstHeads: Set<string>;
  /** Words that close an organization's name ("Corp", "GmbH", "Party"). */
  orgHeads: Set<string>;
  /** Prepositions before a place ("in", "à", "nach"). */
  locPreps: Set<string>;
  /** Words that open an event's or a title's name ("Copa", "Coupe"). */
  miscFirstHeads: Set<string>;
  /** Lower-case words that continue a name after its head ("Conseil constitutionnel"). */
  nameAdjective: RegExp | null;
  /** Nouns are capitalized (German): a capitalized word alone says nothing. */
  nounsCapitalized: boolean;
  /** Folded word of a place or body → its usual capitalization, for re-casing headlines (first names are apart). */
  caseOf: Map<string, string>;
}

const cached = new Map<string, Gazetteer>();

// Aliases in the country list that news means otherwise: "Emirates" is the airline far more often.
const NOT_PLACES = new Set(['Emirates']);

const LOC_PREPOSITIONS =
  'in at near from to into inside outside across toward towards throughout around via'.split(' ');
const PERSON_NOUNS = (
  'minister president spokesman spokeswoman chairman chairwoman coach striker midfielder defender ' +
  'congressman congresswoman lawmaker politician activist rapper comedian host anchor reporter ' +
  'correspondent professor scientist researcher physician surgeon nurse officer detective prosecutor ' +
  'attorney teacher student singer-songwriter guitarist drummer producer designer architect star ' +
  'great legend boss rookie veteran forward guard center quarterback pitcher ' +
  'goalkeeper leader secretary premier actor actress singer player captain manager director analyst ' +
  'economist editor author writer official envoy ambassador general colonel judge lawyer governor ' +
  'senator mayor chief executive founder owner trader dealer broker champion batsman bowler ' +
  'rider driver skipper winger forward veteran compatriot teammate seed opponent husband wife son ' +
  'daughter brother sister father mother uncle'
).split(' ');

/** Returns the gazetteer of a language (English by default), building it on the first call. */
export function gazetteer(lang = 'en'): Gazetteer {
  const known = cached.get(lang);
  if (known) return known;
  const extra = lang === 'en' ? undefined : LANGUAGE_WORDS[lang];
  const split = (s: string): string[] => (s ? s.split('|') : []);
  // Every language's names of countries: the lists give one name per country and language, and the
  // neighbours' spelling is often the one used ("Irak" in Spanish, as in French and German).
  const localCountries = extra ? Object.values(COUNTRY_NAMES).flatMap(split) : [];
  const countries = new Set([...split(COUNTRIES), ...localCountries].map(fold));
  const placeNames = [
    ...split(COUNTRIES),
    ...localCountries,
    ...split(CONTINENTS),
    ...split(CITIES),
    ...EXTRA_PLACES,
    ...REGIONS,
    ...CELESTIAL_PLACES,
    ...Object.values(PLACE_EQUIVALENTS),
    ...(extra?.places ?? []),
    'Aotearoa',
  ].filter((n) => !NOT_PLACES.has(n));
  const places = new Set(placeNames.map(fold));
  const orgNames = [...KNOWN_ORGS];
  const orgs = new Set(orgNames.map(fold));
  const firstNames = new Set([...split(FIRST_NAMES), ...EXTRA_FIRST_NAMES]);
  const demonyms = new Set([...split(DEMONYMS), ...EXTRA_DEMONYMS]);
  const local = extra ? split(STOPWORDS[lang] ?? '') : [];
  const common = extra ? new Set(local) : new Set(split(COMMON_WORDS));
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const stop = new Set(
    [...STOP_WORDS, ...local.map(cap), ...(extra?.openers ?? [])].filter(
      // "São", "San", "Santa" open place names; articles ("La", "Los") stay openers.
      (w) => !PLACE_PREFIXES.has(w) || STOP_WORDS.has(w) || /^(?:L[ae]s?|Los|El|Il|Al)$/.test(w),
    ),
  );
  const caseOf = new Map<string, string>();
  const addCase = (name: string): void => {
    for (const w of name.split(/[\s]+/)) {
      if (/^\p{Lu}/u.test(w) && !caseOf.has(fold(w))) caseOf.set(fold(w), w);
    }
  };
  for (const n of placeNames) addCase(n);
  for (const n of orgNames) addCase(n);
  for (const n of Object.keys(ACRONYMS)) addCase(n);
  const g: Gazetteer = {
    lang,
    countries,
    places,
    orgs,
    firstNames,
    demonyms,
    common,
    stop,
    titles: new Set([
      ...(extra ? ['Dr', 'Prof', 'Pope', 'King', 'Queen', 'Prince', 'Princess'] : CORE_TITLES),
      ...(extra?.titles ?? []).map((t) => t.replace(/\.$/, '')),
    ]),
    personNouns: new Set([...PERSON_NOUNS, ...(extra?.personNouns ?? [])]),
    orgFirstHeads: new Set(extra?.orgFirstHeads ?? []),
    orgHeads: new Set([...ORG_HEADS, ...(extra?.orgLastHeads ?? [])]),
    locPreps: new Set([...LOC_PREPOSITIONS, ...(extra?.locPreps ?? [])]),
    miscFirstHeads: new Set(extra?.miscFirstHeads ?? []),
    nameAdjective: extra?.nameAdjective ?? null,
    nounsCapitalized: extra?.nounsCapitalized ?? false,
    caseOf,
  };
  cached.set(lang, g);
  return g;
}
