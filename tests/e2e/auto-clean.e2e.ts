import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import {
  CHROME_E2E_EXTENSION_DIR,
  launchWithExtension,
  tabIdOf,
  type ExtensionBrowser,
} from './lib/extension';
import { seriousViolations } from './lib/axe';
import { PopupPage, ReaderView } from './lib/pages';
import { startFixtureServer, type FixtureServer } from './lib/server';

// Automatic clean view in headless Chromium, on the test build (host access to 127.0.0.1 granted
// up front: a test cannot answer the browser's permission prompt). The site is turned on from the
// popup as a reader does; everything after that is the shipped code.

const SCREENSHOTS = 'docs/screenshots';
const SITE = '127.0.0.1';

let ext: ExtensionBrowser;
let server: FixtureServer;
let profile: string;
/** Console errors of earlier launches of the browser (the restart test closes one). */
const earlierErrors: string[] = [];
/** Every request the browser made, for the no-network check. */
const requests: Array<{ url: string; fromWorker: boolean; fromExtension: boolean }> = [];

function watchRequests(browser: ExtensionBrowser): void {
  const frameUrl = (request: Request) => {
    try {
      return request.frame().url();
    } catch {
      return ''; // a service worker's request has no frame
    }
  };
  const record = (request: Request) =>
    requests.push({
      url: request.url(),
      fromWorker: request.serviceWorker() !== null,
      fromExtension: frameUrl(request).startsWith('chrome-extension://'),
    });
  browser.context.on('request', record);
}

async function launch(): Promise<void> {
  ext = await launchWithExtension({ extensionDir: CHROME_E2E_EXTENSION_DIR, userDataDir: profile });
  watchRequests(ext);
  // A page of the site before anything: the detector's outcome marks are read from the page.
  await ext.context.addInitScript(() => {
    // When the reader's host joins the page (for the no-flash check).
    const w = window as unknown as { __readerAddedAt?: number };
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('[data-tidings-reader]')) return;
      w.__readerAddedAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'tidings-auto-'));
  server = await startFixtureServer({
    '/international/nato-visit': 'tests/fixtures/pages/nato-visit/source.html',
    '/2024/06/10/council-passes-budget': 'tests/fixtures/auto-clean/article-jsonld-body.html',
    '/international': 'tests/e2e/pages/section-index/source.html',
    '/video/budget-vote-watch': 'tests/e2e/pages/video-story/source.html',
    '/spa/latest': 'tests/e2e/pages/spa/source.html',
  });
  await launch();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** What the detector did on the page (its User Timing mark), once it has done it. */
async function outcome(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () =>
      performance
        .getEntriesByType('mark')
        .find((m) => m.name.startsWith('tidings:auto-clean:'))
        ?.name.slice('tidings:auto-clean:'.length),
    undefined,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** The page's own content shows (the cover lifted), with no reader over it. */
async function showsOriginal(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return (
      style.visibility === 'visible' &&
      style.opacity === '1' &&
      !document.querySelector('[data-tidings-reader]')
    );
  });
}

async function open(route: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(server.url(route));
  return page;
}

/** The registration the worker made (or none). */
async function registeredMatches(): Promise<string[] | null> {
  const worker = await ext.serviceWorker();
  return worker.evaluate(async () => {
    const scripts = await (
      globalThis as unknown as {
        chrome: {
          scripting: {
            getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
          };
        };
      }
    ).chrome.scripting.getRegisteredContentScripts();
    return scripts.find((s) => s.id === 'tidings-auto-clean')?.matches ?? null;
  });
}

const bar = (reader: ReaderView) =>
  reader.page.getByRole('region', { name: 'Automatic clean view' });

