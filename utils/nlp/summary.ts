import type { Sentence } from './sentences';

// Function words carry no topic; leaving them out keeps similarity about content.
const STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being has have had do ' +
    'does did not no it its this that these those he she they we i you his her their our my your him them us ' +
    'me who whom which what when where why how all any both each few more most other some such than too very ' +
    'can will just should would could may might must shall also into over after before about up down out off ' +
    "again then once here there so said says say one two new s t n't 's -lrb- -rrb- lrb rrb"
  ).split(' '),
);

/** Cheap suffix stripping so "meeting"/"meetings", "allies"/"ally" match; no dictionary needed. */
function stem(w: string): string {
  if (w.length <= 4) return w;
  return w
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s|ly)$/, '')
    .replace(/(?:ation)$/, 'ate');
}

function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const w = m[0];
    // Unspaced scripts: character pairs stand in for words.
    if (UNSPACED.test(w)) {
      UNSPACED.lastIndex = 0;
      for (let k = 0; k + 1 < w.length; k++) out.push(w.slice(k, k + 2));
      continue;
    }
    if (w.length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}

// Bylines, datelines and share prompts are not part of the story.
const BOILERPLATE =
  /\b(?:published|updated|last updated)\s*:|click here|e-?mail to a friend|follow\s+@|all rights reserved|sign up for|^by\s*\.|^\s*by\s+[\p{L} .]+$/iu;

const MAX_CANDIDATES = 400;

// Scripts written without spaces between words: about one word per two characters.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text
    .replace(UNSPACED, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.ceil(unspaced / 2);
}

/**
 * A sentence that is page furniture run together: hover cards gluing names to the next words
 * ("Ilhan OmarIlhan OmarHillicon Valley: …"), links spelled out ("https://…", "bit.ly/…").
 */
function isPolluted(text: string): boolean {
  if (/https?:\/\/|\bwww\.\S|\b(?:bit\.ly|t\.co|goo\.gl|ow\.ly)\/|pic\.twitter\.com/i.test(text))
    return true;
  // A name glued to itself: "Ilhan OmarIlhan Omar", "Alexandria Ocasio-CortezAlexandria Ocasio-Cortez".
  return /(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+)\1/u.test(text);
}

/** Options of the summarizer. */
export interface SummaryOptions {
  /** Number of sentences, 3–5 for the popup. */
  sentences: number;
}

/**
 * Picks the sentences that best summarize the text: a TextRank-style centrality over tf-idf similarity,
 * combined with a position prior (news put the gist first), with redundancy control; returned in
 * article order. Needs no capitalization, so it works on lower-cased text too.
 */
export function summarize(sentences: Sentence[], options: SummaryOptions): string[] {
  const want = Math.max(1, options.sentences);
  const cased = sentences.some((s) => /\p{Ll}/u.test(s.text));
  const candidates = sentences
    .filter((s) => {
      const words = wordCount(s.text);
      // Headings and list items are not sentences of the story.
      return (
        words >= 6 &&
        words <= 90 &&
        !BOILERPLATE.test(s.text) &&
        (!cased || /\p{Ll}/u.test(s.text)) &&
        !isPolluted(s.text)
      );
    })
    // The similarity matrix grows with the square of the count; the gist of a long text is in its
    // first few hundred sentences anyway, and this keeps a book-length page to milliseconds.
    .slice(0, MAX_CANDIDATES);
  if (candidates.length <= want) return candidates.map((s) => s.text);

  // Sparse tf-idf vectors over term ids, sorted by id so two sentences compare by one merge pass.
  const ids = new Map<string, number>();
  const bags = candidates.map((s) =>
    terms(s.text).map((t) => {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      return id;
    }),
  );
  const df = new Int32Array(ids.size);
  for (const bag of bags) for (const t of new Set(bag)) df[t] = (df[t] ?? 0) + 1;
  const n = candidates.length;
  const vectors = bags.map((bag) => {
    const tf = new Map<number, number>();
    for (const t of bag) tf.set(t, (tf.get(t) ?? 0) + 1);
    const terms = [...tf.keys()].sort((a, b) => a - b);
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((t, k) => {
      const w = (1 + Math.log(tf.get(t) ?? 1)) * Math.log(1 + n / (df[t] || 1));
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
    return { terms: Int32Array.from(terms), weights };
  });
  type Vector = (typeof vectors)[number];
  const sim = (a: Vector, b: Vector): number => {
    let s = 0;
    let i = 0;
    let j = 0;
    while (i < a.terms.length && j < b.terms.length) {
      const x = a.terms[i] as number;
      const y = b.terms[j] as number;
      if (x === y) s += (a.weights[i++] as number) * (b.weights[j++] as number);
      else if (x < y) i++;
      else j++;
    }
    return s;
  };

  const matrix = new Float64Array(n * n);
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = sim(vectors[i] as Vector, vectors[j] as Vector);
      matrix[i * n + j] = s;
      matrix[j * n + i] = s;
      rowSum[i] = (rowSum[i] as number) + s;
      rowSum[j] = (rowSum[j] as number) + s;
    }
  }
  let rank = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < 30; iter++) {
    const next = new Float64Array(n).fill(0.15 / n);
    for (let j = 0; j < n; j++) {
      const share = (0.85 * (rank[j] as number)) / ((rowSum[j] as number) || 1);
      if (!share) continue;
      for (let i = 0; i < n; i++)
        next[i] = (next[i] as number) + share * (matrix[j * n + i] as number);
    }
    rank = next;
  }
  const maxRank = Math.max(...rank);
  const scores = candidates.map((_, i) => {
    const centrality = (rank[i] ?? 0) / maxRank;
    // News writing puts the gist first; the prior falls off over the first sentences.
    const prior = 1 / Math.sqrt(1 + i);
    return 0.25 * centrality + 0.75 * prior;
  });

  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]);
  const chosen: number[] = [];
  for (const [, i] of order) {
    if (chosen.length >= want) break;
    const v = vectors[i] as Vector;
    if (chosen.some((c) => sim(v, vectors[c] as Vector) > 0.5)) continue;
    chosen.push(i);
  }
  return chosen.sort((a, b) => a - b).map((i) => (candidates[i] as Sentence).text);
}
