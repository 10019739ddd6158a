/**
 * Typing: is a name a person, an organization or a place? Evidence from the word lists and the name's
 * shape (`nameEvidence`), from the words around each mention (`contextEvidence`), then one decision
 * per entity (`decide`).
 */
import { fold, type Gazetteer } from '../gazetteer';
import { isAllCaps, isCapitalized, type Token } from '../tokens';
import {
  ACRONYMS,
  FAMILY_FIRST_SURNAMES,
  POSSESSIVE_NAMES,
  MONTHS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  STATE_ABBREVIATIONS,
  WEEKDAYS,
} from '../data/lexicon';
import { lettersOf, zero, type Evidence, type Group, type Kind } from './types';

const PLACE_NOUNS = new Set(
  (
    'province provinces state city town village region district county capital island port border ' +
    'airport river valley coast suburb municipality prefecture oblast republic enclave outskirts ' +
    'area prison neighborhood neighbourhood resort island isla ilha île isola ciudad cidade ville ' +
    'città provincia région regione región pueblo río rio fleuve fiume estado état stato capitale'
  ).split(' '),
);
// Verbs of sport results, next to the teams that played ("Leeds beat Chelsea", "lost to Essex").
const SPORTS_VERBS = new Set(
  'beat beats drew draw defeated defeat edged thrashed routed trounced downed overcame outplayed lost v vs vs. against'.split(
    ' ',
  ),
);
const US_STATES = new Set(
  (
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois ' +
    'Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri ' +
    'Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington ' +
    'Wisconsin Wyoming'
  ).split(' '),
);
const SPEECH_VERBS = new Set('said says told added asked stated replied wrote'.split(' '));
// Words that open sports club names ("Hapoel Haifa", "Real Madrid", "Dynamo Kiev").
const CLUB_WORDS = new Set(
  (
    'Hapoel Maccabi Beitar Bnei Ironi Real Atletico Athletic Sporting Dynamo Dinamo Spartak Lokomotiv CSKA ' +
    'Olympique Racing Inter Bayer Borussia Eintracht Werder Hertha VfB VfL SV TSV FC AC AS SC RC Rapid ' +
    'Partizan Crvena Slavia Sparta Legia Ajax PSV Feyenoord Standard Club Deportivo Celtic Manchester'
  ).split(' '),
);
const STRONG_ORG_WORDS = new Set(
  (
    'Party Ministry University Bank Council Committee Commission Association Federation Institute ' +
    'Organisation Organization Agency Department Union League Club Court Church Corporation Company'
  ).split(' '),
);
const LOC_KINDS: Record<string, Kind> = {
  US: 'LOC',
  USA: 'LOC',
  UK: 'LOC',
  UAE: 'LOC',
  DC: 'LOC',
  USSR: 'LOC',
};

// Words that make a place of what follows them ("North Ossetia", "St. Petersburg", "Lake Chad").
const PLACE_STARTERS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|St\.?|Saint|Mount|Mt\.?|Lake|Cape|Fort|Port|San|Santa|Santo|São|Sao)$/;
// A lone unknown capitalized word is more often a body, brand or team than a person: news
// introduces people by their full name, and a surname then merges into it.
export const DEFAULT_SINGLE: Kind = 'ORG';

export function isDemonym(word: string, g: Gazetteer): boolean {
  const parts = word.split('-');
  // "Euro-Atlantic", "Sino-Japanese", "Franco-African": adjectives of place.
  if (parts.length > 1 && g.demonyms.has(parts[0] ?? '') && !g.places.has(fold(word))) return true;
  return parts.every((p) => g.demonyms.has(p) || g.demonyms.has(p.replace(/s$/, '')));
}

export function isTimeWord(word: string): boolean {
  const w = word.replace(/\.$/, '');
  return MONTHS.has(w) || WEEKDAYS.has(w);
}

export function isPlace(name: string, g: Gazetteer): boolean {
  return g.places.has(fold(name));
}

