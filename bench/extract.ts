/**
 * Benchmark of the clean-article pipeline against plain Readability, measured in the same run.
 *
 *   npm run -s bench                 (all four sets)
 *   npm run -s bench -- --only aeb   (aeb | rtp | ces | clutter, repeatable) [--json] [--pages N]
 *
 * Reads `../shared/bench` (env TIDINGS_BENCH_DIR overrides):
 * - article-extraction-benchmark: 181 pages, token-shingle P/R/F1 exactly as its README defines;
 * - readability-test-pages: per page, the share of expected.html's text kept;
 * - content-extraction-sample: L3S-GN1 + Dragnet, same metric as the first;
 * - clutter (committed in tests/fixtures/clutter, runs without the shared folder): story strings
 *   kept, clutter strings leaked, and article / not-article calls right, per page.
 * Plus the time ratio Tidings / plain Readability per page (median, p95): both run one after the
 * other on the same parsed page in the same worker. Pages are spread over worker threads (env
 * TIDINGS_BENCH_WORKERS, default one fewer than the cores, at least 1): with a worker on every core
 * V8's garbage collector threads compete with them, and the ratio then measures that contention
 * (on this 2-core machine, clutter set: 1.27 with one worker, 1.34–1.42 with two) rather than
 * the pipeline.
 * `--json` writes per-page details to bench/results/extract.json (git-ignored).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { quantile, scorePage, summarize, type PageScore, type Summary } from './lib/metric';
import type { SetName, Task, TaskResult } from './lib/tasks';
import { CLUTTER_DIR, loadClutterPages } from './lib/clutter-set';

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = resolve(process.env.TIDINGS_BENCH_DIR ?? join(here, '../../shared/bench'));

interface Args {
  only: Set<string>;
  json: boolean;
  pages: number;
}

function parseArgs(argv: string[]): Args {
  const only = new Set<string>();
  let json = false;
  let pages = Infinity;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') only.add(argv[++i] ?? '');
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--pages') pages = Number(argv[++i]);
  }
  if (!only.size) ['aeb', 'rtp', 'ces', 'clutter'].forEach((s) => only.add(s));
  return { only, json, pages };
}

type Truth = Record<string, { articleBody: string; url?: string }>;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The pages to run, per set. */
function tasks(args: Args): Task[] {
  const out: Task[] = [];
  const aeb = join(benchDir, 'article-extraction-benchmark');
  if (args.only.has('aeb') && existsSync(aeb)) {
    const truth = readJson<Truth>(join(aeb, 'ground-truth.json'));
    for (const id of Object.keys(truth).sort().slice(0, args.pages)) {
      // Upstream ran the Readability.js extractor on the UTF-8 text with this URL.
      out.push({
        set: 'article-extraction-benchmark',
        id,
        file: join(aeb, 'html', `${id}.html.gz`),
        url: 'https://fake-url.com/',
        utf8: true,
        truth: truth[id]?.articleBody ?? '',
      });
    }
  }
  const rtp = join(benchDir, 'readability-test-pages', 'pages');
  if (args.only.has('rtp') && existsSync(rtp)) {
    for (const slug of readdirSync(rtp).sort().slice(0, args.pages)) {
      out.push({
        set: 'readability-test-pages',
        id: slug,
        file: join(rtp, slug, 'source.html'),
        url: 'http://fakehost/test/page.html',
        utf8: true,
        expectedFile: join(rtp, slug, 'expected.html'),
      });
    }
  }
  const ces = join(benchDir, 'content-extraction-sample');
  if (args.only.has('ces') && existsSync(ces)) {
    for (const set of ['l3s-gn1', 'dragnet'] as const) {
      const base = join(ces, set);
      if (!existsSync(join(base, 'ground-truth.json'))) continue;
      const truth = readJson<Truth>(join(base, 'ground-truth.json'));
      for (const id of Object.keys(truth).sort().slice(0, args.pages)) {
        // Original bytes, decoded like a browser (BOM, meta charset, UTF-8 when valid, windows-1252).
        out.push({
          set,
          id,
          file: join(base, 'html', `${id}.html.gz`),
          url: truth[id]?.url || 'https://fake-url.com/',
          utf8: false,
          truth: truth[id]?.articleBody ?? '',
        });
      }
    }
  }
  if (args.only.has('clutter') && existsSync(join(CLUTTER_DIR, 'labels.json'))) {
    for (const page of loadClutterPages().slice(0, args.pages)) {
      out.push({
        set: 'clutter',
        id: page.id,
        file: join(CLUTTER_DIR, page.file),
        url: page.url,
        utf8: true,
        clutter: page,
      });
    }
  }
  return out;
}

