/**
 * NLP benchmark: Tidings' own labelled set of real articles (key entities, chip precision, split
 * entities, summary junk, vs plain compromise and Lead-3), entities on CoNLL-2003 test
 * (document-level name sets, vs plain compromise), summaries on a CNN/DailyMail sample (ROUGE-1/2/Lsum,
 * vs Lead-3), and time per article.
 * Data: ../shared/bench (override with TIDINGS_BENCH_DIR). Run: `npm run -s bench:nlp`.
 * Env NLP_BENCH_LIMIT=N limits the number of documents of each set (for quick runs);
 * NLP_BENCH_VERBOSE=1 lists what went wrong on each labelled page; NLP_BENCH_ONLY=devset|conll|cnndm
 * runs one part.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { analyzeArticle, analyzeText } from '../utils/nlp/index';
import { findEntities, type TypedEntity } from '../utils/nlp/entities/index';
import { splitSentences } from '../utils/nlp/sentences';
import { summarize } from '../utils/nlp/summary';
import { NER_TYPES, parseConll, prf, scoreSets, type Counts, type NerType } from './nlp-lib/conll';
import { rouge } from './nlp-lib/rouge';
import { fixtureText } from './nlp-lib/fixture-text';
import {
  loadDevSet,
  scoreDevSet,
  topChips,
  type DevPage,
  type DevScore,
  type Kind,
  type SystemOutput,
} from './nlp-lib/devset';

const benchDir = resolve(
  process.env.TIDINGS_BENCH_DIR ?? join(import.meta.dirname, '../../shared/bench'),
);
const limit = Number(process.env.NLP_BENCH_LIMIT ?? Infinity);
const verbose = process.env.NLP_BENCH_VERBOSE === '1';
const only = process.env.NLP_BENCH_ONLY;
const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
}

function timeIt(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

function compromiseNames(text: string): Record<NerType, Set<string>> {
  const doc = nlp(text);
  const clean = (list: string[]): Set<string> =>
    new Set(
      list
        .map((s) =>
          s
            .replace(/['’]s$/, '')
            .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
            .trim(),
        )
        .filter(Boolean),
    );
  return {
    PER: clean(doc.people().out('array') as string[]),
    ORG: clean(doc.organizations().out('array') as string[]),
    LOC: clean(doc.places().out('array') as string[]),
  };
}

function ourNames(text: string): Record<NerType, Set<string>> {
  const list = findEntities(splitSentences(text));
  const out: Record<NerType, Set<string>> = { PER: new Set(), ORG: new Set(), LOC: new Set() };
  const add = (e: TypedEntity): void => {
    for (const n of [e.name, ...e.aliases]) out[e.kind].add(n);
  };
  list.forEach(add);
  return out;
}

function benchConll(): void {
  const file = join(benchDir, 'conll2003-ner/eng.testb.iob2.txt');
  if (!existsSync(file)) {
    console.log(`CoNLL-2003: ${file} not found, skipped.`);
    return;
  }
  const docs = parseConll(readFileSync(file, 'utf8')).slice(0, limit);
  const systems = { tidings: ourNames, compromise: compromiseNames };
  console.log(
    `\nCoNLL-2003 test (eng.testb), ${docs.length} documents: distinct names per document vs gold`,
  );
  console.log('(a surname counts when the full name is found; MISC ignored)');
  console.log('system       type      P       R      F1     (tp/fp/fn)');
  for (const [name, fn] of Object.entries(systems)) {
    const totals: Record<NerType | 'ALL', Counts> = {
      PER: { tp: 0, fp: 0, fn: 0 },
      ORG: { tp: 0, fp: 0, fn: 0 },
      LOC: { tp: 0, fp: 0, fn: 0 },
      ALL: { tp: 0, fp: 0, fn: 0 },
    };
    const t0 = performance.now();
    for (const d of docs) {
      const pred = fn(d.text);
      for (const type of NER_TYPES) {
        const c = scoreSets(pred[type], d.gold[type], type === 'PER');
        for (const k of [type, 'ALL'] as const) {
          totals[k].tp += c.tp;
          totals[k].fp += c.fp;
          totals[k].fn += c.fn;
        }
      }
    }
    const ms = (performance.now() - t0) / docs.length;
    for (const type of [...NER_TYPES, 'ALL'] as const) {
      const c = totals[type];
      const s = prf(c);
      console.log(
        `${name.padEnd(12)} ${type.padEnd(4)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f)}   (${c.tp}/${c.fp}/${c.fn})`,
      );
    }
    console.log(`${name.padEnd(12)} ${ms.toFixed(2)} ms per document`);
  }
}

interface CnnDoc {
  article: string;
  reference: string;
}

function benchCnndm(): void {
  const file = join(benchDir, 'cnndm-test-sample/cnndm-test-sample.jsonl');
  if (!existsSync(file)) {
    console.log(`CNN/DailyMail: ${file} not found, skipped.`);
    return;
  }
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, limit)
    .map((l) => JSON.parse(l) as CnnDoc);
  const sums = { tidings: { r1: 0, r2: 0, rl: 0 }, lead3: { r1: 0, r2: 0, rl: 0 } };
  const times: number[] = [];
  for (const d of docs) {
    const ref = d.reference.split('\n');
    const t = performance.now();
    const summary = analyzeText(d.article).summary;
    times.push(performance.now() - t);
    const lead = splitSentences(d.article)
      .slice(0, 3)
      .map((s) => s.text);
    for (const [k, s] of [
      ['tidings', summary],
      ['lead3', lead],
    ] as const) {
      const r = rouge(s, ref);
      sums[k].r1 += r.r1;
      sums[k].r2 += r.r2;
      sums[k].rl += r.rl;
    }
  }
  console.log(
    `\nCNN/DailyMail test sample, ${docs.length} articles (lower-cased, PTB-tokenized): ROUGE F1`,
  );
  console.log('system        R-1    R-2   R-Lsum');
  for (const [k, s] of Object.entries(sums)) {
    const n = docs.length;
    console.log(`${k.padEnd(10)} ${pct(s.r1 / n)} ${pct(s.r2 / n)} ${pct(s.rl / n)}`);
  }
  console.log(
    `time per article, entities + summary: median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms`,
  );
  // Summary alone, for reference.
  const st = docs
    .slice(0, 200)
    .map((d) => timeIt(() => summarize(splitSentences(d.article), { sentences: 3 }), 1)[0] ?? 0);
  console.log(`summary alone: median ${percentile(st, 0.5).toFixed(2)} ms`);
}

function benchFixture(): void {
  const f = fixtureText();
  analyzeText(f.text, { title: f.title }); // builds the word lists once, as the first popup would
  const times = timeIt(() => analyzeText(f.text, { title: f.title }), 50);
  const a = analyzeText(f.text, { title: f.title });
  const top = (l: { name: string; mentions: number }[]): string =>
    l
      .slice(0, 8)
      .map((e) => `${e.name} (${e.mentions})`)
      .join(', ');
  console.log(`\nFixture article (nato-visit), ${f.text.split(/\s+/).length} words`);
  console.log(`  people:        ${top(a.entities.people)}`);
  console.log(`  organizations: ${top(a.entities.organizations)}`);
  console.log(`  places:        ${top(a.entities.places)}`);
  console.log(
    `  time, entities + summary: median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms (50 runs)`,
  );
}

function tidingsOutput(page: DevPage): SystemOutput {
  const a = analyzeArticle(page.article);
  const { people, organizations, places } = a.entities;
  return {
    chips: topChips({ PER: people, ORG: organizations, LOC: places }),
    summary: a.summary,
  };
}

/** Plain compromise on the article's text: names by frequency, top 8 per kind; Lead-3 as summary. */
function compromiseOutput(page: DevPage): SystemOutput {
  const doc = nlp(page.article.text);
  const ranked = (list: string[]): Array<{ name: string }> => {
    const counts = new Map<string, number>();
    for (const raw of list) {
      const n = raw
        .replace(/['’]s$/, '')
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
        .trim();
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => ({ name }));
  };
  const lists: Record<Kind, Array<{ name: string }>> = {
    PER: ranked(doc.people().out('array') as string[]),
    ORG: ranked(doc.organizations().out('array') as string[]),
    LOC: ranked(doc.places().out('array') as string[]),
  };
  const lead = splitSentences(page.article.text)
    .filter((s) => s.text.split(/\s+/).length >= 6)
    .slice(0, 3)
    .map((s) => s.text);
  return { chips: topChips(lists), summary: lead };
}

function printDev(name: string, s: DevScore): void {
  const p = (n: number, d: number): string => `${pct(d ? n / d : 0)}%`;
  console.log(
    `${name.padEnd(22)} ${p(s.found, s.keys)}  ${p(s.rightKind, s.keys)}  ${p(s.split, s.keys)}  ` +
      `${p(s.chips - s.badChips, s.chips)} (${s.badChips}/${s.chips}, ${s.unlabelled} unjudged)  ` +
      `${s.junkPages} of ${s.pages} (${s.junkHits} hits)`,
  );
}

function benchDevSet(): void {
  const t0 = performance.now();
  const pages = loadDevSet(benchDir).slice(0, limit);
  if (!pages.length) {
    console.log('\nLabelled set: no pages found in the benchmark data, skipped.');
    return;
  }
  const loadMs = performance.now() - t0;
  const langs = new Map<string, number>();
  for (const p of pages) langs.set(p.label.lang, (langs.get(p.label.lang) ?? 0) + 1);
  const sites = new Set(pages.map((p) => p.site)).size;
  console.log(
    `\nLabelled set (bench/nlp-dev/labels.json): ${pages.length} articles, ${sites} sites, ` +
      `${langs.size} languages (${[...langs].map(([l, n]) => `${l} ${n}`).join(', ')}); ` +
      `extracted in ${(loadMs / 1000).toFixed(1)} s`,
  );
  console.log(
    'system                  key found  right kind   split    chip precision (bad/chips)         summaries with junk',
  );
  const ours = scoreDevSet(pages, tidingsOutput);
  printDev('tidings', ours);
  const base = scoreDevSet(pages, compromiseOutput);
  printDev('compromise / Lead-3', base);
  for (const p of pages) analyzeArticle(p.article); // word lists built, as in a warm worker
  const times = pages.map((p) => timeIt(() => analyzeArticle(p.article), 5));
  const medians = times.map((t) => percentile(t, 0.5));
  console.log(
    `time per article, entities + summary: median ${percentile(medians, 0.5).toFixed(2)} ms, ` +
      `p95 ${percentile(medians, 0.95).toFixed(2)} ms, max ${Math.max(...medians).toFixed(2)} ms`,
  );
  if (verbose) for (const n of ours.notes) console.log(`  ${n}`);
}

/** Size of the module as the extension ships it (bundled for the browser, minified, gzip -9). */
async function benchSize(): Promise<void> {
  try {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [join(import.meta.dirname, '../utils/nlp/index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    });
    const code = out.outputFiles[0]?.contents ?? new Uint8Array();
    const gz = gzipSync(code, { level: 9 }).length;
    console.log(
      `\nutils/nlp bundled: ${(code.length / 1024).toFixed(1)} KiB min, ${(gz / 1024).toFixed(1)} KiB min+gz`,
    );
  } catch (e) {
    console.log(`\nutils/nlp bundle size: esbuild unavailable (${String(e).slice(0, 80)})`);
  }
}

if (!existsSync(benchDir)) {
  console.log(
    `NLP benchmark: no benchmark data at ${benchDir} (set TIDINGS_BENCH_DIR); nothing to do.`,
  );
  process.exit(0);
}
if (!only) {
  await benchSize();
  benchFixture();
}
if (!only || only === 'devset') benchDevSet();
if (!only || only === 'conll') benchConll();
if (!only || only === 'cnndm') benchCnndm();
