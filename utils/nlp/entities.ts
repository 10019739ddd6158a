import type { Entities, Entity } from './types';
import type { Sentence } from './sentences';
import { fold, gazetteer, type Gazetteer } from './gazetteer';
import { isAllCaps, isCapitalized, tokenize, type Token } from './tokens';
import {
  ACRONYMS,
  CORE_TITLES,
  MISC_HEADS,
  MONTHS,
  NON_ENTITIES,
  ORG_HEADS,
  STATE_ABBREVIATIONS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  STOP_WORDS,
  TITLE_MODIFIERS,
  WEAK_TITLES,
  WEEKDAYS,
} from './data/lexicon';

type Kind = 'PER' | 'ORG' | 'LOC';
type Evidence = Record<Kind, number>;

/** One occurrence of a name in the text, titles already stripped. */
interface Mention {
  words: string[];
  text: string;
  sentence: number;
  evidence: Evidence;
  /** Had a person's title in front ("President Biden"). */
  titled: boolean;
}

/** Mentions with the same folded name, then whole alias clusters. */
interface Group {
  key: string;
  words: string[];
  mentions: Mention[];
  evidence: Evidence;
  /** Evidence from word lists and name shape, as opposed to context. */
  strong: number;
}

/** A ranked entity with its type, as the benchmark and the popup need it. */
export interface TypedEntity extends Entity {
  kind: Kind;
  salience: number;
}

// Particles inside person names ("Ludwig van Beethoven", "Osama bin Laden").
const NAME_PARTICLES = new Set(
  'de da di del della van von der den du dos das bin ibn al el le la ter y'.split(' '),
);
// Heads after which "of"/"for" continue a name ("Bank of England", "Secretary of State").
const OF_HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...CORE_TITLES, 'Republic', 'Kingdom']);
const LOC_PREPOSITIONS = new Set(
  'in at near from to into inside outside across toward towards throughout around via'.split(' '),
);
const PLACE_NOUNS = new Set(
  (
    'province provinces state city town village region district county capital island port border ' +
    'airport river valley coast suburb municipality prefecture oblast republic enclave outskirts'
  ).split(' '),
);
const SPEECH_VERBS = new Set('said says told added asked stated replied wrote'.split(' '));
const PERSON_NOUNS = new Set(
  (
    'minister president spokesman spokeswoman chairman chairwoman coach striker midfielder defender ' +
    'goalkeeper leader secretary premier actor actress singer player captain manager director analyst ' +
    'economist editor author writer official envoy ambassador general colonel judge lawyer governor ' +
    'senator mayor chief executive founder owner trader dealer broker told champion batsman bowler ' +
    'rider driver skipper winger forward veteran compatriot teammate seed opponent husband wife son ' +
    'daughter brother sister father mother uncle'
  ).split(' '),
);
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
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|St\.?|Saint|Mount|Mt\.?|Lake|Cape|Fort|Port)$/;
// A lone unknown capitalized word is more often a body, brand or team than a person: news
// introduces people by their full name, and a surname then merges into it.
const DEFAULT_SINGLE: Kind = 'ORG';
const SUFFIXES = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** Longest run of name words (with their connectors) read as names. */
const MAX_SPAN_TOKENS = 16;
const zero = (): Evidence => ({ PER: 0, ORG: 0, LOC: 0 });
const lettersOf = (w: string): string => w.replace(/[.\s]/g, '');

/** How a line reads: a sentence, an ALL-CAPS headline, a Title Case heading, or a results table row. */
type LineKind = 'text' | 'caps' | 'title' | 'table' | 'dateline';

