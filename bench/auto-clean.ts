/**
 * Automatic clean view benchmark, in headless Chromium with the test build (`.output-e2e`: host
 * access to 127.0.0.1 granted up front), the fixture article (`tests/fixtures/pages/nato-visit`)
 * served on 127.0.0.1 and its site turned on:
 * - Detector: its decision on the page at DOMContentLoaded (address, structured data, and the
 *   readerable check when those do not tell), from its `tidings:detect` measure (target: median
 *   ≤ 5 ms); also on a story with no structured data (`tests/fixtures/auto-clean/article-plain`),
 *   where the readerable check runs. Baselines in the same page and browser: Readability's
 *   `isProbablyReaderable` alone, and a whole `new Readability(clone).parse()` (what a detector
 *   that parsed would cost).
 * - Reader painted after DOMContentLoaded, the page loaded anew each run (target: median
 *   ≤ 250 ms), and the runs where the original page was painted first (its first contentful paint
 *   before the reader joined the page; target: none). Baseline: the same page with the site off,
 *   its first contentful paint after DOMContentLoaded (negative: before).
 * - The detector bundle, min+gz (budget 5 KB).
 *
 *   npm run build:e2e && npm run -s bench:auto
 *
 * Env: BENCH_RUNS (default 15), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import {
  CHROME_E2E_EXTENSION_DIR,
  launchWithExtension,
  type ExtensionBrowser,
} from '../tests/e2e/lib/extension';
import { startFixtureServer } from '../tests/e2e/lib/server';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FIXTURE = join(repo, 'tests/fixtures/pages/nato-visit/source.html');
const ROUTE = '/international/nato-visit';
/** A story with no structured data at all: the detector runs the readerable check there. */
const PLAIN = join(repo, 'tests/fixtures/auto-clean/article-plain.html');
const PLAIN_ROUTE = '/2024/06/10/council-passes-budget';
const requireHere = createRequire(import.meta.url);
const READABILITY = requireHere.resolve('@mozilla/readability/Readability.js');
const READERABLE = requireHere.resolve('@mozilla/readability/Readability-readerable.js');

declare const chrome: {
  storage: { sync: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

interface Load {
  /** DOMContentLoaded (its start), ms from navigation start. */
  dcl: number;
  /** The reader's host joined the page; null when it did not open. */
  readerAdded: number | null;
  /** The frame after the reader rendered. */
  readerPainted: number | null;
  /** First contentful paint (the reader's, or the original page's). */
  fcp: number | null;
  /** The detector's decision time. */
  detect: number | null;
}

/** In every page, from its start: when the reader joins and is painted. */
async function armProbes(ext: ExtensionBrowser): Promise<void> {
  await ext.context.addInitScript(() => {
    const w = window as unknown as { __auto: { added?: number; painted?: number } };
    w.__auto = {};
    new MutationObserver((_records, observer) => {
      const host = document.querySelector('[data-tidings-reader]');
      if (!host?.shadowRoot?.querySelector('.tr-reader')) return;
      observer.disconnect();
      w.__auto.added = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (w.__auto.painted = performance.now());
        channel.port2.postMessage(0);
      });
    }).observe(document, { childList: true, subtree: true });
  });
}

async function load(page: Page, url: string, expectReader: boolean): Promise<Load> {
  await page.goto(url);
  if (expectReader) {
    // The detector's outcome, then the painted frame.
    await page.waitForFunction(() =>
      performance.getEntriesByType('mark').some((m) => m.name.startsWith('tidings:auto-clean:')),
    );
    await page.waitForFunction(
      () => (window as unknown as { __auto: { painted?: number } }).__auto.painted !== undefined,
    );
  } else {
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
  }
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const auto = (window as unknown as { __auto: { added?: number; painted?: number } }).__auto;
    return {
      dcl: nav.domContentLoadedEventStart,
      readerAdded: auto.added ?? null,
      readerPainted: auto.painted ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      detect: performance.getEntriesByName('tidings:detect')[0]?.duration ?? null,
    };
  });
}