describe('automatic clean view in Chromium', () => {
  test('nothing runs before the reader turns a site on', async () => {
    expect(await registeredMatches()).toBeNull();
    const page = await open('/international/nato-visit');
    await page.waitForTimeout(300);
    expect(await showsOriginal(page)).toBe(true);
    expect(await page.evaluate(() => performance.getEntriesByType('mark').length)).toBe(0);
    await page.close();
  });

  test('the popup turns it on for the site; the next article opens in clean view by itself', async () => {
    const page = await open('/international/nato-visit');
    const popup = await PopupPage.open(ext, await tabIdOf(ext, page));
    const toggle = popup.page.getByRole('switch', { name: `Always clean view on ${SITE}` });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(registeredMatches).toEqual([`*://${SITE}/*`]);
    expect(await seriousViolations(popup.page)).toEqual([]);
    await popup.page.screenshot({ path: `${SCREENSHOTS}/popup-auto-clean.png`, fullPage: true });
    await popup.close();
    await page.close();

    const article = await open('/international/nato-visit');
    const reader = new ReaderView(article);
    await reader.waitOpen();
    expect(await outcome(article)).toBe('opened');
    expect(await reader.text()).toContain('Jens Stoltenberg traveled to Washington');
    expect(await bar(reader).innerText()).toContain(`Clean view opened by itself on ${SITE}`);
    // No frame of the original page before the reader: the first contentful paint is the reader.
    const paint = await article.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      readerAddedAt: (window as unknown as { __readerAddedAt?: number }).__readerAddedAt ?? null,
    }));
    expect(paint.readerAddedAt).not.toBeNull();
    expect(paint.fcp).not.toBeNull();
    expect(paint.fcp!).toBeGreaterThanOrEqual(paint.readerAddedAt!);
    expect(await seriousViolations(article)).toEqual([]);
    await article.screenshot({ path: `${SCREENSHOTS}/reader-auto-clean.png` });
    await article.close();
  });

  test('the site’s index page is left alone, and shows', async () => {
    const page = await open('/international');
    expect(await outcome(page)).toBe('not-article');
    expect(await showsOriginal(page)).toBe(true);
    await page.close();
  });

  test('Show original stays original, reloads included; closing never brings it back', async () => {
    const page = await open('/international/nato-visit');
    const reader = new ReaderView(page);
    await reader.waitOpen();
    await bar(reader).getByRole('button', { name: 'Show original' }).click();
    await reader.waitClosed();
    expect(await showsOriginal(page)).toBe(true);
    await page.waitForTimeout(500);
    expect(await reader.isOpen()).toBe(false);

    await page.reload();
    expect(await outcome(page)).toBe('original');
    expect(await showsOriginal(page)).toBe(true);

    // Another tab is another reading: it opens there.
    const other = await open('/international/nato-visit');
    await new ReaderView(other).waitOpen();
    // Escape closes the reader the same way: that tab's page stays original too.
    await other.bringToFront();
    await other.keyboard.press('Escape');
    await new ReaderView(other).waitClosed();
    await other.reload();
    expect(await outcome(other)).toBe('original');
    await other.close();
    await page.close();
  });

  test('back and forward do not open it again', async () => {
    const page = await open('/international');
    await page.goto(server.url('/international/nato-visit'));
    const reader = new ReaderView(page);
    await reader.waitOpen();
    await page.goBack();
    await page.goForward();
    // Back in the cache the page comes back as it was left (the reader); otherwise it reloads,
    // and a back/forward load is never opened by itself.
    const restoredFromCache = await reader.isOpen();
    if (!restoredFromCache) {
      expect(await outcome(page)).toBe('back-forward');
      expect(await showsOriginal(page)).toBe(true);
    }
    await page.close();
  });

  test('a single-page app’s navigation after a click is followed', async () => {
    const page = await open('/spa/latest');
    expect(await outcome(page)).toBe('not-article');
    await page.getByRole('link', { name: 'Budget night in the council' }).click();
    const reader = new ReaderView(page);
    await reader.waitOpen();
    expect(await reader.text()).toContain('free buses on weekends');
    await page.close();
  });

  test('a page that declares an article but has none: the original page, never a blank one', async () => {
    const page = await open('/video/budget-vote-watch');
    expect(await outcome(page)).toBe('not-opened');
    expect(await showsOriginal(page)).toBe(true);
    expect(await page.getByRole('heading', { name: 'Watch: the budget vote' }).isVisible()).toBe(
      true,
    );
    await page.close();
  });

  test('still on after the browser restarts with the same profile', async () => {
    earlierErrors.push(...ext.errors);
    await ext.close();
    await launch();
    await expect.poll(registeredMatches, { timeout: 15_000 }).toEqual([`*://${SITE}/*`]);
    const page = await open('/2024/06/10/council-passes-budget');
    await new ReaderView(page).waitOpen();
    expect(await outcome(page)).toBe('opened');
    await page.close();
  });

  test('Stop on this site: the next article stays original, and the site is off', async () => {
    const page = await open('/international/nato-visit');
    const reader = new ReaderView(page);
    await reader.waitOpen();
    await bar(reader).getByRole('button', { name: 'Stop on this site' }).click();
    await reader.waitClosed();
    await expect.poll(registeredMatches).toBeNull();

    const next = await open('/2024/06/10/council-passes-budget');
    await next.waitForTimeout(500);
    expect(await showsOriginal(next)).toBe(true);
    const popup = await PopupPage.open(ext, await tabIdOf(ext, next));
    expect(
      await popup.page.getByRole('switch', { name: `Always clean view on ${SITE}` }).isChecked(),
    ).toBe(false);
    await popup.close();
    await next.close();
    await page.close();
  });

  test('the options page lists the chosen sites; removing one turns it off', async () => {
    const page = await open('/international/nato-visit');
    const popup = await PopupPage.open(ext, await tabIdOf(ext, page));
    await popup.page.getByRole('switch', { name: `Always clean view on ${SITE}` }).click();
    await expect.poll(registeredMatches).toEqual([`*://${SITE}/*`]);
    await popup.close();
    await page.close();

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
    const list = options.getByRole('list', { name: 'Sites with automatic clean view' });
    await expect.poll(() => list.innerText()).toContain(SITE);
    expect(await seriousViolations(options)).toEqual([]);
    await options
      .getByRole('group', { name: 'Automatic clean view' })
      .screenshot({ path: `${SCREENSHOTS}/options-auto-clean.png` });
    await list.getByRole('button', { name: `Remove ${SITE}` }).click();
    await expect.poll(registeredMatches).toBeNull();
    await expect.poll(() => options.getByText('No site yet.').isVisible()).toBe(true);
    await options.close();
  });

  test('a site added by hand in the options turns it on, as the popup does', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
    await options.getByRole('textbox', { name: 'Add a site' }).fill(`http://${SITE}/anything`);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(registeredMatches).toEqual([`*://${SITE}/*`]);
    const page = await open('/international/nato-visit');
    await new ReaderView(page).waitOpen();
    await page.close();
    await options
      .getByRole('list', { name: 'Sites with automatic clean view' })
      .getByRole('button', { name: `Remove ${SITE}` })
      .click();
    await expect.poll(registeredMatches).toBeNull();
    await options.close();
  });

  test('no request left the machine, and none came from the extension', () => {
    const offMachine = requests.filter(
      (r) => /^(https?|wss?):/.test(r.url) && !r.url.startsWith(server.origin),
    );
    expect(offMachine).toEqual([]);
    const fromExtension = requests.filter(
      (r) => (r.fromWorker || r.fromExtension) && /^(https?|wss?):/.test(r.url),
    );
    expect(fromExtension).toEqual([]);
  });

  test('no error reached any console', () => {
    expect([...earlierErrors, ...ext.errors]).toEqual([]);
  });
});