/** Run all tasks on a pool of worker threads, biggest pages first (better balance). */
function runAll(all: Task[]): Promise<{ results: TaskResult[]; errors: string[] }> {
  const workers = Math.max(
    1,
    Number(process.env.TIDINGS_BENCH_WORKERS ?? availableParallelism() - 1),
  );
  const queue = [...all];
  const results: TaskResult[] = [];
  const errors: string[] = [];
  return new Promise((done) => {
    let active = 0;
    for (let i = 0; i < Math.min(workers, queue.length); i++) {
      // tsx's loader must be registered in each worker thread too.
      const worker = new Worker(join(here, 'lib', 'worker-entry.mjs'));
      active++;
      const next = (): void => {
        const task = queue.shift();
        if (task) worker.postMessage(task);
        else {
          void worker.terminate();
          if (--active === 0) done({ results, errors });
        }
      };
      worker.on(
        'message',
        (m: { ok: boolean; result?: TaskResult; task?: Task; error?: string }) => {
          if (m.ok && m.result) results.push(m.result);
          else errors.push(`${m.task?.set}/${m.task?.id}: ${m.error}`);
          next();
        },
      );
      worker.on('error', (e: Error) => {
        errors.push(`worker: ${e.message}`);
        if (--active === 0) done({ results, errors });
      });
      next();
    }
  });
}

const f3 = (x: number): string => x.toFixed(3);
const pm = (x: number, sd: number): string => `${f3(x)} ± ${f3(sd)}`;

function printShingle(name: string, rows: TaskResult[], peer?: Summary): Record<string, unknown> {
  const t = summarize(rows.map((r) => r.tidings as PageScore));
  const r = summarize(rows.map((x) => x.readability as PageScore));
  const rejected = rows.filter((x) => x.notArticle).length;
  console.log(`\n${name} (${rows.length} pages; token-shingle metric)`);
  console.log('  system                 F1              precision       recall');
  const row = (label: string, s: Summary): void =>
    console.log(
      `  ${label.padEnd(22)} ${pm(s.f1, s.f1Sd)}   ${pm(s.precision, s.precisionSd)}   ${pm(s.recall, s.recallSd)}`,
    );
  row('Tidings', t);
  row('Readability (same run)', r);
  if (peer) row('readability_js (pub.)', peer);
  console.log(
    `  Tidings said "not an article" on ${rejected} page(s) (scored as empty predictions)`,
  );
  return { tidings: t, readability: r, rejected, peer };
}

/** The clutter set: leaked, kept and articleness for Tidings and plain Readability, same run. */
function printClutter(rows: TaskResult[]): Record<string, unknown> {
  const pages = rows.filter((r) => r.clutter);
  const articles = pages.filter((r) => r.clutter?.expectedArticle);
  const sum = (f: (r: TaskResult) => number, of = articles): number =>
    of.reduce((a, r) => a + f(r), 0);
  const keepTotal = sum((r) => r.clutter!.mustKeep);
  const drops = sum((r) => r.clutter!.mustDrop);
  const sites = new Set(pages.map((r) => r.clutter!.site));
  const row = (label: string, s: 'tidings' | 'readability'): Record<string, number> => {
    const leaked = sum((r) => r.clutter![s].leaked);
    const kept = sum((r) => r.clutter![s].kept);
    const right = sum(
      (r) =>
        Number(
          (s === 'tidings' ? r.clutter!.tidingsArticle : r.clutter!.readabilityArticle) ===
            r.clutter!.expectedArticle,
        ),
      pages,
    );
    console.log(
      `  ${label.padEnd(22)} ${`${leaked}/${drops} (${pct(leaked / drops)})`.padEnd(20)} ${`${kept}/${keepTotal} (${pct(kept / keepTotal)})`.padEnd(20)} ${right}/${pages.length}`,
    );
    return { leaked, drops, kept, keepTotal, articlenessRight: right, pages: pages.length };
  };
  console.log(
    `\nclutter (${pages.length} pages, ${articles.length} articles, ${sites.size} sites; labels checked by hand)`,
  );
  console.log(
    '  system                 clutter leaked       story kept           article/not right',
  );
  const t = row('Tidings', 'tidings');
  const r = row('Readability (same run)', 'readability');
  for (const p of pages) {
    const c = p.clutter!;
    const notes: string[] = [];
    if (c.tidingsArticle !== c.expectedArticle)
      notes.push(
        `called ${c.tidingsArticle ? 'an article' : 'not an article'}${p.notArticle ? `: ${p.notArticle}` : ''}`,
      );
    if (c.expectedArticle) {
      for (const s of c.tidings.leakedStrings) notes.push(`leaked: ${s.slice(0, 80)}`);
      for (const s of c.tidings.lost) notes.push(`lost: ${s.slice(0, 80)}`);
    }
    for (const s of c.badLabels) notes.push(`label not on the visible page: ${s.slice(0, 80)}`);
    if (notes.length) console.log(`    ${p.id}\n${notes.map((n) => `      - ${n}`).join('\n')}`);
  }
  return { tidings: t, readability: r };
}