async function setSite(ext: ExtensionBrowser, on: boolean): Promise<void> {
  const worker = await ext.serviceWorker();
  await worker.evaluate(
    (on) =>
      on
        ? chrome.storage.sync.set({ 'autoClean:127.0.0.1': 'on' })
        : chrome.storage.sync.remove('autoClean:127.0.0.1'),
    on,
  );
  for (const start = Date.now(); ;) {
    const scripts = await (
      await ext.serviceWorker()
    ).evaluate(() => chrome.scripting.getRegisteredContentScripts());
    if (scripts.some((s) => s.id === 'tidings-auto-clean') === on) return;
    if (Date.now() - start > 10_000) throw new Error('The registration did not follow the site.');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

async function readabilityBaselines(
  page: Page,
): Promise<{ readerable: number[]; parse: number[] }> {
  await page.addScriptTag({ path: READERABLE });
  await page.addScriptTag({ path: READABILITY });
  return page.evaluate((runs) => {
    const w = window as unknown as {
      isProbablyReaderable: (d: Document) => boolean;
      Readability: new (d: Document) => { parse(): unknown };
    };
    const readerable: number[] = [];
    const parse: number[] = [];
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      w.isProbablyReaderable(document);
      readerable.push(performance.now() - t);
      t = performance.now();
      new w.Readability(document.cloneNode(true) as Document).parse();
      parse.push(performance.now() - t);
    }
    return { readerable, parse };
  }, RUNS);
}

function row(label: string, values: number[], target: string | null): string {
  const verdict = target === null ? '' : `  ${target}`;
  return `${label.padEnd(68)} median ${median(values).toFixed(1).padStart(6)} ms   p95 ${p95(values).toFixed(1).padStart(6)} ms   first ${values[0]!.toFixed(1).padStart(6)} ms${verdict}`;
}

async function main(): Promise<void> {
  if (!existsSync(join(CHROME_E2E_EXTENSION_DIR, 'manifest.json'))) {
    console.error('No test build in .output-e2e/chrome-mv3: run `npm run build:e2e` first.');
    process.exit(1);
  }
  const detector = readFileSync(join(CHROME_E2E_EXTENSION_DIR, 'auto-clean.js'));
  const detectorGz = gzipSync(detector, { level: 9 }).length;
  const server = await startFixtureServer({ [ROUTE]: FIXTURE, [PLAIN_ROUTE]: PLAIN });
  const ext = await launchWithExtension({ extensionDir: CHROME_E2E_EXTENSION_DIR });
  try {
    await armProbes(ext);
    const page = await ext.context.newPage();
    await page.bringToFront();
    const url = server.url(ROUTE);

    await setSite(ext, true);
    const on: Load[] = [];
    for (let i = 0; i < RUNS; i++) on.push(await load(page, url, true));
    const plain: Load[] = [];
    for (let i = 0; i < RUNS; i++) plain.push(await load(page, server.url(PLAIN_ROUTE), true));
    await setSite(ext, false);
    const off: Load[] = [];
    for (let i = 0; i < RUNS; i++) off.push(await load(page, url, false));
    const baselines = await readabilityBaselines(page);

    const opened = on.filter((l) => l.readerPainted !== null);
    const detectTimes = (loads: Load[]) =>
      loads.map((l) => l.detect).filter((d): d is number => d !== null);
    const detect = detectTimes(on);
    const detectPlain = detectTimes(plain);
    const paintedAfterDcl = opened.map((l) => l.readerPainted! - l.dcl);
    const flashes = opened.filter((l) => l.fcp !== null && l.fcp < l.readerAdded!).length;
    const originalFcp = off.map((l) => l.fcp).filter((f): f is number => f !== null);
    const originalAfterDcl = off.filter((l) => l.fcp !== null).map((l) => l.fcp! - l.dcl);

    console.log(
      `Automatic clean view: headless Chromium, fixture nato-visit on 127.0.0.1, ${RUNS} loads each\n`,
    );
    console.log(
      `Detector bundle (auto-clean.js)${' '.repeat(37)}${(detector.length / 1024).toFixed(1)} KB min, ${(detectorGz / 1024).toFixed(2)} KB min+gz  budget 5 KB: ${detectorGz <= 5 * 1024 ? 'met' : 'MISSED'}`,
    );
    const within = (values: number[], limit: number) =>
      median(values) <= limit ? `target ≤ ${limit} ms: met` : `target ≤ ${limit} ms: MISSED`;
    console.log(row('Detector decision on the page (tidings:detect)', detect, within(detect, 5)));
    console.log(
      row('Detector decision, story without structured data', detectPlain, within(detectPlain, 5)),
    );
    console.log(
      row('  baseline: isProbablyReaderable alone, same page', baselines.readerable, null),
    );
    console.log(row('  baseline: whole Readability parse, same page', baselines.parse, null));
    console.log(
      row(
        'Reader painted after DOMContentLoaded (site on)',
        paintedAfterDcl,
        within(paintedAfterDcl, 250),
      ),
    );
    console.log(
      row(
        '  baseline: original first painted after DOMContentLoaded (site off)',
        originalAfterDcl,
        null,
      ),
    );
    console.log(
      `Loads where a frame of the original was painted before the reader: ${flashes} of ${opened.length}` +
        `  (first contentful paint before the reader joined the page)${flashes === 0 ? '  target none: met' : '  target none: MISSED'}`,
    );
    if (opened.length < on.length)
      console.warn(`The reader did not open on ${on.length - opened.length} loads.`);

    mkdirSync(join(repo, 'bench/results'), { recursive: true });
    writeFileSync(
      join(repo, 'bench/results/auto-clean.json'),
      JSON.stringify({ runs: RUNS, detectorGz, on, plain, off, originalFcp, baselines }, null, 2),
    );
    if (ext.errors.length) console.warn('\nConsole errors seen:\n' + ext.errors.join('\n'));
  } finally {
    await ext.close();
    await server.close();
  }
}

await main();
