import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  FirefoxChrome,
  FirefoxTab,
  firefoxAvailable,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './lib/firefox';
import { startFixtureServer, type FixtureServer } from './lib/server';

// Automatic clean view in Firefox ESR (the shipped MV2 build, `wxt build -b firefox`), over
// WebDriver BiDi. The profile turns off Firefox's prompt for optional permissions
// (`extensions.webextOptionalPermissionPrompts`): `permissions.request` then grants at once, but
// only from a real click, as for a reader. So the all-sites mode is tested here too, which
// Chromium's test build cannot. A restart is not: Firefox removes a temporary add-on with it.

const MISSING_FIREFOX =
  'No `firefox-esr` binary on this machine: apt-get install -y firefox-esr (as .ci/run does), ' +
  'or set FIREFOX_PATH.';
const SITE = '127.0.0.1';
const READER = `document.querySelector('[data-tidings-reader]')?.shadowRoot`;
const READER_TEXT = `${READER}?.querySelector('.tr-reader')?.innerText ?? ''`;
const BAR_BUTTON = (name: string) =>
  `[...(${READER}?.querySelectorAll('.tr-auto button') ?? [])].find((b) => b.textContent === ${JSON.stringify(name)})`;
const OUTCOME = `performance.getEntriesByType('mark').map((m) => m.name).find((n) => n.startsWith('tidings:auto-clean:'))`;
const SHOWS_ORIGINAL = `!document.querySelector('[data-tidings-reader]') && getComputedStyle(document.body).visibility === 'visible' && getComputedStyle(document.body).opacity === '1'`;
const REGISTERED = `browser.scripting.getRegisteredContentScripts().then((s) => (s.find((r) => r.id === 'tidings-auto-clean') || {}).matches || null)`;