const pct = (x: number): string => `${(100 * (Number.isFinite(x) ? x : 0)).toFixed(1)}%`;

/** Metric sanity check: the published readability_js 0.6.0 output must score 0.947 F1. */
function publishedPeer(rows: TaskResult[]): Summary | undefined {
  const dir = join(benchDir, 'article-extraction-benchmark');
  const peerPath = join(dir, 'peer-outputs', 'readability_js.json.gz');
  if (!existsSync(peerPath) || rows.length !== 181) return undefined;
  const truth = readJson<Truth>(join(dir, 'ground-truth.json'));
  const raw = JSON.parse(gunzipSync(readFileSync(peerPath)).toString('utf8')) as {
    output?: Record<string, { articleBody?: string }>;
  } & Record<string, { articleBody?: string }>;
  const out = raw.output ?? raw;
  return summarize(
    rows.map((r) => scorePage(truth[r.id]?.articleBody ?? '', out[r.id]?.articleBody ?? '')),
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(benchDir)) {
    console.log(
      `bench: no benchmark data at ${benchDir} (set TIDINGS_BENCH_DIR); only the clutter set.`,
    );
    for (const s of ['aeb', 'rtp', 'ces']) args.only.delete(s);
  }
  const started = performance.now();
  const { results, errors } = await runAll(tasks(args));
  const bySet = (s: SetName): TaskResult[] =>
    results.filter((r) => r.set === s).sort((a, b) => a.id.localeCompare(b.id));
  const summary: Record<string, unknown> = {};

  const aeb = bySet('article-extraction-benchmark');
  if (aeb.length)
    summary.aeb = printShingle('article-extraction-benchmark', aeb, publishedPeer(aeb));

  const rtp = bySet('readability-test-pages');
  if (rtp.length) {
    const mean = (k: 'keptTidings' | 'keptReadability'): number =>
      rtp.reduce((a, r) => a + (r[k] ?? 0), 0) / rtp.length;
    const worse = rtp.filter((r) => (r.keptReadability ?? 0) - (r.keptTidings ?? 0) > 0.02);
    console.log(
      `\nreadability-test-pages (${rtp.length} pages; share of expected.html's text kept)`,
    );
    console.log(
      `  Tidings ${f3(mean('keptTidings'))}   Readability ${f3(mean('keptReadability'))}   (mean per page)`,
    );
    console.log(`  pages where Tidings keeps > 2 points less than Readability: ${worse.length}`);
    for (const w of worse) {
      const why = w.notArticle
        ? `not an article: ${w.notArticle} "Clean view anyway" keeps ${f3(w.keptTidingsForced ?? 0)}`
        : `removed by ${[...new Set(w.removed.map((x) => x.rule))].join(', ')}`;
      console.log(
        `    ${w.id}: Tidings ${f3(w.keptTidings ?? 0)} vs ${f3(w.keptReadability ?? 0)} (${why})`,
      );
      // What was taken out, so a reader can judge whether it was clutter or story.
      for (const r of w.removed) {
        const text = r.text.replace(/\s+/g, ' ').trim();
        if (text)
          console.log(`      - ${r.rule}: ${text.length > 90 ? text.slice(0, 90) + '…' : text}`);
      }
    }
    summary.rtp = { tidings: mean('keptTidings'), readability: mean('keptReadability'), worse };
  }
  for (const set of ['l3s-gn1', 'dragnet'] as const) {
    const rows = bySet(set);
    if (rows.length) summary[set] = printShingle(`content-extraction-sample/${set}`, rows);
  }

  const clutter = bySet('clutter');
  if (clutter.length) summary.clutter = printClutter(clutter);

  const ratios = results.map((r) => r.tidingsMs / Math.max(r.readabilityMs, 0.01));
  if (ratios.length) {
    console.log(
      `\ntime Tidings / plain Readability per page (${ratios.length} pages): median ${quantile(ratios, 0.5).toFixed(2)}, p95 ${quantile(ratios, 0.95).toFixed(2)}`,
    );
  }
  for (const set of new Set(results.map((r) => r.set))) {
    const rs = results
      .filter((r) => r.set === set)
      .map((r) => r.tidingsMs / Math.max(r.readabilityMs, 0.01));
    console.log(
      `  ${set}: median ${quantile(rs, 0.5).toFixed(2)}, p95 ${quantile(rs, 0.95).toFixed(2)}`,
    );
  }
  for (const e of errors) console.log(`error: ${e}`);
  console.log(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (args.json) {
    const out = join(here, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'extract.json'), JSON.stringify({ summary, results }, null, 1));
    console.log(`details: ${join(out, 'extract.json')}`);
  }
}

void main();
