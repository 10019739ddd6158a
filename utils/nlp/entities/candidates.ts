/**
 * Candidates: where the names are. Reads each line (sentence, headline, heading, table row), re-cases
 * headlines, grows spans of capitalized words over the connectors names contain ("Bank of England",
 * "AT&T"), strips titles and sentence openers, and records each mention with its first evidence.
 */
import { fold, type Gazetteer } from '../gazetteer';
import { isAllCaps, isCapitalized, type Token } from '../tokens';
import {
  ACRONYMS,
  CLASS_NOUNS,
  CORE_TITLES,
  LABEL_WORDS,
  FAMILY_FIRST_SURNAMES,
  MISC_HEADS,
  NAME_PARTICLES,
  NON_ENTITIES,
  ORG_HEADS,
  ORG_NOUNS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  POSSESSIVE_NAMES,
  TITLE_MODIFIERS,
  WEAK_TITLES,
} from '../data/lexicon';
import { contextEvidence, isDemonym, isKnown, isTimeWord, nameEvidence } from './typing';
import { zero, type Kind, type LineKind, type Mention } from './types';

// Heads after which "of"/"for" continue a name ("Bank of England", "Secretary of State").
const OF_HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...CORE_TITLES, 'Republic', 'Kingdom']);
// Newspapers go by their head alone ("the Tribune", "the Times").
const MEDIA_HEADS = new Set(
  'Times Post Journal Herald Tribune Gazette Telegraph Guardian Observer Independent Mirror Chronicle Courier Bulletin Globe Star Express'.split(
    ' ',
  ),
);
/** Longest run of name words (with their connectors) read as names. */
const MAX_SPAN_TOKENS = 16;