/** Name-shape and word-list evidence for a name, independent of where it stands. */
export function nameEvidence(
  words: string[],
  g: Gazetteer,
  table = false,
): { ev: Evidence; strong: number } {
  const ev = zero();
  const name = words.join(' ');
  const f = fold(name);
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  const acronym = lettersOf(name).toUpperCase();
  const placeAt = (from: number, to: number): boolean =>
    isPlace(words.slice(from, to).join(' '), g);
  let placePart = false;
  for (let k = 1; k < words.length && k <= 3; k++) {
    if (placeAt(0, k) || placeAt(words.length - k, words.length)) placePart = true;
  }
  if (words.length === 1 && isAllCaps(name) && ACRONYMS[acronym]) {
    ev[LOC_KINDS[acronym] ?? 'ORG'] += 5;
  } else if (g.orgs.has(f)) {
    ev.ORG += 5;
  } else if (g.countries.has(f)) {
    ev.LOC += 5;
  } else if (isPlace(name, g)) {
    // Teams in a results table are named after their cities ("Hamburg 1 Bayern Munich 2").
    if (table) ev.ORG += 3;
    else ev.LOC += 3;
  } else if (table && words.length > 1 && placePart) {
    ev.ORG += 3;
  } else if (words.length > 1 && g.orgHeads.has(last)) {
    ev.ORG += 4;
  } else if (g.orgFirstHeads.has(first) && (words.length > 1 || /\s/.test(name))) {
    // "Conseil constitutionnel", "Partido Popular", "Banca d'Italia".
    ev.ORG += 4;
  } else if (
    words.length === 2 &&
    (g.firstNames.has(first) ||
      (FAMILY_FIRST_SURNAMES.has(first) &&
        (last.length <= 3 || !g.common.has(last.toLowerCase())))) &&
    /^\p{Lu}[\p{Ll}'’-]/u.test(last) &&
    !g.places.has(f) &&
    !PLACE_HEADS.has(last)
  ) {
    // "John Williams", "Alexandria Ocasio-Cortez", "Liu He": a first name (or a family name written
    // first) before a name is a person, whatever else the last word names.
    ev.PER += 3.5;
  } else if (words.length > 1 && (words.includes('&') || g.orgs.has(fold(last)))) {
    ev.ORG += 4;
  } else if (words.length > 1 && CLUB_WORDS.has(first)) {
    ev.ORG += 4;
  } else if (words.length > 1 && words.some((w) => STRONG_ORG_WORDS.has(w))) {
    ev.ORG += 3;
  } else if (words.length > 2 && !g.nounsCapitalized && words.some((w) => g.orgHeads.has(w))) {
    ev.ORG += 2.5;
  } else if (words.length > 1 && PLACE_HEADS.has(last)) {
    ev.LOC += 3;
  } else if (words.length > 2 && words[1] === 'of' && PLACE_HEADS.has(first)) {
    // "Gulf of Mexico", "Isle of Man", "Republic of Ireland".
    ev.LOC += 3;
  } else if (
    words.length > 1 &&
    PLACE_PREFIXES.has(first) &&
    (placeAt(1, words.length) || PLACE_STARTERS.test(first))
  ) {
    ev.LOC += 3;
  } else if (words.length > 1 && /^\p{Lu}\.$/u.test(first) && !placeAt(1, words.length)) {
    ev.PER += 4;
  } else if (words.length > 1 && g.firstNames.has(first)) {
    ev.PER += 3;
  } else if (words.length > 1 && placePart) {
    // "Rapid Vienna", "Norilsk Nickel", "New York Jets": a place plus a word is a team or a company.
    ev.ORG += 2.5;
  } else if (words.length === 1 && isAllCaps(name) && name.length <= 6) {
    ev.ORG += 1.5;
  } else if (words.length === 1 && POSSESSIVE_NAMES.has(name)) {
    ev.ORG += 4;
  } else if (words.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(name)) {
    // "WeWork", "AgileBits", "GateHouse": a brand spelled in camel case.
    ev.ORG += 1.5;
  } else if (words.length === 1 && g.firstNames.has(name)) {
    ev.PER += 0.4;
  } else if (words.length === 1 && g.lang === 'en' && /(?:ians|ers|ies|ans|ens|ites)$/.test(name)) {
    // "Saracens", "Wallabies", "Islanders": a team or a group, not a surname.
    ev.ORG += 0.5;
  }
  const strong = ev.PER + ev.ORG + ev.LOC;
  return { ev, strong };
}

/** Evidence from the words around a mention: "said X", "X, 34,", "in X", "(X)". */
export function contextEvidence(
  tokens: Token[],
  start: number,
  end: number,
  ev: Evidence,
  g: Gazetteer,
): void {
  const prev = tokens[start - 1]?.text ?? '';
  const prev2 = tokens[start - 2]?.text ?? '';
  const next = tokens[end]?.text ?? '';
  const next2 = tokens[end + 1]?.text ?? '';
  const next3 = tokens[end + 2]?.text ?? '';
  if (SPEECH_VERBS.has(next) || (SPEECH_VERBS.has(prev) && prev !== 'told')) ev.PER += 1;
  // "Will Moy, chief executive of Full Fact": a person before their role.
  if (
    next === ',' &&
    (g.personNouns.has(next2.toLowerCase()) ||
      (/^(?:the|a|an)$/.test(next2) && g.personNouns.has(next3.toLowerCase())))
  )
    ev.PER += 3;
  // "the Trump administration", "the Sanders campaign": a person's.
  if (
    /^(?:administration|campaign|presidency|family|government|era)$/.test(next) &&
    end - start === 1
  )
    ev.PER += 2;
  if (next === ',' && /^\d{2}$/.test(next2) && (next3 === ',' || next3 === '')) ev.PER += 3;
  if (next === ',' && next2 === 'who') ev.PER += 2;
  if (g.personNouns.has(prev.toLowerCase()) && /^\p{Ll}/u.test(prev)) ev.PER += 3;
  if (g.locPreps.has(prev)) ev.LOC += 0.75;
  // "the province of Sinaloa", "Sonora state", "Walikale region".
  if ((prev === 'of' && PLACE_NOUNS.has(prev2)) || PLACE_NOUNS.has(next)) ev.LOC += 2;
  // "Ian Wright (Arsenal)", "Pete Sampras (U.S.)": after a person, a country or the team.
  if (prev === '(' && next === ')' && isCapitalized(prev2)) ev.ORG += 2;
  else if (prev === '(' && next === ')' && prev2 !== '') ev.LOC += 1;
  const name = tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
  const city = g.places.has(fold(name)) && !g.countries.has(fold(name));
  // "Leeds drew with Chelsea", "Essex beat Yorkshire": a town that wins or loses is its team.
  if (city && (SPORTS_VERBS.has(next.toLowerCase()) || SPORTS_VERBS.has(prev.toLowerCase())))
    ev.ORG += 3;
  // "shares of Acme", "Acme shares fell", "Acme's chief executive": a company.
  if (
    /^(?:shares|stock|stake|subsidiary|unit|shareholders)$/.test(next) ||
    ((prev === 'of' || prev === 'in') && /^(?:shares|stake|stock|units?)$/.test(prev2)) ||
    (tokens[end - 1]?.possessive &&
      /^(?:shares|stock|chairman|chief|board|shareholders|profit|revenue|subsidiary)$/.test(next))
  )
    ev.ORG += 2;
  // "Palo Alto, California", "Hanoi, Vietnam": a place before its state or country.
  if (next === ',' && (g.countries.has(fold(next2)) || US_STATES.has(next2))) ev.LOC += 2;
  // "Appleton, Wis.": a state after a town.
  if (
    end - start === 1 &&
    prev === ',' &&
    STATE_ABBREVIATIONS.has(tokens[start]?.text ?? '') &&
    isCapitalized(prev2)
  ) {
    ev.LOC += 4;
  }
}

/** A known place or body, by its whole name. */
export function isKnown(words: string[], g: Gazetteer): boolean {
  const f = fold(words.join(' '));
  return (
    g.places.has(f) ||
    g.orgs.has(f) ||
    (words.length === 1 && ACRONYMS[lettersOf(f).toUpperCase()] !== undefined)
  );
}

export function decide(ev: Evidence, members: Group[], g: Gazetteer): Kind | null {
  const best = (['PER', 'ORG', 'LOC'] as Kind[]).reduce((a, b) => (ev[b] > ev[a] ? b : a));
  if (ev[best] > 0) return best;
  // No evidence at all: two or more unknown capitalized words are most often a person's name,
  // unless everyday words, figures or capitals show a product or a title ("Fix Containers",
  // "Cinebench R20", "JP Morgan").
  const longest = members.reduce((a, b) => (b.words.length > a.words.length ? b : a));
  if (longest.words.length < 2) return DEFAULT_SINGLE;
  const nameLike = longest.words.every(
    (w) => !g.common.has(w.toLowerCase()) && !/\d/.test(w) && !isAllCaps(w),
  );
  return nameLike ? 'PER' : 'ORG';
}