function lineKind(tokens: Token[], g: Gazetteer): LineKind {
  let alpha = 0;
  let caps = 0;
  let capitalized = 0;
  let numbers = 0;
  let content = 0;
  let commas = 0;
  let labels = 0;
  let counts = 0;
  for (const t of tokens) {
    if (/^\p{N}/u.test(t.text)) numbers++;
    // Scores, places and points ("3", "2-1"), unlike prices and rates ("101.25", "3,400").
    if (/^\d{1,3}(?:-\d{1,3})?$/.test(t.text)) counts++;
    if (t.text === ',') commas++;
    if (!/\p{L}\p{L}/u.test(t.text)) continue;
    alpha++;
    if (isAllCaps(t.text)) caps++;
    if (isCapitalized(t.text) && (STOP_WORDS.has(t.text) || g.common.has(t.text.toLowerCase())))
      labels++;
    if (STOP_WORDS.has(t.text) || /^\p{Ll}{1,3}$/u.test(t.text)) continue;
    content++;
    if (isCapitalized(t.text)) capitalized++;
  }
  const last = tokens[tokens.length - 1]?.text ?? '';
  // "LONDON 1996-12-07", "AL-AIN, United Arab Emirates 1996-12-06": where the story was filed.
  if (
    /^\d{4}-\d{2}-\d{2}$/.test(last) &&
    numbers === 1 &&
    alpha <= 5 &&
    isCapitalized(tokens[0]?.text ?? '')
  ) {
    return 'dateline';
  }
  if (numbers >= 2 && numbers * 2 >= alpha && counts * 3 >= numbers * 2) return 'table';
  if (caps >= 2 && caps >= alpha * 0.6) return 'caps';
  // A heading or a menu item; a list of names ("Barcelona: Figo, Stoichkov, Ronaldo") is not one.
  if (
    content >= 3 &&
    capitalized >= content * 0.8 &&
    commas < 2 &&
    numbers === 0 &&
    !/[.!?"”]/.test(last)
  ) {
    return 'title';
  }
  // A short label line ("Sponsored Ads", "Back to World"), unlike a byline ("Nadim Ladki").
  if (alpha <= 4 && labels > 0 && numbers === 0 && !/[.!?"”]/.test(last)) return 'title';
  return 'text';
}

/** Re-cases a headline or heading word by how the rest of the document or the word lists write it. */
function recase(word: string, docCase: Map<string, string>, g: Gazetteer, kind: LineKind): string {
  const f = fold(word);
  const known = docCase.get(f);
  if (known) return known;
  if (kind === 'title') {
    // "Digital Growth & Technology Services", "Custom CMS & Admin Panels": a heading or menu item
    // capitalizes every word, so only names the running text or the word lists know stay names.
    return g.common.has(f) || !g.caseOf.has(f) ? word.toLowerCase() : word;
  }
  if (g.common.has(f)) return word.toLowerCase();
  if (!g.caseOf.has(f) && g.firstNames.has(titleCase(word))) return titleCase(word);
  return g.caseOf.get(f) ?? word.toLowerCase();
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** A word that can be part of a name (capitalized, not a hashtag, not camelCase web junk). */
function isNameWord(t: Token): boolean {
  if (t.tagged || !isCapitalized(t.text) || /^I['’]/.test(t.text)) return false;
  // "We’ve", "They’ll", "Don’t": contractions, not names.
  if (/['’](?:ve|ll|re|d|m|t)$/i.test(t.text)) return false;
  // "Western-led", "Kyiv-based": adjectives, not names.
  if (/-\p{Ll}+$/u.test(t.text)) return false;
  // "TheDayspring", "JensStoltenberg": glued words are handles, not names ("McDonald", "DeLay",
  // "VfB" are fine).
  if (
    /\p{Ll}\p{Lu}/u.test(t.text) &&
    t.text.length > 4 &&
    !/^(?:Mc|Mac|De|Di|La|Le|Van|O')\p{Lu}\p{Ll}+$/u.test(t.text)
  ) {
    return false;
  }
  return /\p{L}/u.test(t.text);
}

/** Finds the person titles in a span and cuts it into the names around them. */
function splitTitles(
  words: string[],
  g: Gazetteer,
): { words: string[]; titledAfter: boolean; start: number }[] {
  const out: { words: string[]; titledAfter: boolean; start: number }[] = [];
  let i = 0;
  let partStart = 0;
  let titled = false;
  while (i < words.length) {
    const w = words[i] ?? '';
    const core = CORE_TITLES.has(w.replace(/\.$/, ''));
    if (!core) {
      i++;
      continue;
    }
    // Extend the title run both ways over "Defense", "Prime", "of State"…
    let a = i;
    while (a > partStart && TITLE_MODIFIERS.has(words[a - 1] ?? '')) a--;
    let b = i + 1;
    while (
      b < words.length &&
      (TITLE_MODIFIERS.has(words[b] ?? '') || CORE_TITLES.has((words[b] ?? '').replace(/\.$/, '')))
    ) {
      b++;
    }
    const run = words.slice(a, b).map((x) => x.replace(/\.$/, ''));
    const next = words[b];
    const strongTitle = run.some((x) => CORE_TITLES.has(x) && !WEAK_TITLES.has(x));
    if (!strongTitle && !(next && g.firstNames.has(next))) {
      i = b;
      continue;
    }
    if (a > partStart)
      out.push({ words: words.slice(partStart, a), titledAfter: titled, start: partStart });
    titled = true;
    partStart = b;
    i = b;
  }
  if (partStart < words.length) {
    out.push({ words: words.slice(partStart), titledAfter: titled, start: partStart });
  }
  return out;
}

function isDemonym(word: string, g: Gazetteer): boolean {
  const parts = word.split('-');
  // "Euro-Atlantic", "Sino-Japanese", "Franco-African": adjectives of place.
  if (parts.length > 1 && g.demonyms.has(parts[0] ?? '') && !g.places.has(fold(word))) return true;
  return parts.every((p) => g.demonyms.has(p) || g.demonyms.has(p.replace(/s$/, '')));
}

function isTimeWord(word: string): boolean {
  const w = word.replace(/\.$/, '');
  return MONTHS.has(w) || WEEKDAYS.has(w);
}

function isPlace(name: string, g: Gazetteer): boolean {
  return g.places.has(fold(name));
}

/** Name-shape and word-list evidence for a name, independent of where it stands. */
function nameEvidence(
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
  } else if (
    words.length > 1 &&
    (ORG_HEADS.has(last) || words.includes('&') || g.orgs.has(fold(last)))
  ) {
    ev.ORG += 4;
  } else if (words.length > 1 && CLUB_WORDS.has(first)) {
    ev.ORG += 4;
  } else if (words.length > 1 && words.some((w) => STRONG_ORG_WORDS.has(w))) {
    ev.ORG += 3;
  } else if (words.length > 2 && words.some((w) => ORG_HEADS.has(w))) {
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
  } else if (words.length === 1 && g.firstNames.has(name)) {
    ev.PER += 0.4;
  } else if (words.length === 1 && /(?:ians|ers|ies|ans|ens|ites)$/.test(name)) {
    // "Saracens", "Wallabies", "Islanders": a team or a group, not a surname.
    ev.ORG += 0.5;
  }
  const strong = ev.PER + ev.ORG + ev.LOC;
  return { ev, strong };
}

/** Evidence from the words around a mention: "said X", "X, 34,", "in X", "(X)". */
function contextEvidence(tokens: Token[], start: number, end: number, ev: Evidence): void {
  const prev = tokens[start - 1]?.text ?? '';
  const prev2 = tokens[start - 2]?.text ?? '';
  const next = tokens[end]?.text ?? '';
  const next2 = tokens[end + 1]?.text ?? '';
  const next3 = tokens[end + 2]?.text ?? '';
  if (SPEECH_VERBS.has(next) || SPEECH_VERBS.has(prev)) ev.PER += 1;
  if (next === ',' && /^\d{2}$/.test(next2) && (next3 === ',' || next3 === '')) ev.PER += 3;
  if (next === ',' && next2 === 'who') ev.PER += 2;
  if (PERSON_NOUNS.has(prev.toLowerCase()) && /^\p{Ll}/u.test(prev)) ev.PER += 2;
  if (LOC_PREPOSITIONS.has(prev)) ev.LOC += 0.75;
  // "the province of Sinaloa", "Sonora state", "Walikale region".
  if ((prev === 'of' && PLACE_NOUNS.has(prev2)) || PLACE_NOUNS.has(next)) ev.LOC += 2;
  // "Ian Wright (Arsenal)", "Pete Sampras (U.S.)": after a person, a country or the team.
  if (prev === '(' && next === ')' && isCapitalized(prev2)) ev.ORG += 2;
  else if (prev === '(' && next === ')' && prev2 !== '') ev.LOC += 1;
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

/**
 * Finds the people, organizations and places of a text, with their mention counts and aliases, ranked
 * by salience. Works on text with block boundaries; headlines in capitals and result tables are read
 * with care rather than taken word by word.
 */
export function findEntities(sentences: Sentence[], title?: string): TypedEntity[] {
  const g = gazetteer();
  const tokenized = sentences.map((s) => tokenize(s.text));
  const lineKinds = new Map<number, LineKind>();
  // A line's kind is judged on the whole line.
  const byLine = new Map<number, Token[]>();
  sentences.forEach((s, i) => {
    const list = byLine.get(s.line) ?? [];
    for (const t of tokenized[i] ?? []) list.push(t);
    byLine.set(s.line, list);
  });
  for (const [line, toks] of byLine) lineKinds.set(line, lineKind(toks, g));

  // How the running text writes each word mid-sentence: the reference for re-casing headlines.
  const docCase = new Map<string, string>();
  const lowerSeen = new Set<string>();
  let lowerWords = 0;
  let englishWords = 0;
  for (const toks of tokenized) {
    for (const t of toks) {
      if (!/^\p{Ll}+$/u.test(t.text)) continue;
      lowerWords++;
      if (g.common.has(t.text)) englishWords++;
    }
  }
  sentences.forEach((s, i) => {
    if (lineKinds.get(s.line) !== 'text') return;
    const toks = tokenized[i] ?? [];
    for (const t of toks) {
      if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text);
      else if (!t.initial && !t.tagged && isCapitalized(t.text)) docCase.set(fold(t.text), t.text);
    }
  });

  // The word lists and rules are English: on other languages they would only find noise.
  if (lowerWords > 30 && englishWords < lowerWords * 0.3) return [];

  const mentions: Mention[] = [];
  sentences.forEach((s, si) => {
    const kind = lineKinds.get(s.line) ?? 'text';
    let tokens = tokenized[si] ?? [];
    if (kind === 'caps' || kind === 'title') tokens = recaseLine(tokens, docCase, g, kind);
    else if (kind === 'table' || kind === 'dateline') tokens = recaseTableRow(tokens, docCase, g);
    else tokens = recasePlaces(tokens, g);
    collectMentions(tokens, si, kind, docCase, lowerSeen, g, mentions);
  });
  if (title) {
    let tokens = tokenize(title);
    const kind = lineKind(tokens, g);
    tokens = recaseLine(tokens, docCase, g, kind === 'text' ? 'title' : kind);
    collectMentions(tokens, -1, 'title', docCase, lowerSeen, g, mentions);
  }
  return cluster(mentions, sentences.length, g);
}

/**
 * "MADRID — Rafael Nadal…", "NEW Delhi", "warns SURRENDER is the only option": words shouted in running
 * text are read as the place they name or the everyday word they are, not as acronyms.
 */
function recasePlaces(tokens: Token[], g: Gazetteer): Token[] {
  if (!tokens.some((t) => t.text.length > 2 && isAllCaps(t.text))) return tokens;
  const out = tokens.map((t) => ({ ...t }));
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!t || t.text.length < 2 || !isAllCaps(t.text)) continue;
    let matched = 0;
    for (const n of [3, 2]) {
      const words = out.slice(i, i + n).map((x) => x.text);
      if (words.length === n && g.places.has(fold(words.join(' ')))) {
        matched = n;
        break;
      }
    }
    if (matched) {
      for (let k = i; k < i + matched; k++) {
        const x = out[k];
        if (x && isAllCaps(x.text)) x.text = g.caseOf.get(fold(x.text)) ?? titleCase(x.text);
      }
      i += matched - 1;
    } else if (t.text.length > 3 && g.places.has(fold(t.text))) {
      t.text = g.caseOf.get(fold(t.text)) ?? titleCase(t.text);
    } else if (
      t.text.length > 2 &&
      g.common.has(t.text.toLowerCase()) &&
      !g.orgs.has(fold(t.text)) &&
      ACRONYMS[t.text] === undefined
    ) {
      t.text = t.text.toLowerCase();
    }
  }
  return out;
}

/** "HARTFORD 12 7 6 77": in an ALL-CAPS table row, the words before the figures are a name. */
function recaseTableRow(tokens: Token[], docCase: Map<string, string>, g: Gazetteer): Token[] {
  if (!tokens.some((t) => isAllCaps(t.text) && t.text.length > 2)) return tokens;
  const firstNumber = tokens.findIndex((t) => /^\p{N}/u.test(t.text));
  if (firstNumber < 0) return tokens;
  const out = recaseLine(tokens, docCase, g, 'caps');
  for (let i = 0; i < firstNumber; i++) {
    const before = tokens[i];
    const after = out[i];
    if (before && after && isAllCaps(before.text) && !isCapitalized(after.text)) {
      after.text = docCase.get(fold(before.text)) ?? titleCase(before.text);
    }
  }
  return out;
}

function recaseLine(
  tokens: Token[],
  docCase: Map<string, string>,
  g: Gazetteer,
  kind: LineKind,
): Token[] {
  const out = tokens.map((t) => ({ ...t }));
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!t || !/\p{L}/u.test(t.text)) continue;
    if (kind === 'caps' ? isAllCaps(t.text) || /^\p{Lu}$/u.test(t.text) : isCapitalized(t.text)) {
      // Multi-word places and bodies first ("NEW YORK", "WHITE HOUSE", "United Arab Emirates").
      let matched = 0;
      for (const n of [3, 2]) {
        const words = out.slice(i, i + n).map((x) => x.text);
        if (
          words.length === n &&
          (g.places.has(fold(words.join(' '))) || g.orgs.has(fold(words.join(' '))))
        ) {
          matched = n;
          break;
        }
      }
      if (matched) {
        for (let k = i; k < i + matched; k++) {
          const x = out[k];
          if (x && kind === 'caps') x.text = docCase.get(fold(x.text)) ?? titleCase(x.text);
        }
        i += matched - 1;
        continue;
      }
      if (kind === 'caps' || !isAllCaps(t.text)) t.text = recase(t.text, docCase, g, kind);
    }
  }
  return out;
}

function collectMentions(
  tokens: Token[],
  sentence: number,
  kind: LineKind,
  docCase: Map<string, string>,
  lowerSeen: Set<string>,
  g: Gazetteer,
  out: Mention[],
): void {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isNameWord(t)) {
      i++;
      continue;
    }
    // Grow the span over name words and the connectors that belong inside names.
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1]?.possessive) {
      const x = tokens[j];
      if (!x) break;
      if (isNameWord(x)) {
        j++;
        continue;
      }
      const after = tokens[j + 1];
      const prevWord = tokens[j - 1]?.text ?? '';
      const joins =
        after !== undefined &&
        isNameWord(after) &&
        (NAME_PARTICLES.has(x.text) ||
          x.text === '&' ||
          ((x.text === 'of' || x.text === 'for') && OF_HEADS.has(prevWord)));
      if (!joins) break;
      j += 2;
    }
    // No name runs this long ("Congregation for the Doctrine of the Faith" is 7 words): a longer run
    // is a heading, a tag wall or a run of initials, and reading it word by word would be quadratic.
    if (j - i <= MAX_SPAN_TOKENS) addSpan(tokens, i, j, sentence, kind, docCase, lowerSeen, g, out);
    i = j;
  }
}

