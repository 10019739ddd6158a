/** A sentence of the article with where it stands. */
export interface Sentence {
  text: string;
  /** Index of the text line (paragraph, heading, list item) it comes from. */
  line: number;
  /** Position in the whole text, 0-based. */
  index: number;
}

// Abbreviations after which a period does not end the sentence when a name or number follows.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev hon pres ' +
    'supt insp det fr messrs mme mlle no nos vol vols pp fig figs approx dept est inc corp co ltd bros ' +
    'vs etc al cf e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ave blvd rd hwy mass calif fla ill tex penn wash ariz colo conn minn okla ore wis ky tenn la md mich'
  ).split(' '),
);

// Abbreviations that often end a sentence ("… shares of Acme Inc. The company said").
const ENDING_ABBREVIATIONS = new Set('inc corp ltd co bros etc jr sr'.split(' '));

// Abbreviations that stand for a name ("U.S.", "D.C."): they may end a sentence when a clear sentence start follows.
const SENTENCE_STARTERS = new Set(
  (
    'The A An This That These Those It Its He She They We I You His Her Their Our In On At But And Or So ' +
    'If When While After Before During Since Although However Meanwhile Yet Still Some Many Most All There Here'
  ).split(' '),
);

// The run of marks starts where the previous character is no mark: without the lookbehind a long run
// of dots with no space after it is rescanned from every dot (quadratic: 120,000 dots took 98 s).
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["'”’»)\]]*)(\s+)/g;

// endsSentence reads the last word before a mark and the first word after it: a bounded window keeps
// each boundary O(1) however long the sentence ("Mr. Mr. Mr. …" never ends one).
const WINDOW = 80;

/**
 * Splits one line of text into sentences. Survives "U.S.", "D.C.", "Oct. 21", "Gen. Smith", initials
 * ("J. R. Smith") and closing quotes; also splits lowercased, PTB-tokenized text (" . " ends a sentence).
 */
export function splitLine(line: string, caseless = !/\p{Lu}/u.test(line)): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const punct = m[1] ?? '';
    const end = m.index + punct.length + (m[2] ?? '').length;
    const after = m.index + m[0].length;
    const next = line.slice(after, after + WINDOW);
    const before = line.slice(Math.max(start, m.index - WINDOW), m.index);
    if (!endsSentence(before, punct, next, caseless, m.index - start)) continue;
    const sentence = line.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function endsSentence(
  before: string,
  punct: string,
  next: string,
  caseless: boolean,
  sentenceLength: number,
): boolean {
  const nextChar = next.charAt(0);
  if (!nextChar) return true;
  // PTB-tokenized text: a period standing alone as a token ends the sentence whatever follows.
  const standalone = /\s$/.test(before) || sentenceLength === 0;
  if (standalone) return true;
  // Lower-cased text has no capitals to go by: only abbreviations stop a break there.
  const isLower = /\p{Ll}/u.test(nextChar);
  if (isLower && !caseless) return false;
  if (punct !== '.') return true;
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["'“‘([]+/, '');
  // Initials: "J. Smith", "J.R.R. Tolkien".
  if (/^\p{Lu}$/u.test(bare)) return false;
  const lower = bare.toLowerCase();
  // "Oct. 21", "Gen. Smith": never a break before a number, a name or a title.
  if (ABBREVIATIONS.has(lower) && !ENDING_ABBREVIATIONS.has(lower)) return false;
  // Dotted acronyms ("U.S.", "D.C.") and "Inc.", "etc.": a break only when a clear sentence start follows.
  if (
    ENDING_ABBREVIATIONS.has(lower) ||
    /^(?:\p{L}\.)+\p{L}$/u.test(lower) ||
    /^(?:\p{L}\.){2,}$/u.test(bare + '.')
  ) {
    const nextWord = /^[^\s]+/.exec(next)?.[0]?.replace(/[^\p{L}]/gu, '') ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/**
 * Splits text with block boundaries (one paragraph / heading / list item per line) into sentences.
 * A sentence never crosses a line.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = text.split(/\r?\n/);
  const caseless = !/\p{Lu}/u.test(text);
  lines.forEach((raw, line) => {
    const trimmed = raw.trim();
    if (!trimmed) return;
    for (const s of splitLine(trimmed, caseless)) {
      for (const piece of cutLong(s)) out.push({ text: piece, line, index: out.length });
    }
  });
  return out;
}

/** Longer than any sentence of prose: a run of words with no full stop (a tag wall, a data dump). */
export const MAX_SENTENCE_CHARS = 1_500;

/** Cuts a run-on "sentence" at spaces into pieces of at most {@link MAX_SENTENCE_CHARS}. */
function cutLong(s: string): string[] {
  if (s.length <= MAX_SENTENCE_CHARS) return [s];
  const out: string[] = [];
  let start = 0;
  while (start < s.length) {
    let end = Math.min(s.length, start + MAX_SENTENCE_CHARS);
    if (end < s.length) {
      const space = s.lastIndexOf(' ', end);
      if (space > start) end = space;
    }
    const piece = s.slice(start, end).trim();
    if (piece) out.push(piece);
    start = end;
  }
  return out;
}
