import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  FirefoxChrome,
  FirefoxTab,
  firefoxAvailable,
  launchFirefoxWithExtension,
  type FirefoxWithExtension,
} from './lib/firefox';
import { startFixtureServer, type FixtureServer } from './lib/server';

// Smoke test of the Firefox build (`wxt build -b firefox`) in headless Firefox ESR, driven over
// WebDriver BiDi: the shortcut opens clean view on the fixture, Escape restores the page, the
// popup shows the entities and summary and its button opens clean view.

// The test command installs Firefox ESR (.ci/run); without it this suite fails with the fix, it is
// never skipped silently.
const MISSING_FIREFOX =
  'No `firefox-esr` binary on this machine: apt-get install -y firefox-esr (as .ci/run does), ' +
  'or set FIREFOX_PATH.';

const CLUTTER = ['#NATO', 'Back to Internatioanl', 'Sponsored Ads', 'TheDayspring'];
const READER_TEXT = `document.querySelector('[data-tidings-reader]')?.shadowRoot?.querySelector('.tr-reader')?.innerText ?? ''`;

describe('Firefox build', () => {
  let ff: FirefoxWithExtension;
  let browserWindow: FirefoxChrome;
  let server: FixtureServer;
  let page: FirefoxTab;

  beforeAll(async () => {
    if (!firefoxAvailable()) throw new Error(MISSING_FIREFOX);
    server = await startFixtureServer({
      '/international/nato-visit': 'tests/fixtures/pages/nato-visit/source.html',
    });
    ff = await launchFirefoxWithExtension();
    browserWindow = await FirefoxChrome.attach(ff.bidi);
    // Open the reader's shadow root for this test's page reads (it is closed in real use).
    const setup = await browserWindow.openExtensionTab(`${ff.extensionOrigin}/popup.html?tabId=0`);
    await setup.eval(`browser.storage.local.set({ 'testing:openReaderShadowRoot': true })`);
    await setup.close();
    page = await FirefoxTab.open(ff.bidi, server.url('/international/nato-visit'));
    await page.activate();
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  test('the shortcut opens clean view; Escape gives the page back unchanged', async () => {
    const before = await page.eval<string>('document.documentElement.outerHTML');
    await browserWindow.pressCleanViewShortcut();
    const text = await page.waitFor<string>(READER_TEXT);
    expect(text).toContain('Jens Stoltenberg traveled to Washington');
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);

    await page.press(['\uE00C']); // Escape
    await page.waitFor('!document.querySelector("[data-tidings-reader]")');
    expect(await page.eval<string>('document.documentElement.outerHTML')).toBe(before);
  });

  test('the popup shows the key entities and the summary, and opens clean view', async () => {
    // The shortcut above granted activeTab on the article's tab, as it does for a reader.
    const probe = await browserWindow.openExtensionTab(`${ff.extensionOrigin}/popup.html?tabId=0`);
    const tabId = await probe.eval<number>(
      `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url && t.url.includes('/international/nato-visit')).id)`,
    );
    await probe.close();

    const popup = await browserWindow.openExtensionTab(
      `${ff.extensionOrigin}/popup.html?tabId=${tabId}`,
    );
    const popupText = await popup.waitFor<string>(
      `document.querySelector('.popup-summary') && document.querySelector('main').innerText`,
    );
    expect(popupText).toContain('NATO Secretary-General Visits Washington');
    expect(popupText).toMatch(/PEOPLE[\s\S]*Stoltenberg/i);
    expect(popupText).toMatch(/PLACES[\s\S]*Washington/i);
    expect(popupText).toMatch(/SUMMARY/i);

    await popup.eval(
      `[...document.querySelectorAll('button')].find((b) => b.textContent.includes('Clean view')).click()`,
    );
    const text = await page.waitFor<string>(READER_TEXT);
    expect(text).toContain('Stoltenberg');
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
    await popup.close();
  });

  test('no error was logged', () => {
    expect(ff.errors).toEqual([]);
  });
});
