/**
 * Benchmark of the clean-article pipeline against plain Readability, measured in the same run.
 *
 *   npm run -s bench                 (all three sets; ~4 min on 2 cores)
 *   npm run -s bench -- --only aeb   (aeb | rtp | ces) [--json] [--pages N]
 *
 * Reads `../shared/bench` (env TIDINGS_BENCH_DIR overrides):
 * - article-extraction-benchmark: 181 pages, token-shingle P/R/F1 as its README defines;
 * - readability-test-pages: per page, the share of expected.html's text kept;
 * - content-extraction-sample: L3S-GN1 + Dragnet, same metric as the first.
 * Plus the time ratio Tidings / plain Readability per page (median, p95).
 * `--json` writes per-page details to bench/results/extract.json (git-ignored).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { blockText } from '../utils/extract';
import {
  keptShare,
  quantile,
  scorePage,
  summarize,
  type PageScore,
  type Summary,
} from './lib/metric';
import { parse, runPage } from './lib/run-page';

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
  if (!only.size) ['aeb', 'rtp', 'ces'].forEach((s) => only.add(s));
  return { only, json, pages };
}

const ratios: number[] = [];
const details: Record<string, unknown[]> = {};

interface Truthful {
  id: string;
  truth: string;
  load: () => { html: string | Buffer; url: string };
}

interface ShingleResult {
  tidings: Summary;
  readability: Summary;
  rejected: number;
  peer?: Summary;
}

/** Score both systems on pages with a ground-truth article body. */
function shingleSet(name: string, pages: Truthful[]): ShingleResult {
  const t: PageScore[] = [];
  const r: PageScore[] = [];
  const rows: unknown[] = [];
  let rejected = 0;
  for (const page of pages) {
    const { html, url } = page.load();
    const dom = parse(html, url);
    const run = runPage(dom, url);
    dom.window.close();
    if (!run.tidings.isArticle) rejected++;
    const ts = scorePage(page.truth, run.tidingsText);
    const rs = scorePage(page.truth, run.readabilityText);
    t.push(ts);
    r.push(rs);
    ratios.push(run.tidingsMs / Math.max(run.readabilityMs, 0.01));
    rows.push({
      id: page.id,
      url,
      tidings: ts,
      readability: rs,
      tidingsMs: run.tidingsMs,
      readabilityMs: run.readabilityMs,
      notArticle: run.tidings.isArticle ? undefined : run.tidings.reason,
      removed: run.tidings.isArticle
        ? run.tidings.removed.map((x) => ({ rule: x.rule, text: x.text.slice(0, 300) }))
        : [],
    });
  }
  details[name] = rows;
  return { tidings: summarize(t), readability: summarize(r), rejected };
}

function aeb(dir: string, limit: number): ShingleResult {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const ids = Object.keys(truth).sort().slice(0, limit);
  const result = shingleSet(
    'article-extraction-benchmark',
    ids.map((id) => ({
      id,
      truth: truth[id]?.articleBody ?? '',
      // Upstream ran the Readability.js extractor on the UTF-8 text with this URL.
      load: () => ({
        html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
        url: 'https://fake-url.com/',
      }),
    })),
  );
  // Sanity check of the metric: the published readability_js 0.6.0 output must score 0.947 F1.
  const peerPath = join(dir, 'peer-outputs', 'readability_js.json.gz');
  if (existsSync(peerPath) && limit === Infinity) {
    const raw = JSON.parse(gunzipSync(readFileSync(peerPath)).toString('utf8')) as {
      output?: Record<string, { articleBody?: string }>;
    } & Record<string, { articleBody?: string }>;
    const out = raw.output ?? raw;
    result.peer = summarize(
      ids.map((id) => scorePage(truth[id]?.articleBody ?? '', out[id]?.articleBody ?? '')),
    );
  }
  return result;
}