export function lineKind(tokens: Token[], g: Gazetteer): LineKind {
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
    if (isCapitalized(t.text) && (g.stop.has(t.text) || g.common.has(t.text.toLowerCase())))
      labels++;
    if (g.stop.has(t.text) || /^\p{Ll}{1,3}$/u.test(t.text)) continue;
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

export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** Names written with letters and figures: "3M", "G7", "7-Eleven"; other such words are codes. */
const ALNUM_NAMES = new Set([
  '3M',
  'G7',
  'G8',
  'G20',
  'F1',
  '7-Eleven',
  '21st',
  'E.ON',
  'O2',
  'B52s',
]);

/**
 * A word that can be part of a name: capitalized, not a hashtag, not a code mixing letters and
 * figures ("LCOc1", "N225", "A350", "RAV4"), not two names glued together (a handle such as
 * "JensStoltenberg" or a hover card's "OmarIlhan"), though brands spelled in camel case are names
 * ("WeWork", "SpaceX", "WikiLeaks", "GateHouse", "LeBron").
 */
function isNameWord(t: Token, g: Gazetteer): boolean {
  // "eBay", "eZ Systems", "iPhone": brands that open in lower case.
  if (!t.tagged && /^\p{Ll}\p{Lu}[\p{L}\p{N}]*$/u.test(t.text)) return true;
  if (t.tagged || !isCapitalized(t.text) || /^I['’]/.test(t.text)) return false;
  // "We’ve", "They’ll", "Don’t": contractions, not names.
  if (/['’](?:ve|ll|re|d|m|t)$/i.test(t.text)) return false;
  // "Western-led", "Kyiv-based": adjectives, not names; "Tsai Ing-wen", "Kim Jong-un" are names.
  const suffix = /-(\p{Ll}+)$/u.exec(t.text)?.[1];
  if (suffix && (g.common.has(suffix) || /(?:ed|ing|ly|er|est|ish)$/.test(suffix))) return false;
  if (/\p{N}/u.test(t.text) && /\p{L}/u.test(t.text) && !ALNUM_NAMES.has(t.text)) return false;
  // "R-Texas", "D-Minn": a party and a state. "US-China", "Sino-Japanese": two places in one word.
  if (/^[RDI]-\p{Lu}/u.test(t.text)) return false;
  if (t.text.includes('-')) {
    const parts = t.text.split('-');
    if (parts.length > 1 && parts.every((p) => g.places.has(fold(p)) || isDemonym(p, g)))
      return false;
  }
  if (/\p{Ll}\p{Lu}/u.test(t.text) && t.text.length > 4 && isGlued(t.text, g)) return false;
  return /\p{L}/u.test(t.text);
}

/** "JensStoltenberg", "TheDayspring", "WashingtonDC", "OmarHillicon": words glued, not a brand. */
function isGlued(word: string, g: Gazetteer): boolean {
  if (/^(?:Mc|Mac|De|Di|La|Le|Van|O')\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (parts.length > 3) return true;
  const first = parts[0] ?? '';
  const rest = parts.slice(1).join('');
  // Brands glue everyday words ("WeWork", "YouTube", "SoftBank", "GateHouse"); handles and hover
  // cards glue names ("JensStoltenberg", "OmarIlhan", "WashingtonDC", "TheDayspring").
  return (
    /^(?:The|A|An)$/.test(first) ||
    g.firstNames.has(first) ||
    g.places.has(fold(first)) ||
    g.firstNames.has(rest)
  );
}

/** Finds the person titles in a span and cuts it into the names around them. */
function splitTitles(
  words: string[],
  g: Gazetteer,
  notTitle: ReadonlySet<number> = new Set(),
): { words: string[]; titledAfter: boolean; start: number }[] {
  const out: { words: string[]; titledAfter: boolean; start: number }[] = [];
  let i = 0;
  let partStart = 0;
  let titled = false;
  while (i < words.length) {
    const w = words[i] ?? '';
    // "Chief Strategy Officer", "Chief Revenue and Growth Officer": a C-suite title, however it
    // names the field between (capitalized, so it would otherwise join the name before it).
    const officer = w === 'Chief' ? words.indexOf('Officer', i + 2) : -1;
    if (officer > 0 && officer - i <= 5 && !notTitle.has(i)) {
      if (i > partStart)
        out.push({ words: words.slice(partStart, i), titledAfter: titled, start: partStart });
      titled = !/^(?:of|for|the|and|at)$/.test(words[officer + 1] ?? '');
      partStart = officer + 1;
      i = officer + 1;
      continue;
    }
    const core = g.titles.has(w.replace(/\.$/, '')) && !notTitle.has(i);
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
      (TITLE_MODIFIERS.has(words[b] ?? '') || g.titles.has((words[b] ?? '').replace(/\.$/, '')))
    ) {
      b++;
    }
    const run = words.slice(a, b).map((x) => x.replace(/\.$/, ''));
    const next = words[b];
    const strongTitle = run.some((x) => g.titles.has(x) && !WEAK_TITLES.has(x));
    if (!strongTitle && !(next && g.firstNames.has(next))) {
      i = b;
      continue;
    }
    if (a > partStart)
      out.push({ words: words.slice(partStart, a), titledAfter: titled, start: partStart });
    // "the CEO of New Media Investment Group": after "of" comes the body, not the person; so after
    // "Governor's Office of Emergency Services".
    titled =
      !/^(?:of|for|the|and|at)$/.test(words[b - 1] ?? '') &&
      !g.orgHeads.has(words[b] ?? '') &&
      !g.orgFirstHeads.has(words[b] ?? '');
    partStart = b;
    i = b;
  }
  if (partStart < words.length) {
    out.push({ words: words.slice(partStart), titledAfter: titled, start: partStart });
  }
  return out;
}

/**
 * "MADRID — Rafael Nadal…", "NEW Delhi", "warns SURRENDER is the only option": words shouted in running
 * text are read as the place they name or the everyday word they are, not as acronyms.
 */
export function recasePlaces(tokens: Token[], g: Gazetteer): Token[] {
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
export function recaseTableRow(
  tokens: Token[],
  docCase: Map<string, string>,
  g: Gazetteer,
): Token[] {
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

export function recaseLine(
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

/**
 * "l'Assemblée", "d'Italie", "dell'Unione": the article or preposition elided before a name is not
 * part of it; inside a name it is ("Conseil d'État", "Quai d'Orsay", "Côte d'Ivoire").
 */
function stripElisions(tokens: Token[], g: Gazetteer): Token[] {
  let out: Token[] | null = null;
  tokens.forEach((t, k) => {
    const m = /^(?:[lLdDjJnNsScCmMtT]|[qQ]u|dell|dall|nell|sull|all|un)['’](\p{Lu}.*)$/u.exec(
      t.text,
    );
    if (!m) return;
    const prev = tokens[k - 1];
    if (prev && isNameWord(prev, g) && !prev.initial && !g.stop.has(prev.text)) return;
    out ??= tokens.map((x) => ({ ...x }));
    const copy = out[k] as Token;
    copy.text = m[1] as string;
  });
  return out ?? tokens;
}

/** The text writes the word in lower case, or a form of it sharing all but its last few letters. */
function writtenLower(word: string, lowerSeen: Set<string>): boolean {
  const w = word.toLowerCase();
  if (lowerSeen.has(w)) return true;
  const stem = w.slice(0, Math.max(5, w.length - 3));
  if (stem.length >= w.length) return false;
  for (const seen of lowerSeen)
    if (seen.startsWith(stem) && Math.abs(seen.length - w.length) <= 3) return true;
  return false;
}

/**
 * How many connector tokens at `j` join the name started at `i` to the name word after them: "of",
 * "for the", "&", "de la", "von der", "y"; 0 when they don't.
 */
function connectorWidth(tokens: Token[], i: number, j: number, g: Gazetteer): number {
  const x = tokens[j]?.text ?? '';
  const prevWord = tokens[j - 1]?.text ?? '';
  for (const width of [1, 2]) {
    const after = tokens[j + width];
    if (!after || !isNameWord(after, g)) continue;
    const run = tokens.slice(j, j + width).map((t) => t.text);
    if (width === 1) {
      if (x === '&') return 1;
      // "y" joins Spanish surnames ("Ortega y Gasset"), not two places ("Irak y Siria").
      if (x === 'y') return g.firstNames.has(tokens[i]?.text ?? '') ? 1 : 0;
      if (NAME_PARTICLES.has(x)) return 1;
    }
    // "Department of Health and Human Services", "Center for Disease Control and Prevention": "and"
    // inside the name of a body, not between two names ("the Ministry of Defence and Acme Inc").
    if (width === 1 && x === 'and' && andJoins(tokens, i, j, g)) return 1;
    const [c1 = '', c2] = run;
    // "National Institute on Drug Abuse", "Council on Foreign Relations": "on" only after a body's
    // head ("Trump on Twitter" is two names).
    if (
      c1 === 'on' &&
      width === 1 &&
      g.lang === 'en' &&
      g.orgHeads.has(prevWord) &&
      g.common.has(after.text.toLowerCase()) &&
      !g.places.has(fold(after.text)) &&
      !isTimeWord(after.text)
    )
      return 1;
    if (c1 !== 'of' && c1 !== 'for') {
      // "de la", "de los", "van der", "von der": two particles.
      if (width === 2 && NAME_PARTICLES.has(c1) && NAME_PARTICLES.has(c2 ?? '')) return 2;
      continue;
    }
    if (width === 2 && c2 !== 'the') continue;
    // "Bank of England", "Secretary of State", "Congregation for the Doctrine of the Faith": after a
    // body's or title's head, or an everyday noun naming one; not after a person ("Lopes of NASA").
    const institutional = tokens
      .slice(i, j)
      .every(
        (t) =>
          OF_HEADS.has(t.text) ||
          /^(?:of|for|the|and|&)$/.test(t.text) ||
          (g.common.has(t.text.toLowerCase()) && !g.firstNames.has(t.text)),
      );
    const head =
      OF_HEADS.has(prevWord) ||
      (institutional &&
        g.common.has(prevWord.toLowerCase()) &&
        !g.firstNames.has(prevWord) &&
        !g.places.has(fold(prevWord)));
    if (head) return width;
  }
  return 0;
}

/**
 * "737 Max jet", "787-9 Dreamliner", "A350 XWB": a word right after a model number names the model;
 * a score before a name in a results table ("268 Nick Faldo 66 68") does not.
 */
function isModelName(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? '';
  if (/^(?:\p{Lu}{1,3}\d{2,4}|\d{3}-\d{1,3})$/u.test(prev)) return true;
  if (!/^\d{3,4}$/.test(prev) || /^(?:1[89]|20)\d{2}$/.test(prev)) return false;
  return /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
}

/** A first name, or a hyphenated one ("Eva-Marie", "Jean-Pierre"). */
export function isFirstName(word: string, g: Gazetteer): boolean {
  if (g.firstNames.has(word)) return true;
  const first = word.split('-')[0] ?? '';
  return first !== word && g.firstNames.has(first);
}

/** A species epithet: a Latin-looking lower-case word that is no word of the language. */
function isTaxon(next: string, g: Gazetteer): boolean {
  return /^\p{Ll}{4,}(?:is|us|um|ae|ii|ensis|oides)$/u.test(next) && !g.common.has(next);
}

function andJoins(tokens: Token[], i: number, j: number, g: Gazetteer): boolean {
  const before = tokens.slice(i, j).map((t) => t.text);
  const after: string[] = [];
  for (let k = j + 1; k < tokens.length && k < j + 6; k++) {
    const t = tokens[k];
    if (!t || !isNameWord(t, g)) break;
    after.push(t.text);
  }
  const common = (w: string): boolean => {
    const lower = w.toLowerCase();
    return (
      (g.common.has(lower) || g.common.has(lower.replace(/(?:ies)$/, 'y').replace(/s$/, ''))) &&
      !g.places.has(fold(w))
    );
  };
  // "Securities and Exchange Commission": a head after "and" closes a name that had none before.
  // "U.S. Securities and Exchange Commission", "Human Rights and Democracy Act": so too when the
  // word before "and" is itself a head, if all the words after it are everyday nouns.
  const lastAfter = after[after.length - 1] ?? '';
  if (
    g.lang === 'en' &&
    !before.some((w) => w === 'of' || w === 'for') &&
    (!before.some((w) => g.orgHeads.has(w)) || after.every(common)) &&
    (g.orgHeads.has(lastAfter) || MISC_HEADS.has(lastAfter)) &&
    after.length <= 3 &&
    common(before[before.length - 1] ?? '')
  )
    return true;
  // "Customs and Border Protection", "Health and Human Services": everyday nouns on both sides.
  if (before.length === 1 && common(before[0] ?? '') && after.length >= 2 && after.every(common))
    return true;
  if (!before.some((w) => w === 'of' || w === 'for')) return false;
  // "Disease Control and Prevention", "Health and Human Services": everyday nouns on both sides.
  return (
    after.length > 0 &&
    after.length <= 3 &&
    after.every((w) => g.common.has(w.toLowerCase()) && !g.places.has(fold(w))) &&
    g.common.has((tokens[j - 1]?.text ?? '').toLowerCase())
  );
}

/**
 * A ticker in parentheses after a name: "Kospi Index (KOSPI)", "Home Depot (HD)", "(NYSE: HD)"; an
 * acronym that spells the name's initials is not one ("Attorney General (NYAG)").
 */
function isTicker(tokens: Token[], i: number): boolean {
  const t = tokens[i]?.text ?? '';
  // Reuters instrument codes: ".DJI", "US10YT=RR", "EUR=".
  const prevText = tokens[i - 1]?.text ?? '';
  if (tokens[i]?.glued && (prevText === '.' || prevText === '=')) return true;
  if (tokens[i + 1]?.text === '=' && tokens[i + 1]?.glued) return true;
  const open = tokens[i - 1]?.text;
  const close = tokens[i + 1]?.text;
  if (open === '(' && /^(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NSE|BSE)$/.test(t)) return true;
  if (open !== '(' || close !== ')' || !/^[\p{Lu}\p{N}.]{1,6}$/u.test(t)) return false;
  // The words before the parenthesis, back to the start of the name.
  const name: string[] = [];
  for (let k = i - 2; k >= 0 && name.length < 8; k--) {
    const w = tokens[k]?.text ?? '';
    if (!/^\p{Lu}/u.test(w) && !/^(?:of|the|and|for|&|de|des|du)$/.test(w)) break;
    name.unshift(w);
  }
  // "Hang Seng Index (HSI)": an index's code, whatever its letters.
  if (/^(?:Index|Composite|Average)$/.test(name[name.length - 1] ?? '')) return true;
  return name.length > 0 && !isInitials(t, name);
}

export function collectMentions(
  input: Token[],
  sentence: number,
  kind: LineKind,
  docCase: Map<string, string>,
  lowerSeen: Set<string>,
  g: Gazetteer,
  out: Mention[],
): void {
  const tokens = g.lang !== 'en' ? stripElisions(input, g) : input;
  const first = out.length;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // "96W USB-C", "270kW DC", "60dBA": a unit glued to its figure starts no name.
    const unit = t?.glued === true && /^\p{N}/u.test(tokens[i - 1]?.text ?? '');
    if (!t || unit || !isNameWord(t, g)) {
      i++;
      continue;
    }
    // "Coach (Frank) Vogel": a first name or nickname put in parentheses inside a name.
    const inParens =
      tokens[i - 1]?.text === '(' &&
      tokens[i + 1]?.text === ')' &&
      isNameWord(
        tokens[i + 2] ?? { text: '', tagged: false, initial: false, possessive: false },
        g,
      );
    if (inParens || isTicker(tokens, i) || isModelName(tokens, i)) {
      i++;
      continue;
    }
    // Grow the span over name words and the connectors that belong inside names.
    let j = i + 1;
    while (j < tokens.length) {
      const x = tokens[j];
      // A table cell ends any name ("Auckland | Auckland": a city, then its region).
      if (!x || x.cell) break;
      // "King's College London", "St Mary's Hospital": a possessive inside a body's name.
      if (tokens[j - 1]?.possessive) {
        // "People's Liberation Army", "Children's Hospital": an everyday noun's possessive inside a name.
        const possessor = tokens[j - 1]?.text ?? '';
        const inside =
          g.orgHeads.has(x.text) ||
          PLACE_HEADS.has(x.text) ||
          (g.lang === 'en' &&
            g.common.has(possessor.toLowerCase()) &&
            // ("Apple's AirPlay": a known body's possessive ends its name.)
            !g.orgs.has(fold(possessor)) &&
            !g.firstNames.has(possessor));
        if (!(isNameWord(x, g) && inside)) break;
        j++;
        continue;
      }
      if (isNameWord(x, g)) {
        j++;
        continue;
      }
      const width = connectorWidth(tokens, i, j, g);
      if (!width) break;
      j += width;
    }
    // "Conseil constitutionnel", "Assemblée nationale", "Partido Popular": a head and its adjective.
    if (
      g.nameAdjective &&
      j - i <= 2 &&
      g.orgFirstHeads.has(tokens[i]?.text ?? '') &&
      g.nameAdjective.test(tokens[j]?.text ?? '')
    ) {
      j++;
    }
    // No name runs this long ("Congregation for the Doctrine of the Faith" is 7 words): a longer run
    // is a heading, a tag wall or a run of initials, and reading it word by word would be quadratic.
    if (j - i <= MAX_SPAN_TOKENS) addSpan(tokens, i, j, sentence, kind, docCase, lowerSeen, g, out);
    i = j;
  }
  if (kind === 'text' && out.length - first > 0) linkLists(tokens, out.slice(first), g);
}

// What may stand between two names of one list: "X, Y", "X and Y", "X, Y, and Z", "X or Y".
const LIST_GAP = /^(?:,|and|or|, and|, or)$/;

/**
 * Names listed together are of one kind ("Astrobotic, Deep Space Systems, Draper and Lockheed
 * Martin"; "Kanye West and Kim Kardashian"): each mention learns its list's other names, for ranking
 * to type the weak ones by the strong. A class noun before or after the list types all of it:
 * "companies such as Netscape", "countries including Chad", "Smith, Jones and other players".
 */
export function linkLists(tokens: Token[], mentions: Mention[], g: Gazetteer): void {
  const runs: Mention[][] = [];
  let run: Mention[] = [];
  for (const m of mentions) {
    const prev = run[run.length - 1];
    const gap =
      prev?.end !== undefined && m.start !== undefined
        ? tokens
            .slice(prev.end, m.start)
            .map((t) => t.text)
            .join(' ')
        : null;
    // "Jeff Bezos’s Blue Origin and Elon Musk’s SpaceX": a possessor is no member of the list.
    const possessor = m.end !== undefined && tokens[m.end - 1]?.possessive === true;
    if (possessor) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (prev && gap !== null && LIST_GAP.test(gap)) run.push(m);
    else {
      if (run.length) runs.push(run);
      run = [m];
    }
  }
  if (run.length) runs.push(run);
  for (const r of runs) {
    if (r.length > 1) for (const m of r) m.peers = r;
    if (g.lang !== 'en') continue;
    const kind = classBefore(tokens, r[0]?.start ?? 0) ?? classAfter(tokens, r[r.length - 1]?.end);
    if (kind) for (const m of r) m.evidence[kind] += 3;
  }
}

/** "companies such as", "countries, including", "clubs like": the class of the names that follow. */
function classBefore(tokens: Token[], start: number): Kind | undefined {
  let k = start - 1;
  const at = (i: number): string => tokens[i]?.text ?? '';
  if (at(k) === 'as' && at(k - 1) === 'such') k -= 2;
  else if (at(k) === 'including' || at(k) === 'like') k -= 1;
  else return undefined;
  if (at(k) === ',') k--;
  // "an outlet such as Forbes", "a carrier like Ryanair": a body noun in the singular too.
  return CLASS_NOUNS[at(k)] ?? (ORG_NOUNS.has(at(k)) ? 'ORG' : undefined);
}

/**
 * "Smith, Jones and other players": the class of the names before; "Barry, Calhoun and Cass
 * counties": a plural place noun right after a list of names.
 */
function classAfter(tokens: Token[], end: number | undefined): Kind | undefined {
  if (end === undefined) return undefined;
  const at = (i: number): string => tokens[i]?.text ?? '';
  if (CLASS_NOUNS[at(end)] === 'LOC') return 'LOC';
  let k = end;
  if (at(k) === ',') k++;
  if (!/^(?:and|or)$/.test(at(k)) || at(k + 1) !== 'other') return undefined;
  return CLASS_NOUNS[at(k + 2)];
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
  // "King's College London", "Queen's University": a title's possessive before a body's head
  // names the body, not a person.
  const notTitle = new Set<number>();
  words.forEach((w, k) => {
    const next = words[k + 1] ?? '';
    if (tokens[start + k]?.possessive && (g.orgHeads.has(next) || PLACE_HEADS.has(next)))
      notTitle.add(k);
  });
  for (const part of splitTitles(words, g, notTitle)) {
    let a = start + part.start;
    let b = a + part.words.length;
    // Strip sentence openers and leftover connectors: "In Washington", "The Pentagon".
    while (a < b) {
      const w = tokens[a]?.text ?? '';
      const initial = tokens[a]?.initial ?? false;
      const familyName =
        FAMILY_FIRST_SURNAMES.has(w) &&
        b - a === 2 &&
        !g.common.has((tokens[a + 1]?.text ?? '').toLowerCase()) &&
        !g.places.has(fold(tokens[a + 1]?.text ?? ''));
      const openerLike =
        (g.stop.has(w) &&
          !familyName &&
          (!LABEL_WORDS.has(w) ||
            (initial &&
              // "Home Depot said": a label word opening a known name is part of it.
              !isKnown(
                tokens.slice(a, b).map((x) => x.text),
                g,
              ))) &&
          // "Los Angeles", "The Hague", "Estados Unidos" ("estados" is also a verb's form): a
          // small word that opens a known place or body is part of its name.
          !isKnown(
            tokens.slice(a, b).map((x) => x.text),
            g,
          )) ||
        NAME_PARTICLES.has(w) ||
        w === 'of' ||
        w === 'for' ||
        w === '&' ||
        (initial &&
          b - a > 1 &&
          // "AT&T said": one written word, not "At" opening the sentence.
          !tokens[a + 1]?.glued &&
          (lowerSeen.has(w.toLowerCase()) ||
            g.common.has(w.toLowerCase()) ||
            (g.lang === 'en' && /^\p{Lu}\p{Ll}{2,}ing$/u.test(w))) &&
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
    if (!isKnown(whole, g) && !g.orgHeads.has(whole[whole.length - 1] ?? '')) {
      // "Asian Cup", "Estonian Tallinna Pank", "Lombardi Award Thursday": adjectives and dates around a name.
      while (
        b - a > 1 &&
        isDemonym(tokens[a]?.text ?? '', g) &&
        !g.firstNames.has(tokens[a]?.text ?? '') &&
        !g.orgHeads.has(tokens[a + 1]?.text ?? '')
      )
        a++;
      while (b - a > 1 && (isDemonym(tokens[b - 1]?.text ?? '', g) || dateLike(b - 1))) b--;
    }
    const span = tokens.slice(a, b).map((t) => t.text);
    const lastWord = span[span.length - 1] ?? '';
    // Events, awards, treaties, "Group C": not a person, body or place.
    if (
      span.length > 1 &&
      !isKnown(span, g) &&
      (MISC_HEADS.has(lastWord) ||
        (/^\p{Lu}$/u.test(lastWord) && !tokens[b - 1]?.glued) ||
        g.miscFirstHeads.has(span[0] ?? ''))
    ) {
      continue;
    }
    // "AC Milan George Weah": a known body or place followed by a person's name.
    // "Browns DL Sheldon Richardson", "CBS Sports NFL Insider Jason La Canfora": also after an acronym.
    const cut = span.findIndex(
      (w, k) =>
        k > 0 &&
        k < span.length - 1 &&
        // "Browns DL Sheldon Richardson": a player's position (a word no name holds) before a name.
        ((k === span.length - 2 &&
          NON_ENTITIES.has(span[k - 1] ?? '') &&
          isAllCaps(span[k - 1] ?? '')) ||
          g.firstNames.has(w)) &&
        // "Lakers great Magic Johnson": an everyday word before a first name is a nickname.
        !(k === 1 && g.common.has((span[0] ?? '').toLowerCase())) &&
        (isKnown(span.slice(0, k), g) ||
          isAllCaps(span[k - 1] ?? '') ||
          g.orgHeads.has(span[k - 1] ?? '')),
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
      // ("Browns DL": the position is no part of the team's name.)
      let head = a + cut;
      while (head > a + 1 && NON_ENTITIES.has(tokens[head - 1]?.text ?? '')) head--;
      pushMention(tokens, a, head, sentence, kind, part.titledAfter && part.start > 0, g, out);
      pushMention(tokens, a + cut, b, sentence, kind, false, g, out);
      continue;
    }
    if (span.every((w) => isTimeWord(w) || isDemonym(w, g) || g.titles.has(w.replace(/\.$/, '')))) {
      continue;
    }
    // Drop a leading demonym before a person's name ("Russian Yevgeny Primakov").
    if (span.length > 1 && isDemonym(span[0] ?? '', g) && g.firstNames.has(span[1] ?? '')) {
      span.shift();
      a++;
    }
    // "Public Prosecution Eva-Marie Persson": what is left of a title before a person's name.
    while (
      part.start > 0 &&
      b - a > 2 &&
      g.common.has((tokens[a]?.text ?? '').toLowerCase()) &&
      isFirstName(tokens[a + 1]?.text ?? '', g) &&
      !isKnown(
        tokens.slice(a, b).map((t) => t.text),
        g,
      )
    ) {
      a++;
      span.shift();
    }
    // "Nissan Sentra", "Google Stadia", "Mozilla Persona": a known company and its product.
    if (
      span.length > 1 &&
      g.orgs.has(fold(span[0] ?? '')) &&
      !isKnown(span, g) &&
      !span
        .slice(1)
        .some((w) => g.orgHeads.has(w) || g.places.has(fold(w)) || /^(?:of|for|&)$/.test(w)) &&
      !g.firstNames.has(span[0] ?? '') &&
      // "Magic Johnson": an everyday word before a surname is a nickname, not a brand ("Apple Watch").
      !(
        span.length === 2 &&
        g.common.has((span[0] ?? '').toLowerCase()) &&
        !g.common.has((span[1] ?? '').toLowerCase())
      )
    ) {
      pushMention(tokens, a, a + 1, sentence, kind, false, g, out);
      continue;
    }
    // "the Artemis program", "the Dragonfly mission": the name of a programme or a product.
    // ("the Artemis moon program": a noun between; "Homeland Security would act" is a verb.)
    const modifierWord = (w: string): boolean =>
      /^\p{Ll}+$/u.test(w) &&
      !/^(?:would|will|can|could|should|may|might|must|shall|to|and|or|but|is|was|are|were|be|has|have|had|did|does|do|also|then|not|never|now|just|still|who|which|that)$/.test(
        w,
      );
    // Such a use is recorded, not counted: a name used so at least as often as alone is no entity
    // ("the Artemis program" twice, "Artemis aims" once; "the PV industry", "PV cell producers").
    const programNoun = (k: number): boolean =>
      /^(?:program|programme|mission|project|initiative|plan|act|bill|app|platform|service|tour|festival|conference|summit|spacecraft|rover|rocket|lander|telescope|satellite|vaccine|drug|album|single|song|film|movie|series|show|game|trophy|cup|industry|sector|audience|keynote|array|module|cell)s?$/.test(
        tokens[k]?.text ?? '',
      );
    // ("the Washington Native plan": so too a run with an everyday word in it.)
    if (
      (span.length === 1 ||
        (span.some((w) => g.common.has(w.toLowerCase())) &&
          !g.orgHeads.has(span[span.length - 1] ?? ''))) &&
      (programNoun(b) || (modifierWord(tokens[b]?.text ?? '') && programNoun(b + 1))) &&
      !isKnown(span, g)
    ) {
      out.push({
        words: span,
        text: span.join(' '),
        sentence,
        evidence: zero(),
        titled: false,
        attributive: true,
      });
      continue;
    }
    // "National Socialism", "Anniversary Tour of North America", "Advocacy Director for the Middle
    // East": a doctrine, an event, a job — not a person, body or place.
    if (
      span.length > 1 &&
      !isKnown(span, g) &&
      (/ism$/.test(lastWord) ||
        span.some(
          (w, k) =>
            // The name's own head ("Tour of", "Director for"), not a word inside it
            // ("Congregation for the Doctrine of the Faith").
            k <= 1 &&
            (MISC_HEADS.has(w) || g.titles.has(w)) &&
            /^(?:of|for)$/.test(span[k + 1] ?? ''),
        ))
    )
      continue;
    // "ICUs", "SUVs", "CEOs": a plural of an abbreviation.
    if (span.length === 1 && /^\p{Lu}{2,}s$/u.test(span[0] ?? '') && !isKnown(span, g)) continue;
    // "Yersinia pestis": a genus before its species is no name.
    if (span.length === 1 && isTaxon(tokens[b]?.text ?? '', g)) continue;
    // “Saint Seiya”, “Knights of the Zodiac”: a title in quotation marks.
    let open = a - 1;
    while (open > a - 3 && open >= 0 && g.stop.has(tokens[open]?.text ?? '')) open--;
    if (
      span.length > 1 &&
      /^[“"«„]$/.test(tokens[open]?.text ?? '') &&
      (/^[”"»“]$/.test(tokens[b]?.text ?? '') ||
        (/^[,.]$/.test(tokens[b]?.text ?? '') && /^[”"»]$/.test(tokens[b + 1]?.text ?? ''))) &&
      !isKnown(span, g)
    )
      continue;
    const only = span.length === 1 ? (span[0] ?? '') : '';
    // A lone capitalized word at a sentence start is a name only if the text or the lists know it as one.
    if (only && tokens[a]?.initial && kind === 'text') {
      const f = fold(only);
      const known =
        docCase.has(f) ||
        /^\p{Lu}\p{Ll}+\p{Lu}/u.test(only) ||
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
    if (only && (g.stop.has(only) || NON_ENTITIES.has(only) || /^\p{Lu}\.?$/u.test(only))) continue;
    // A body's head alone ("Commission", "Conseil", "Partido") names no one in particular.
    if (
      only &&
      (g.orgHeads.has(only) || g.orgFirstHeads.has(only)) &&
      !MEDIA_HEADS.has(only) &&
      !isKnown(span, g)
    )
      continue;
    // French, Spanish, Italian, Portuguese capitalize a noun now and then ("les Français", "les
    // Sages"): a word the text also writes in lower case ("françaises") is no name.
    if (
      only &&
      g.lang !== 'en' &&
      !g.nounsCapitalized &&
      !isKnown(span, g) &&
      writtenLower(only, lowerSeen)
    )
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
  const span = tokens
    .slice(a, b)
    .map((t, k) => (t.possessive && k < b - a - 1 ? `${t.text}'s` : t.text));
  // "Lowe's was lower", "at McDonald's": a name whose "'s" is its own.
  const own = `${span.join(' ')}'s`;
  const ownPossessive = tokens[b - 1]?.possessive === true && POSSESSIVE_NAMES.has(own);
  if (ownPossessive) span[span.length - 1] += "'s";
  const table = kind === 'table';
  const { ev } = nameEvidence(span, g, table);
  if (ownPossessive) ev.ORG += 5;
  contextEvidence(tokens, a, b, ev, g);
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
  // "Founder Netscape Communications Corporation": a title before a body's name is its role there.
  if (titled && !g.orgHeads.has(span[span.length - 1] ?? '')) ev.PER += 4;
  if (kind === 'dateline') ev.LOC += 3;
  const text = span.map((w, k) => (k > 0 && !tokens[a + k]?.glued ? ` ${w}` : w)).join('');
  const mention: Mention = { words: span, text, sentence, evidence: ev, titled, start: a, end: b };
  if (g.locPreps.has(tokens[a - 1]?.text ?? '')) mention.locative = true;
  const defined = tokens[b + 1]?.text ?? '';
  if (after === '(' && tokens[b + 2]?.text === ')' && isInitials(defined, span)) {
    mention.defines = defined;
  }
  const before = (tokens[a - 1]?.text ?? '').toLowerCase();
  const before2 = (tokens[a - 2]?.text ?? '').toLowerCase();
  if (
    /^(?:told|tells|telling|by|cited|citing|to)$/.test(before) ||
    (before === 'to' && before2 === 'according') ||
    (before === '(' && after === ')') ||
    /^(?:reported|reports|reporting|said|says|has|had|learned|reviewed|obtained|first)$/.test(
      after.toLowerCase(),
    )
  ) {
    mention.source = true;
  }
  out.push(mention);
}

/**
 * "NYAG" after "New York State Attorney General", "CNCTR" after "Commission nationale de contrôle
 * des techniques de renseignement": the acronym is the initials of the name's words (small words
 * may be left out).
 */
export function isInitials(acronym: string, name: string[]): boolean {
  const letters = acronym.replace(/[.&-]/g, '');
  if (!/^\p{Lu}{2,8}$/u.test(letters) || name.length < 2) return false;
  if (spells(letters, name)) return true;
  // "PG&E" for "Pacific Gas & Electric Co": the corporate suffix may have no letter in it
  // ("IDC" for "International Data Corporation" has one).
  const last = name[name.length - 1] ?? '';
  return (
    name.length > 2 &&
    /^(?:Co|Corp|Corporation|Inc|Ltd|plc|PLC|LLC|AG|SA)\.?$/.test(last) &&
    spells(letters, name.slice(0, -1))
  );
}

function spells(letters: string, words: string[]): boolean {
  const all = words.map((w) => w.charAt(0).toUpperCase()).join('');
  const content = words
    .filter((w) => !/^(?:of|the|and|for|&|de|des|du|la|le|les|der|die|das|und|y|el|del)$/.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return (
    letters === all || letters === content || (letters.length >= 3 && content.endsWith(letters))
  );
}
