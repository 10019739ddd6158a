/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, as rouge_score computes them: lower case, non-alphanumerics to
 * spaces, Porter stemming of tokens longer than 3 characters; ROUGE-Lsum takes the union LCS over the
 * summary's lines (one sentence per line).
 */
import { stemmer } from 'stemmer';

const stemCache = new Map<string, string>();

export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => {
      if (w.length <= 3) return w;
      let s = stemCache.get(w);
      if (s === undefined) {
        s = stemmer(w);
        stemCache.set(w, s);
      }
      return s;
    });
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

function f1(overlap: number, predTotal: number, refTotal: number): number {
  if (!overlap || !predTotal || !refTotal) return 0;
  const p = overlap / predTotal;
  const r = overlap / refTotal;
  return (2 * p * r) / (p + r);
}

function rougeN(pred: string[], ref: string[], n: number): number {
  const a = ngrams(pred, n);
  const b = ngrams(ref, n);
  let overlap = 0;
  for (const [k, c] of a) overlap += Math.min(c, b.get(k) ?? 0);
  let pt = 0;
  for (const c of a.values()) pt += c;
  let rt = 0;
  for (const c of b.values()) rt += c;
  return f1(overlap, pt, rt);
}

/** Indices in `b` of one longest common subsequence of `a` and `b`... reported as hits in `a`'s order. */
function lcsHits(ref: string[], cand: string[]): number[] {
  const n = ref.length;
  const m = cand.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = 1; i <= n; i++) {
    const row = dp[i] as Uint16Array;
    const up = dp[i - 1] as Uint16Array;
    for (let j = 1; j <= m; j++) {
      row[j] =
        ref[i - 1] === cand[j - 1]
          ? (up[j - 1] as number) + 1
          : Math.max(up[j] as number, row[j - 1] as number);
    }
  }
  const hits: number[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      hits.push(i - 1);
      i--;
      j--;
    } else if (
      ((dp[i - 1] as Uint16Array)[j] as number) >= ((dp[i] as Uint16Array)[j - 1] as number)
    )
      i--;
    else j--;
  }
  return hits;
}

function rougeLsum(predLines: string[][], refLines: string[][]): number {
  const predTotal = predLines.reduce((s, l) => s + l.length, 0);
  const refTotal = refLines.reduce((s, l) => s + l.length, 0);
  const predCounts = new Map<string, number>();
  for (const l of predLines) for (const t of l) predCounts.set(t, (predCounts.get(t) ?? 0) + 1);
  const refCounts = new Map<string, number>();
  for (const l of refLines) for (const t of l) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of refLines) {
    const union = new Set<number>();
    for (const pred of predLines) for (const h of lcsHits(ref, pred)) union.add(h);
    for (const idx of [...union].sort((a, b) => a - b)) {
      const t = ref[idx] as string;
      if ((predCounts.get(t) ?? 0) > 0 && (refCounts.get(t) ?? 0) > 0) {
        hits++;
        predCounts.set(t, (predCounts.get(t) ?? 0) - 1);
        refCounts.set(t, (refCounts.get(t) ?? 0) - 1);
      }
    }
  }
  return f1(hits, predTotal, refTotal);
}

export interface Rouge {
  r1: number;
  r2: number;
  rl: number;
}

/** Scores a summary (one sentence per item) against reference lines. */
export function rouge(summary: string[], reference: string[]): Rouge {
  const predLines = summary.map(rougeTokens).filter((l) => l.length);
  const refLines = reference.map(rougeTokens).filter((l) => l.length);
  const pred = predLines.flat();
  const ref = refLines.flat();
  return { r1: rougeN(pred, ref, 1), r2: rougeN(pred, ref, 2), rl: rougeLsum(predLines, refLines) };
}