function ces(dir: string, limit: number): Record<string, ShingleResult> {
  const out: Record<string, ShingleResult> = {};
  for (const set of ['l3s-gn1', 'dragnet']) {
    const base = join(dir, set);
    if (!existsSync(join(base, 'ground-truth.json'))) continue;
    const truth = JSON.parse(readFileSync(join(base, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string; url?: string }
    >;
    const ids = Object.keys(truth).sort().slice(0, limit);
    out[set] = shingleSet(
      set,
      ids.map((id) => ({
        id,
        truth: truth[id]?.articleBody ?? '',
        // Original bytes: jsdom decodes them like a browser (BOM, meta charset, windows-1252).
        load: () => ({
          html: gunzipSync(readFileSync(join(base, 'html', `${id}.html.gz`))),
          url: truth[id]?.url || 'https://fake-url.com/',
        }),
      })),
    );
  }
  return out;
}

interface KeptRow {
  page: string;
  tidings: number;
  readability: number;
  notArticle?: string;
}

function rtp(dir: string, limit: number): KeptRow[] {
  const rows: KeptRow[] = [];
  const slugs = readdirSync(join(dir, 'pages')).sort().slice(0, limit);
  for (const slug of slugs) {
    const folder = join(dir, 'pages', slug);
    const url = 'http://fakehost/test/page.html';
    const expectedDom = parse(readFileSync(join(folder, 'expected.html'), 'utf8'), url);
    const expected = blockText(expectedDom.window.document.body);
    expectedDom.window.close();
    const dom = parse(readFileSync(join(folder, 'source.html'), 'utf8'), url);
    const run = runPage(dom, url);
    dom.window.close();
    ratios.push(run.tidingsMs / Math.max(run.readabilityMs, 0.01));
    rows.push({
      page: slug,
      tidings: keptShare(expected, run.tidingsText),
      readability: keptShare(expected, run.readabilityText),
      notArticle: run.tidings.isArticle ? undefined : run.tidings.reason,
    });
  }
  details['readability-test-pages'] = rows;
  return rows;
}

const f3 = (x: number): string => x.toFixed(3);
const pm = (x: number, sd: number): string => `${f3(x)} ± ${f3(sd)}`;

function printShingle(name: string, r: ShingleResult): void {
  console.log(`\n${name} (${r.tidings.pages} pages; token-shingle metric)`);
  console.log('  system                 F1              precision       recall');
  const row = (label: string, s: Summary): void =>
    console.log(
      `  ${label.padEnd(22)} ${pm(s.f1, s.f1Sd)}   ${pm(s.precision, s.precisionSd)}   ${pm(s.recall, s.recallSd)}`,
    );
  row('Tidings', r.tidings);
  row('Readability (same run)', r.readability);
  if (r.peer) row('readability_js (pub.)', r.peer);
  console.log(
    `  Tidings said "not an article" on ${r.rejected} page(s) (scored as empty predictions)`,
  );
}

function main(): void {
  if (!existsSync(benchDir)) {
    console.log(`bench: no benchmark data at ${benchDir} (set TIDINGS_BENCH_DIR); nothing to do.`);
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const summary: Record<string, unknown> = {};

  const aebDir = join(benchDir, 'article-extraction-benchmark');
  if (args.only.has('aeb') && existsSync(aebDir)) {
    const r = aeb(aebDir, args.pages);
    printShingle('article-extraction-benchmark', r);
    summary.aeb = r;
  }
  const rtpDir = join(benchDir, 'readability-test-pages');
  if (args.only.has('rtp') && existsSync(rtpDir)) {
    const rows = rtp(rtpDir, args.pages);
    const mean = (k: 'tidings' | 'readability'): number =>
      rows.reduce((a, r) => a + r[k], 0) / rows.length;
    const worse = rows.filter((r) => r.readability - r.tidings > 0.02);
    console.log(
      `\nreadability-test-pages (${rows.length} pages; share of expected.html's text kept)`,
    );
    console.log(
      `  Tidings ${f3(mean('tidings'))}   Readability ${f3(mean('readability'))}   (mean per page)`,
    );
    console.log(`  pages where Tidings keeps > 2 points less than Readability: ${worse.length}`);
    for (const w of worse) {
      console.log(
        `    ${w.page}: Tidings ${f3(w.tidings)} vs ${f3(w.readability)}${w.notArticle ? ` (${w.notArticle})` : ''}`,
      );
    }
    summary.rtp = { mean: { tidings: mean('tidings'), readability: mean('readability') }, worse };
  }
  const cesDir = join(benchDir, 'content-extraction-sample');
  if (args.only.has('ces') && existsSync(cesDir)) {
    for (const [name, r] of Object.entries(ces(cesDir, args.pages))) {
      printShingle(`content-extraction-sample/${name}`, r);
      summary[name] = r;
    }
  }
  if (ratios.length) {
    console.log(
      `\ntime Tidings / plain Readability per page (${ratios.length} pages): median ${quantile(ratios, 0.5).toFixed(2)}, p95 ${quantile(ratios, 0.95).toFixed(2)}`,
    );
  }
  console.log(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (args.json) {
    const out = join(here, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'extract.json'), JSON.stringify({ summary, details }, null, 1));
    console.log(`details: ${join(out, 'extract.json')}`);
  }
}

main();
