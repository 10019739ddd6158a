import {
  CITIES,
  COMMON_WORDS,
  CONTINENTS,
  COUNTRIES,
  DEMONYMS,
  FIRST_NAMES,
} from './data/gazetteers.generated';
import {
  ACRONYMS,
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

/** Word lists as sets, built once on first use (a service worker pays for them only when it analyzes). */
export interface Gazetteer {
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
  /** Common English words, lower case. */
  common: Set<string>;
  /** Folded word of a place or body → its usual capitalization, for re-casing headlines (first names are apart). */
  caseOf: Map<string, string>;
}

let cached: Gazetteer | null = null;

// Aliases in the country list that news means otherwise: "Emirates" is the airline far more often.
const NOT_PLACES = new Set(['Emirates']);

/** Returns the shared gazetteer, building it on the first call. */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const split = (s: string): string[] => s.split('|');
  const countries = new Set(split(COUNTRIES).map(fold));
  const placeNames = [
    ...split(COUNTRIES),
    ...split(CONTINENTS),
    ...split(CITIES),
    ...EXTRA_PLACES,
    ...REGIONS,
    ...CELESTIAL_PLACES,
    ...Object.values(PLACE_EQUIVALENTS),
    'Aotearoa',
  ].filter((n) => !NOT_PLACES.has(n));
  const places = new Set(placeNames.map(fold));
  const orgNames = [...KNOWN_ORGS];
  const orgs = new Set(orgNames.map(fold));
  const firstNames = new Set([...split(FIRST_NAMES), ...EXTRA_FIRST_NAMES]);
  const demonyms = new Set([...split(DEMONYMS), ...EXTRA_DEMONYMS]);
  const common = new Set(split(COMMON_WORDS));
  const caseOf = new Map<string, string>();
  const addCase = (name: string): void => {
    for (const w of name.split(/[\s]+/)) {
      if (/^\p{Lu}/u.test(w) && !caseOf.has(fold(w))) caseOf.set(fold(w), w);
    }
  };
  for (const n of placeNames) addCase(n);
  for (const n of orgNames) addCase(n);
  for (const n of Object.keys(ACRONYMS)) addCase(n);
  cached = { countries, places, orgs, firstNames, demonyms, common, caseOf };
  return cached;
}