function addSpan(
  tokens: Token[],
  start: number,
  end: number,
  sentence: number,
  kind: LineKind,
  docCase: Map<string, string>,
  lowerSeen: Set<string>,
  g: Gazetteer,
  out: Mention[],
): void {
  const words = tokens.slice(start, end).map((t) => t.text);
  for (const part of splitTitles(words, g)) {
    let a = start + part.start;
    let b = a + part.words.length;
    // Strip sentence openers and leftover connectors: "In Washington", "The Pentagon".
    while (a < b) {
      const w = tokens[a]?.text ?? '';
      const initial = tokens[a]?.initial ?? false;
      const openerLike =
        STOP_WORDS.has(w) ||
        NAME_PARTICLES.has(w) ||
        w === 'of' ||
        w === 'for' ||
        w === '&' ||
        (initial &&
          b - a > 1 &&
          (lowerSeen.has(w.toLowerCase()) || g.common.has(w.toLowerCase())) &&
          !docCase.has(fold(w)) &&
          !PLACE_PREFIXES.has(w) &&
          !isKnown(
            tokens.slice(a, b).map((x) => x.text),
            g,
          ));
      if (!openerLike) break;
      a++;
    }
    while (b > a && /^(?:of|for|&|and)$/.test(tokens[b - 1]?.text ?? '')) b--;
    if (a >= b) continue;
    // "Friday New York Stock Exchange", "Luxembourg Christmas": dates and holidays are not part of a name.
    const dateLike = (k: number): boolean =>
      isTimeWord(tokens[k]?.text ?? '') || NON_ENTITIES.has(tokens[k]?.text ?? '');
    while (b - a > 1 && dateLike(a)) a++;
    const whole = tokens.slice(a, b).map((t) => t.text);
    if (!isKnown(whole, g) && !ORG_HEADS.has(whole[whole.length - 1] ?? '')) {
      // "Asian Cup", "Estonian Tallinna Pank", "Lombardi Award Thursday": adjectives and dates around a name.
      while (b - a > 1 && isDemonym(tokens[a]?.text ?? '', g)) a++;
      while (b - a > 1 && (isDemonym(tokens[b - 1]?.text ?? '', g) || dateLike(b - 1))) b--;
    }
    const span = tokens.slice(a, b).map((t) => t.text);
    const lastWord = span[span.length - 1] ?? '';
    // Events, awards, treaties, "Group C": not a person, body or place.
    if (
      span.length > 1 &&
      !isKnown(span, g) &&
      (MISC_HEADS.has(lastWord) || /^\p{Lu}$/u.test(lastWord))
    ) {
      continue;
    }
    // "AC Milan George Weah": a known body or place followed by a person's name.
    // "Browns DL Sheldon Richardson", "CBS Sports NFL Insider Jason La Canfora": also after an acronym.
    const cut = span.findIndex(
      (w, k) =>
        k > 0 &&
        k < span.length - 1 &&
        g.firstNames.has(w) &&
        (isKnown(span.slice(0, k), g) ||
          isAllCaps(span[k - 1] ?? '') ||
          ORG_HEADS.has(span[k - 1] ?? '')),
    );
    // "Dmitri Dashinski Belarus", "Lillehammer Norway": a country glued to a name by a lost comma.
    const rest = span.slice(0, -1);
    const lastIsCountry =
      span.length > 1 &&
      !isKnown(span, g) &&
      g.countries.has(fold(span[span.length - 1] ?? '')) &&
      ((rest.length > 1 && g.firstNames.has(rest[0] ?? '')) || isKnown(rest, g));
    if (cut <= 0 && lastIsCountry) {
      pushMention(tokens, a, b - 1, sentence, kind, part.titledAfter && part.start > 0, g, out);
      pushMention(tokens, b - 1, b, sentence, kind, false, g, out);
      continue;
    }
    if (cut > 0) {
      pushMention(tokens, a, a + cut, sentence, kind, part.titledAfter && part.start > 0, g, out);
      pushMention(tokens, a + cut, b, sentence, kind, false, g, out);
      continue;
    }
    if (
      span.every((w) => isTimeWord(w) || isDemonym(w, g) || CORE_TITLES.has(w.replace(/\.$/, '')))
    ) {
      continue;
    }
    // Drop a leading demonym before a person's name ("Russian Yevgeny Primakov").
    if (span.length > 1 && isDemonym(span[0] ?? '', g) && g.firstNames.has(span[1] ?? '')) {
      span.shift();
      a++;
    }
    const only = span.length === 1 ? (span[0] ?? '') : '';
    // A lone capitalized word at a sentence start is a name only if the text or the lists know it as one.
    if (only && tokens[a]?.initial && kind === 'text') {
      const f = fold(only);
      const known =
        docCase.has(f) ||
        g.places.has(f) ||
        g.orgs.has(f) ||
        g.firstNames.has(only) ||
        isAllCaps(only);
      if (!known) continue;
    }
    // "Bowling", "Scorers", "Wheat" opening a table row are labels, not names.
    if (
      only &&
      tokens[a]?.initial &&
      g.common.has(only.toLowerCase()) &&
      !docCase.has(fold(only)) &&
      !isKnown(span, g)
    ) {
      continue;
    }
    if (only && (STOP_WORDS.has(only) || NON_ENTITIES.has(only) || /^\p{Lu}\.?$/u.test(only)))
      continue;
    // Shouted words ("VOTE", "GREAT", "IT") are emphasis, not acronyms.
    if (
      only &&
      isAllCaps(only) &&
      only.length > 1 &&
      g.common.has(only.toLowerCase()) &&
      !isKnown(span, g)
    ) {
      continue;
    }
    pushMention(tokens, a, b, sentence, kind, part.titledAfter && part.start > 0, g, out);
  }
}

