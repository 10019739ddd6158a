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

const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)/g;

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
    const next = line.slice(m.index + m[0].length);
    if (!endsSentence(line.slice(start, m.index), punct, next, caseless)) continue;
    const sentence = line.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function endsSentence(before: string, punct: string, next: string, caseless: boolean): boolean {
  const nextChar = next.charAt(0);
  if (!nextChar) return true;
  // PTB-tokenized text: a period standing alone as a token ends the sentence whatever follows.
  const standalone = /\s$/.test(before) || before === '';
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
    for (const s of splitLine(trimmed, caseless)) out.push({ text: s, line, index: out.length });
  });
  return out;
}
