/**
 * Library benchmark, in headless Chromium with the built extension, on a library of 10,000
 * stored articles of ~1,500 words:
 * - first screen of the options page after navigation (target ≤ 300 ms);
 * - search results per keystroke, p95 (target ≤ 30 ms);
 * - recording one article in the service worker, median (target ≤ 20 ms);
 * - the profile's IndexedDB folder on disk vs the stored article HTML (target ≤ 1.5×).
 *
 *   npx wxt build && npm run -s bench:library
 *
 * Articles are built from the real article bodies of the article-extraction benchmark in
 * `../shared/bench` (env TIDINGS_BENCH_DIR overrides): paragraphs of several bodies joined until
 * ~1,500 words, entities from `analyzeText` on each body. They are loaded through the options
 * page's own import (ten files of 1,000), so the store, the search index and its snapshot are
 * exactly what a reader's library would hold.
 * Env: LIBRARY_BENCH_COUNT (default 10000), TIDINGS_EXTENSION_DIR (default .output/chrome-mv3),
 * CHROMIUM_PATH (default /usr/bin/chromium).
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { toExportJson } from '../utils/library/export-format';
import type { LibraryEntry } from '../utils/model';
import { analyzeText } from '../utils/nlp/index';
import type { Analysis } from '../utils/nlp/types';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const benchDir = resolve(process.env.TIDINGS_BENCH_DIR ?? join(repo, '../shared/bench'));
const extensionDir = resolve(process.env.TIDINGS_EXTENSION_DIR ?? join(repo, '.output/chrome-mv3'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COUNT = Number(process.env.LIBRARY_BENCH_COUNT ?? 10_000);
const FILE_SIZE = 1_000;
const TARGET_WORDS = 1_500;
const RECORD_RUNS = 30;
const FIRST_SCREEN_RUNS = 7;
const QUERIES = [
  'climate change',
  'police',
  'president trump',
  'united states',
  'bitcoin',
  'health care',
  'london',
  'apple iphone',
  'school',
  'facebook privacy',
];

const groundTruth = join(benchDir, 'article-extraction-benchmark/ground-truth.json');
if (!existsSync(groundTruth)) {
  console.log(
    `bench:library: no benchmark data at ${groundTruth} (set TIDINGS_BENCH_DIR); skipped.`,
  );
  process.exit(0);
}
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.error(
    `bench:library: no built extension at ${extensionDir}: run \`npx wxt build\` first.`,
  );
  process.exit(1);
}

// ---- helpers ----

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quantile = (values: number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function dirSize(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, name) => sum + dirSize(join(path, name)), 0);
}

// ---- the corpus ----

interface Body {
  url: string;
  paragraphs: string[];
  analysis: Analysis;
}

function loadBodies(): Body[] {
  const data = JSON.parse(readFileSync(groundTruth, 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.values(data)
    .filter((d) => words(d.articleBody) >= 150)
    .map((d) => ({
      url: d.url,
      paragraphs: d.articleBody
        .split(/\n+/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
      analysis: analyzeText(d.articleBody),
    }));
}

function mergeEntities(parts: Analysis[]): Analysis['entities'] {
  const pick = (key: keyof Analysis['entities']) => {
    const seen = new Map<string, Analysis['entities'][typeof key][number]>();
    for (const a of parts)
      for (const e of a.entities[key]) if (!seen.has(e.name)) seen.set(e.name, e);
    return [...seen.values()].slice(0, 8);
  };
  return { people: pick('people'), organizations: pick('organizations'), places: pick('places') };
}

function makeEntry(i: number, bodies: Body[], random: () => number, now: number): LibraryEntry {
  const used: Body[] = [];
  const paragraphs: string[] = [];
  let count = 0;
  while (count < TARGET_WORDS) {
    const body = bodies[Math.floor(random() * bodies.length)];
    if (!body) continue;
    used.push(body);
    for (const p of body.paragraphs) {
      paragraphs.push(p);
      count += words(p);
      if (count >= TARGET_WORDS) break;
    }
  }
  const first = used[0] ?? bodies[0];
  const host = new URL(first?.url ?? 'https://example.org/').hostname.replace(/^www\./, '');
  const url = `https://${host}/library-bench/${i}`;
  const text = paragraphs.join('\n');
  // The shape Readability gives the cleaned article.
  const contentHtml = `<div id="readability-page-1" class="page"><div>${paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')}</div></div>`;
  const sentences = text.split(/(?<=[.!?])\s+/).slice(0, 3);
  const title = (sentences[0] ?? `Article ${i}`).slice(0, 110);
  const lastOpened = now - Math.floor(random() * 700 * 86_400_000);
  return {
    url,
    readUrl: `${url}?utm_source=bench`,
    title,
    byline: null,
    siteName: host,
    site: host,
    publishedTime: new Date(lastOpened - 86_400_000).toISOString(),
    lang: 'en',
    dir: 'ltr',
    excerpt: sentences[0] ?? null,
    contentHtml,
    text,
    wordCount: count,
    readingMinutes: Math.max(1, Math.round(count / 230)),
    entities: mergeEntities(used.map((b) => b.analysis)),
    summary: sentences,
    firstOpened: lastOpened - Math.floor(random() * 30 * 86_400_000),
    lastOpened,
    timesRead: 1 + Math.floor(random() * 3),
    saved: random() < 0.3,
    savedAt: null,
  };
}

// ---- the browser ----

async function launch(
  profile: string,
): Promise<{ context: BrowserContext; id: string; worker: () => Promise<Worker> }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = async () =>
    context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL((await worker()).url()).host;
  return { context, id, worker };
}

async function openLibrary(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  return page;
}

async function waitSearchReady(page: Page): Promise<void> {
  await page.getByRole('searchbox').fill('zzzz');
  await page.locator('.lib-status', { hasText: /results?$/ }).waitFor({ timeout: 600_000 });
  await page.getByRole('searchbox').fill('');
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(
    `bench:library — ${COUNT} articles of ~${TARGET_WORDS} words, extension ${extensionDir}`,
  );
  const bodies = loadBodies();
  const random = rng(20260128);
  const now = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'tidings-bench-library-'));
  const profile = join(work, 'profile');
  let htmlBytes = 0;
  let totalWords = 0;
  const files: string[] = [];
  for (let start = 0; start < COUNT; start += FILE_SIZE) {
    const entries: LibraryEntry[] = [];
    for (let i = start; i < Math.min(COUNT, start + FILE_SIZE); i++) {
      const e = makeEntry(i, bodies, random, now);
      htmlBytes += Buffer.byteLength(e.contentHtml);
      totalWords += e.wordCount;
      entries.push(e);
    }
    const file = join(work, `library-${start}.json`);
    writeFileSync(file, toExportJson(entries, now));
    files.push(file);
  }
  console.log(
    `corpus: ${bodies.length} real article bodies → ${COUNT} articles, ${Math.round(totalWords / COUNT)} words on average, article HTML ${mb(htmlBytes)}`,
  );

  const { context, id, worker } = await launch(profile);
  try {
    // Load through the options page's import, as a reader would.
    const loader = await openLibrary(context, id);
    await loader.locator('.lib-status', { hasText: /\d+ of \d+/ }).waitFor();
    // A 10,000-article history spans years: keep it all (otherwise the worker prunes unsaved
    // reads older than 30 days whenever it starts, and the figures would be of a smaller store).
    await loader.evaluate(() => (location.hash = 'settings'));
    await loader.getByRole('spinbutton').fill('0');
    await loader.getByRole('spinbutton').press('Tab');
    await loader.waitForTimeout(500);
    await loader.evaluate(() => (location.hash = 'manage'));
    const t0 = Date.now();
    for (const [n, file] of files.entries()) {
      await loader.getByLabel('Import a Tidings export…').setInputFiles(file);
      const name = file.slice(file.lastIndexOf('/') + 1).replace(/\./g, '\\.');
      const expected = Math.min(FILE_SIZE, COUNT - n * FILE_SIZE);
      await loader
        .locator('.lib-message', {
          hasText: new RegExp(`Imported ${expected} articles from ${name}`),
        })
        .waitFor({ timeout: 600_000 });
      process.stdout.write(`\rimported ${Math.min(COUNT, (n + 1) * FILE_SIZE)} / ${COUNT}`);
    }
    // The search index catches up with the imports and its snapshot is saved.
    await loader.evaluate(() => (location.hash = 'library'));
    await loader.reload();
    await waitSearchReady(loader);
    await loader.close();
    console.log(
      `\rimported ${COUNT} articles and built the search index in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    );

    // First screen after navigation.
    const firstScreen: number[] = [];
    const firstRowVisible: number[] = [];
    const scriptStart: number[] = [];
    const dataReady: number[] = [];
    for (let run = 0; run < FIRST_SCREEN_RUNS; run++) {
      const page = await context.newPage();
      const t = Date.now();
      await page.goto(`chrome-extension://${id}/options.html`, { waitUntil: 'commit' });
      await page.locator('.lib-row').first().waitFor();
      firstRowVisible.push(Date.now() - t);
      const marks = await page.evaluate(() =>
        ['tidings-options-start', 'tidings-first-screen-data', 'tidings-first-screen'].map(
          (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
        ),
      );
      firstScreen.push(marks[2] ?? NaN);
      scriptStart.push(marks[0] ?? NaN);
      dataReady.push(marks[1] ?? NaN);
      const rows = await page.locator('.lib-row').count();
      if (run === 0) console.log(`first screen shows ${rows} rows`);
      // Let the page finish its background work (whole list, search index) before the next run.
      await waitSearchReady(page);
      await page.close();
    }

    // Search per keystroke, once the index is loaded.
    const page = await openLibrary(context, id);
    const tIndex = Date.now();
    await waitSearchReady(page);
    const indexReady = Date.now() - tIndex;
    await page.evaluate(() => performance.clearMeasures('tidings-search'));
    const box = page.getByRole('searchbox');
    const perQuery: string[] = [];
    const searchTimes: number[] = [];
    for (const q of QUERIES) {
      await box.fill('');
      await page.evaluate(() => performance.clearMeasures('tidings-search'));
      await box.pressSequentially(q, { delay: 60 });
      await page.waitForTimeout(100);
      const status = await page.locator('.lib-status').innerText();
      const times = await page.evaluate(() =>
        performance.getEntriesByName('tidings-search').map((e) => e.duration),
      );
      perQuery.push(`${q}: ${status}, max ${ms(Math.max(...times))}`);
      searchTimes.push(...times);
    }
    await page.close();

    // Recording one article in the worker: the fixture read in clean view, under new URLs.
    const { startFixtureServer } = await import('../tests/e2e/lib/server');
    const source = readFileSync(join(repo, 'tests/fixtures/pages/nato-visit/source.html'), 'utf8');
    const routes: Record<string, string> = {};
    for (let i = 0; i < RECORD_RUNS; i++) {
      const file = join(work, `read-${i}.html`);
      writeFileSync(
        file,
        source.replace(
          /<link rel="canonical" href="[^"]*">/,
          `<link rel="canonical" href="https://bench.example/read-${i}">`,
        ),
      );
      routes[`/read/${i}`] = file;
    }
    const server = await startFixtureServer(routes);
    const record: number[] = [];
    try {
      const { runCommand, READER_ROOT_TEST_KEY } = await import('../tests/e2e/lib/extension');
      const ext = {
        context,
        extensionId: id,
        serviceWorker: worker,
        errors: [],
        network: { violations: [], seen: 0 },
        close: () => context.close(),
      };
      // The bench reads the reader's chips: open its shadow root (closed in real use).
      await (
        await worker()
      ).evaluate(
        (key) =>
          (
            globalThis as unknown as {
              chrome: { storage: { local: { set(o: object): Promise<void> } } };
            }
          ).chrome.storage.local.set({ [key]: true }),
        READER_ROOT_TEST_KEY,
      );
      for (let i = 0; i < RECORD_RUNS; i++) {
        const tab = await context.newPage();
        await tab.goto(server.url(`/read/${i}`));
        await runCommand(ext, tab);
        // The chips arrive with the worker's answer, sent after the read is recorded.
        await tab
          .locator('[data-tidings-reader] .tidings-chip')
          .first()
          .waitFor({ timeout: 60_000 })
          .catch(async (error: unknown) => {
            const reader = tab.locator('[data-tidings-reader] .tr-reader');
            const shown = (await reader.count()) ? await reader.innerText() : '(no reader view)';
            throw new Error(`read ${i}: no entity chips in the reader: ${shown.slice(0, 600)}`, {
              cause: error,
            });
          });
        const duration = await (
          await worker()
        ).evaluate(() => {
          const entries = performance.getEntriesByName('tidings-record-read');
          const last = entries[entries.length - 1]?.duration ?? NaN;
          performance.clearMeasures('tidings-record-read');
          return last;
        });
        record.push(duration);
        await tab.close();
      }
    } finally {
      await server.close();
    }

    const { estimate, stored } = await (async () => {
      const p = await openLibrary(context, id);
      const e = await p.evaluate(() => navigator.storage.estimate());
      // Once the whole list is loaded the status reads "N of N".
      const status = await p
        .locator('.lib-status')
        .filter({ hasText: /^([1-9]\d*) of \1$/ })
        .innerText({ timeout: 120_000 });
      await p.close();
      return { estimate: e, stored: status };
    })();
    await context.close();

    // On disk: the extension origin's IndexedDB folders in the profile (after the browser closed).
    const idbDir = join(profile, 'Default/IndexedDB');
    const ours = readdirSync(idbDir).filter((n) => n.includes(id));
    const disk = ours.reduce((sum, n) => sum + dirSize(join(idbDir, n)), 0);

    console.log('');
    console.log('search per query:');
    for (const line of perQuery) console.log(`  ${line}`);
    console.log('');
    console.log(
      `articles stored                         ${COUNT} (+${RECORD_RUNS} recorded; the page shows "${stored}")`,
    );
    console.log(
      `first screen after navigation           median ${ms(quantile(firstScreen, 0.5))}, max ${ms(Math.max(...firstScreen))} (page mark; first row visible to the test: median ${ms(quantile(firstRowVisible, 0.5))})   target ≤ 300 ms`,
    );
    console.log(
      `  of which: page script starts at median ${ms(quantile(scriptStart, 0.5))}, first-screen data read at ${ms(quantile(dataReady, 0.5))}`,
    );
    console.log(`search index ready after navigation     ${ms(indexReady)}`);
    console.log(
      `search per keystroke (${searchTimes.length} keystrokes)    p50 ${ms(quantile(searchTimes, 0.5))}, p95 ${ms(quantile(searchTimes, 0.95))}, max ${ms(Math.max(...searchTimes))}   target p95 ≤ 30 ms`,
    );
    console.log(
      `recordRead in the worker (${record.length} reads)     median ${ms(quantile(record, 0.5))}, p95 ${ms(quantile(record, 0.95))}   target median ≤ 20 ms`,
    );
    console.log(
      `IndexedDB on disk                       ${mb(disk)} (${ours.join(', ')}); navigator.storage.estimate usage ${mb(estimate.usage ?? 0)}`,
    );
    console.log(
      `disk / article HTML                     ${(disk / htmlBytes).toFixed(2)}× (${mb(disk)} / ${mb(htmlBytes)})   target ≤ 1.5×`,
    );
    console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await context.close().catch(() => undefined);
    if (!process.env.LIBRARY_BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  }
}

await main();