function pushMention(
  tokens: Token[],
  a: number,
  b: number,
  sentence: number,
  kind: LineKind,
  titled: boolean,
  g: Gazetteer,
  out: Mention[],
): void {
  const span = tokens.slice(a, b).map((t) => t.text);
  const table = kind === 'table';
  const { ev } = nameEvidence(span, g, table);
  contextEvidence(tokens, a, b, ev);
  const after = tokens[b]?.text ?? '';
  const after2 = tokens[b + 1]?.text ?? '';
  const isInt = (x: string): boolean => /^\d+$/.test(x);
  // "Takanobu Okabe (Japan) 303.4 points": a competitor and their country; but a standings row
  // ("Stefanel Milan (Italy) 9 6 3 15") names a team.
  if (after === '(' && g.countries.has(fold(after2)) && tokens[b + 2]?.text === ')') {
    if (isInt(tokens[b + 3]?.text ?? '') && isInt(tokens[b + 4]?.text ?? '')) ev.ORG += 3;
    else ev.PER += 3;
  }
  // In a results table a name followed by its score or points is a team; other unknown names
  // (line-ups, scorers) are players.
  if (table && isInt(after) && ev.PER < 3) {
    // Standings ("Feyenoord 3 2 1 0") and scores ("Leeds 2") name teams; a minute ("Takagi 64") a scorer.
    if (isInt(after2) || Number(after) <= 9) ev.ORG += 2;
    else ev.PER += 1;
  } else if (table && ev.LOC === 0 && ev.PER === 0 && ev.ORG === 0) {
    if (span.length === 1) ev.ORG += 1;
    else ev.PER += 1;
  }
  if (titled) ev.PER += 4;
  if (kind === 'dateline') ev.LOC += 3;
  out.push({ words: span, text: span.join(' '), sentence, evidence: ev, titled });
}