describe('automatic clean view in Firefox', () => {
  let ff: FirefoxWithExtension;
  let browserWindow: FirefoxChrome;
  let server: FixtureServer;
  /** An extension page kept open to ask the extension's state. */
  let probe: FirefoxTab;
  /** Every request Firefox made (pages, extension pages, the background), for the network check. */
  const requests: string[] = [];

  const open = async (route: string) => {
    const tab = await FirefoxTab.open(ff.bidi, server.url(route));
    await tab.activate();
    return tab;
  };
  const outcome = async (tab: FirefoxTab) =>
    (await tab.waitFor<string>(OUTCOME)).replace('tidings:auto-clean:', '');
  const registered = () => probe.eval<string[] | null>(REGISTERED);
  const until = async (check: () => Promise<boolean>, what: string) => {
    for (const start = Date.now(); !(await check());) {
      if (Date.now() - start > 10_000) throw new Error(`Timed out: ${what}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  };

  beforeAll(async () => {
    if (!firefoxAvailable()) throw new Error(MISSING_FIREFOX);
    server = await startFixtureServer({
      '/international/nato-visit': 'tests/fixtures/pages/nato-visit/source.html',
      '/2024/06/10/council-passes-budget': 'tests/fixtures/auto-clean/article-jsonld-body.html',
      '/international': 'tests/e2e/pages/section-index/source.html',
    });
    ff = await launchFirefoxWithExtension(undefined, {
      'extensions.webextOptionalPermissionPrompts': false,
    });
    browserWindow = await FirefoxChrome.attach(ff.bidi);
    // Open the reader's shadow root for this test's page reads (it is closed in real use).
    const setup = await browserWindow.openExtensionTab(`${ff.extensionOrigin}/popup.html?tabId=0`);
    await setup.eval(`browser.storage.local.set({ 'testing:openReaderShadowRoot': true })`);
    await setup.close();
    await ff.bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    ff.bidi.onEvent((method, params) => {
      if (method !== 'network.beforeRequestSent') return;
      requests.push((params.request as { url: string }).url);
    });
    // In every page from its start: when the reader's host joins it (for the no-flash check).
    await ff.bidi.send('script.addPreloadScript', {
      functionDeclaration: `() => {
        new MutationObserver((records, observer) => {
          if (!document.querySelector('[data-tidings-reader]')) return;
          window.__readerAddedAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }`,
    });
    probe = await browserWindow.openExtensionTab(`${ff.extensionOrigin}/popup.html?tabId=0`);
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  test('the popup turns it on for the site, asking for that site’s access from the click', async () => {
    expect(await registered()).toBeNull();
    const page = await open('/international/nato-visit');
    // The shortcut grants the tab to the extension, as for a reader who opens the popup there.
    await browserWindow.pressCleanViewShortcut();
    await page.waitFor(READER_TEXT);
    await page.press(['\uE00C']);
    await page.waitFor(SHOWS_ORIGINAL);
    const tabId = await probe.eval<number>(
      `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url && t.url.includes('/international/nato-visit')).id)`,
    );
    const popup = await browserWindow.openExtensionTab(
      `${ff.extensionOrigin}/popup.html?tabId=${tabId}`,
    );
    const toggle = `document.querySelector('[role="switch"]')`;
    expect(await popup.waitFor<string>(`${toggle} && ${toggle}.parentElement.textContent`)).toBe(
      `Always clean view on ${SITE}`,
    );
    await popup.click(toggle);
    await popup.waitFor(`${toggle}.checked`);
    await until(async () => (await registered())?.[0] === `*://${SITE}/*`, 'the registration');
    expect(
      await probe.eval<string[]>(`browser.permissions.getAll().then((p) => p.origins)`),
    ).toEqual([`*://${SITE}/*`]);
    await popup.close();
    await page.close();
  });

  test('an article opens in clean view by itself, with its bar; the index page is left alone', async () => {
    const article = await open('/international/nato-visit');
    expect(await article.waitFor<string>(READER_TEXT)).toContain(
      'Jens Stoltenberg traveled to Washington',
    );
    expect(await outcome(article)).toBe('opened');
    // No frame of the original page before the reader: the first contentful paint is the reader's.
    const paint = await article.waitFor<{ fcp: number; added: number }>(
      `(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        return fcp !== undefined && { fcp, added: window.__readerAddedAt };
      })()`,
    );
    expect(paint.fcp).toBeGreaterThanOrEqual(paint.added);
    expect(await article.eval<string>(`${READER}.querySelector('.tr-auto').innerText`)).toContain(
      `Clean view opened by itself on ${SITE}`,
    );
    await article.close();

    const index = await open('/international');
    expect(await outcome(index)).toBe('not-article');
    expect(await index.eval<boolean>(SHOWS_ORIGINAL)).toBe(true);
    await index.close();
  });

  test('Show original stays original, reloads included', async () => {
    const page = await open('/international/nato-visit');
    await page.waitFor(READER_TEXT);
    await page.click(BAR_BUTTON('Show original'));
    await page.waitFor(SHOWS_ORIGINAL);
    await page.reload();
    expect(await outcome(page)).toBe('original');
    expect(await page.eval<boolean>(SHOWS_ORIGINAL)).toBe(true);
    await page.close();
  });

  test('Stop on this site: the site is off, its access given back, the next article stays original', async () => {
    const page = await open('/2024/06/10/council-passes-budget');
    await page.waitFor(READER_TEXT);
    await page.click(BAR_BUTTON('Stop on this site'));
    await page.waitFor(SHOWS_ORIGINAL);
    await until(async () => (await registered()) === null, 'the registration to go');
    expect(
      await probe.eval<string[]>(`browser.permissions.getAll().then((p) => p.origins)`),
    ).toEqual([]);
    const next = await open('/international/nato-visit');
    await new Promise((ok) => setTimeout(ok, 800));
    expect(await next.eval<boolean>(SHOWS_ORIGINAL)).toBe(true);
    await next.close();
    await page.close();
  });

  test('every news article: all-site access asked when turned on, only news articles open, access given back when off', async () => {
    const options = await browserWindow.openExtensionTab(
      `${ff.extensionOrigin}/options.html#settings`,
    );
    const everywhere = `[...document.querySelectorAll('[role="switch"]')].find((s) => s.parentElement.textContent.includes('every news article'))`;
    await options.waitFor(everywhere);
    await options.click(everywhere);
    await until(async () => (await registered())?.[0] === '*://*/*', 'the all-sites registration');

    const news = await open('/2024/06/10/council-passes-budget');
    expect(await news.waitFor<string>(READER_TEXT)).toContain('Council passes the budget');
    // og:type article is not a news article's declaration: left alone everywhere.
    const other = await open('/international/nato-visit');
    expect(await outcome(other)).toBe('not-article');
    expect(await other.eval<boolean>(SHOWS_ORIGINAL)).toBe(true);

    await options.click(everywhere);
    await until(async () => (await registered()) === null, 'the registration to go');
    expect(
      await probe.eval<string[]>(`browser.permissions.getAll().then((p) => p.origins)`),
    ).toEqual([]);
    await news.close();
    await other.close();
    await options.close();
  });

  test('no request left the machine', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(
      requests.filter((url) => /^(https?|wss?):/.test(url) && !url.startsWith(server.origin)),
    ).toEqual([]);
  });

  test('no error was logged', () => {
    expect(ff.errors).toEqual([]);
  });
});
