/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark, README and
 * evaluate.py): 4-gram shingles of `\w+` tokens, compared as multisets; per page TP/FP/FN are
 * normalised to sum to 1; precision is the mean over pages with a non-empty prediction, recall the
 * mean over pages with a non-empty truth, F1 the harmonic mean of the two means; "±" is the
 * bootstrap standard deviation over pages.
 */

/** Python's `\w+` on str: Unicode letters, digits and underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingles of `n` tokens; a text shorter than `n` tokens is one shingle (as upstream). */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised TP/FP/FN of one page. */
export function scorePage(truth: string, prediction: string): PageScore {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  /** Bootstrap standard deviations. */
  precisionSd: number;
  recallSd: number;
  f1Sd: number;
  pages: number;
}

function means(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const s of scores) {
    if (s.tp + s.fp > 0) {
      pSum += s.tp / (s.tp + s.fp);
      pN++;
    }
    if (s.tp + s.fn > 0) {
      rSum += s.tp / (s.tp + s.fn);
      rN++;
    }
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** A small seeded PRNG so bootstrap figures are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sd(values: number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

/** Precision / recall / F1 over pages, with bootstrap standard deviations (1000 resamples). */
export function summarize(scores: PageScore[], resamples = 1000): Summary {
  const { precision, recall, f1 } = means(scores);
  const rand = mulberry32(42);
  const ps: number[] = [];
  const rs: number[] = [];
  const fs: number[] = [];
  for (let i = 0; i < resamples && scores.length; i++) {
    const sample: PageScore[] = [];
    for (let j = 0; j < scores.length; j++)
      sample.push(scores[Math.floor(rand() * scores.length)] as PageScore);
    const m = means(sample);
    ps.push(m.precision);
    rs.push(m.recall);
    fs.push(m.f1);
  }
  return {
    precision,
    recall,
    f1,
    precisionSd: ps.length ? sd(ps) : 0,
    recallSd: rs.length ? sd(rs) : 0,
    f1Sd: fs.length ? sd(fs) : 0,
    pages: scores.length,
  };
}

/**
 * Share of `expected`'s tokens that `output` keeps (multiset token recall): how much of the text
 * Readability's own test suite expects survives.
 */
export function keptShare(expected: string, output: string): number {
  const want = new Map<string, number>();
  for (const t of tokenize(expected)) want.set(t, (want.get(t) ?? 0) + 1);
  const have = new Map<string, number>();
  for (const t of tokenize(output)) have.set(t, (have.get(t) ?? 0) + 1);
  let total = 0;
  let kept = 0;
  for (const [t, n] of want) {
    total += n;
    kept += Math.min(n, have.get(t) ?? 0);
  }
  return total ? kept / total : 1;
}

/** Value at quantile `q` (0..1) of `values`. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}