/** A known place or body, by its whole name. */
function isKnown(words: string[], g: Gazetteer): boolean {
  const f = fold(words.join(' '));
  return (
    g.places.has(f) ||
    g.orgs.has(f) ||
    (words.length === 1 && ACRONYMS[lettersOf(f).toUpperCase()] !== undefined)
  );
}

function keyOf(words: string[]): string {
  return fold(words.join(' ')).replace(/\./g, '');
}

function cluster(mentions: Mention[], sentenceCount: number, g: Gazetteer): TypedEntity[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = keyOf(m.words);
    let grp = groups.get(key);
    if (!grp) {
      grp = { key, words: m.words, mentions: [], evidence: zero(), strong: 0 };
      groups.set(key, grp);
    }
    grp.mentions.push(m);
    grp.evidence.PER += m.evidence.PER;
    grp.evidence.ORG += m.evidence.ORG;
    grp.evidence.LOC += m.evidence.LOC;
  }
  for (const grp of groups.values()) {
    grp.strong = nameEvidence(grp.words, g).strong + (grp.mentions.some((m) => m.titled) ? 4 : 0);
  }
  const all = [...groups.values()];
  const parent = new Map<Group, Group>();
  const find = (x: Group): Group => {
    let r = x;
    while (parent.has(r)) r = parent.get(r) as Group;
    return r;
  };
  const union = (short: Group, long: Group): void => {
    const a = find(short);
    const b = find(long);
    if (a !== b) parent.set(a, b);
  };

  // Acronyms meet their expansion: "NATO" = "North Atlantic Treaty Organization", "U.S." = "United States".
  const byKey = new Map(all.map((x) => [x.key, x]));
  for (const grp of all) {
    if (grp.words.length !== 1 || !isAllCaps(grp.words[0] ?? '')) continue;
    const letters = lettersOf(grp.words[0] ?? '').toUpperCase();
    const expansion = ACRONYMS[letters];
    const target = expansion ? byKey.get(keyOf(expansion.split(' '))) : undefined;
    const match =
      target ??
      all.find(
        (o) =>
          o.words.length === letters.length &&
          o.words.every((w, k) => w.charAt(0).toUpperCase() === letters.charAt(k)),
      ) ??
      all.find((o) => {
        const initials = o.words
          .filter((w) => !/^(?:of|the|and|for|&|de)$/.test(w))
          .map((w) => w.charAt(0))
          .join('');
        return o.words.length > 1 && initials === letters;
      });
    if (match && match !== grp) union(grp, match);
  }

  // Short forms meet the full name: "Stoltenberg" → "Jens Stoltenberg", "Biden" ← "President Biden".
  const longOnes = all.filter((x) => x.words.length > 1);
  for (const grp of all) {
    if (grp.words.length > 2) continue;
    const w = grp.words;
    const candidates = longOnes.filter((o) => {
      if (o === grp || o.words.length <= w.length) return false;
      // "Carlineo" ← "Patrick W. Carlineo Jr.": a generational suffix is not the surname.
      const ow = SUFFIXES.test(o.words[o.words.length - 1] ?? '') ? o.words.slice(0, -1) : o.words;
      if (ow.length <= w.length) return false;
      const tail = ow.slice(ow.length - w.length);
      const head = ow.slice(0, w.length);
      const e = o.evidence;
      // Unknown multi-word names default to people (see `decide`).
      const personLike = (e.PER > e.ORG && e.PER > e.LOC) || e.PER + e.ORG + e.LOC === 0;
      if (personLike && tail.every((x, k) => fold(x) === fold(w[k] ?? ''))) return true;
      // "Taylor" ← "Taylor Swift": people are also called by their first name; "Xi" ← "Xi Jinping":
      // and by a family name that comes first.
      if (
        personLike &&
        w.length === 1 &&
        (g.firstNames.has(w[0] ?? '') || grp.strong === 0) &&
        fold(ow[0] ?? '') === fold(w[0] ?? '')
      ) {
        return true;
      }
      // "Deutsche" ← "Deutsche Bank": only when the short form is no place or body of its own.
      const orgLike = o.evidence.ORG > o.evidence.PER && o.evidence.ORG > o.evidence.LOC;
      return (
        orgLike &&
        grp.strong === 0 &&
        !g.common.has(fold(w[0] ?? '')) &&
        head.every((x, k) => fold(x) === fold(w[k] ?? ''))
      );
    });
    const roots = new Set(candidates.map(find));
    if (roots.size !== 1) continue;
    const target = candidates[0];
    // A country stays a country even when a person bears its name.
    if (!target || g.countries.has(grp.key)) continue;
    union(grp, target);
  }

  const clusters = new Map<Group, Group[]>();
  for (const grp of all) {
    const r = find(grp);
    const list = clusters.get(r) ?? [];
    list.push(grp);
    clusters.set(r, list);
  }

  const out: TypedEntity[] = [];
  for (const members of clusters.values()) {
    const ev = zero();
    let strong = 0;
    const ms: Mention[] = [];
    for (const m of members) {
      ev.PER += m.evidence.PER;
      ev.ORG += m.evidence.ORG;
      ev.LOC += m.evidence.LOC;
      strong += m.strong;
      ms.push(...m.mentions);
    }
    // Everyday words capitalized ("Article", "Cold War") with nothing else for them are not names.
    const everyday = members.every((m) => m.words.every((w) => g.common.has(w.toLowerCase())));
    if (everyday && strong === 0) continue;
    const kind = decide(ev, members, g);
    if (!kind) continue;
    const forms = new Map<string, number>();
    for (const m of ms) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    const name = canonicalName([...forms.keys()]);
    const sentencesSeen = new Set(ms.map((m) => m.sentence));
    const first = ms.reduce((a, m) => Math.min(a, Math.max(0, m.sentence)), Infinity);
    const n = Math.max(1, sentenceCount);
    const inTitle = ms.some((m) => m.sentence < 0);
    // Frequency, position and spread: a mention counts less the later it comes (what follows the story,
    // such as promotions and link lists, ranks low), a name seen across the text more than one repeated
    // in one paragraph, and one in the headline most.
    const weight = (sentence: number): number => 0.1 + 0.9 * (1 - Math.max(0, sentence) / n) ** 2;
    const salience =
      ms.reduce((s, m) => s + weight(m.sentence), 0) +
      [...sentencesSeen].reduce((s, i) => s + weight(i), 0) / Math.sqrt(n) +
      2 * (1 - first / n) ** 2 +
      (inTitle ? 3 : 0);
    const label = displayLabel(forms, name);
    out.push({
      name,
      kind,
      mentions: ms.filter((m) => m.sentence >= 0).length || ms.length,
      aliases: [...forms.keys()].filter((f) => f !== name),
      ...(label ? { label } : {}),
      salience,
    });
  }
  out.sort((a, b) => b.salience - a.salience);
  return out;
}

function decide(ev: Evidence, members: Group[], g: Gazetteer): Kind | null {
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

/**
 * The acronym a text mostly uses for a long name ("NATO", "EU"), when it is used at least twice as
 * often as the full name: readers know the organization by it.
 */
function displayLabel(forms: Map<string, number>, name: string): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of forms) if (!best || entry[1] > best[1]) best = entry;
  if (!best || best[0] === name || !/^[A-Z]{2,6}$/.test(best[0])) return undefined;
  return best[1] >= 2 * (forms.get(name) ?? 0) ? best[0] : undefined;
}

/** The longest form, preferring one without dots ("United States" over "U.S."). */
function canonicalName(forms: string[]): string {
  return forms.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Groups ranked entities by type for the popup. */
export function toEntities(list: TypedEntity[]): Entities {
  const strip = ({ name, mentions, aliases, label }: TypedEntity): Entity => ({
    name,
    mentions,
    aliases,
    ...(label ? { label } : {}),
  });
  return {
    people: list.filter((e) => e.kind === 'PER').map(strip),
    organizations: list.filter((e) => e.kind === 'ORG').map(strip),
    places: list.filter((e) => e.kind === 'LOC').map(strip),
  };
}
