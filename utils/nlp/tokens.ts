/** A word or punctuation mark of a sentence. */
export interface Token {
  /** Surface form, possessive "’s" removed ("NATO’s" → "NATO"). */
  text: string;
  /** Follows a "#" or "@" (a hashtag or handle, never a name in running text). */
  tagged: boolean;
  /** First word of its sentence (its capital says nothing). */
  initial: boolean;
  /** Carried a possessive "’s" (a name ends there: "Stoltenberg’s Washington visit"). */
  possessive: boolean;
  /** Glued to the token before it, with no space between ("AT&T": "AT", "&", "T"). */
  glued?: boolean;
  /** First word of a table cell after another cell: no name runs across it. */
  cell?: boolean;
}

/**
 * Stands between two table cells in a line of text to analyse (`TextBlock.cells`): the tokenizer
 * drops it and marks the next token as a cell's first, so a name never spans two cells.
 */
export const CELL_BREAK = '\u2063';

// Dotted acronyms ("U.S.", "D.C."), words with inner apostrophes/hyphens ("O'Neill", "Wróblewska-Kuś",
// "Stoltenberg’s"), numbers, then any other single character.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*%?|[^\s\p{L}\p{N}]/gu;

// Abbreviations kept with their period, so "St. Louis" and "Gen. Smith" stay one name.
const KEEP_PERIOD = new Set(
  (
    'St Mt Ft Dr Mr Mrs Ms Gen Lt Col Gov Sen Rep Rev Prof Capt Sgt Jr Sr Maj Adm Cmdr Fla Okla Conn ' +
    'Minn Wis Ariz Calif Mass Mich Tenn Tex Colo Ore Neb Nev Ala Ark Kan Ky Md Pa Va Ga Ill Ind Vt Wyo'
  ).split(' '),
);

/** Splits a sentence into tokens; a single capital followed by a period is kept as an initial ("J."). */
export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  // "Russian-U.S. talks": the hyphen would otherwise swallow the acronym's first letter.
  const matches = [...sentence.replace(/-(?=(?:\p{Lu}\.){2})/gu, ' - ').matchAll(TOKEN)];
  const raw = matches.map((m) => m[0]);
  let first = true;
  let end = -1;
  let cell = false;
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i] ?? '';
    if (text === CELL_BREAK) {
      cell = out.length > 0;
      end = -1;
      continue;
    }
    const glued = (matches[i]?.index ?? 0) === end;
    end = (matches[i]?.index ?? 0) + text.length;
    if ((/^\p{Lu}$/u.test(text) || KEEP_PERIOD.has(text)) && raw[i + 1] === '.') {
      text += '.';
      i++;
      end++;
    }
    const prev = out[out.length - 1];
    const tagged = prev !== undefined && (prev.text === '#' || prev.text === '@');
    const bare = text.replace(/['’][sS]$/, '').replace(/(?<=s)['’]$/, '');
    const possessive = bare !== text;
    text = bare;
    const isWord = /[\p{L}\p{N}]/u.test(text);
    // A quotation starts with a capital too: “We are ready,” he said; the ‘Oxygen Bar’.
    const quoted = prev !== undefined && /^[“‘«]$/.test(prev.text);
    const token: Token = { text, tagged, initial: (first || quoted) && isWord, possessive, glued };
    if (cell) token.cell = true;
    cell = false;
    out.push(token);
    // Opening quotes and brackets keep the next word sentence-initial.
    if (isWord) first = false;
  }
  return out;
}

// Every word is tested many times over (line kinds, spans, re-casing): remember the answers.
const capCache = new Map<string, boolean>();
const allCapsCache = new Map<string, boolean>();

function remember(
  cache: Map<string, boolean>,
  word: string,
  test: (w: string) => boolean,
): boolean {
  let v = cache.get(word);
  if (v === undefined) {
    v = test(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, v);
  }
  return v;
}

/** Starts with a capital (or an "al-"/"bin-" particle before one). */
export function isCapitalized(word: string): boolean {
  return remember(capCache, word, (w) =>
    /^(?:\p{Lu}|(?:al|el|bin|ibn|abu|de|da|van|von|d|l|o)['’-]\p{Lu})/u.test(w),
  );
}

/** Has two or more letters and no lower-case letter ("NATO", "U.S."). */
export function isAllCaps(word: string): boolean {
  return remember(allCapsCache, word, (w) => /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w));
}
