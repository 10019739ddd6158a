import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  grantActiveTab,
  launchWithExtension,
  runCommand,
  stopServiceWorker,
  tabIdOf,
  type ExtensionBrowser,
} from './lib/extension';
import { PopupPage, ReaderView } from './lib/pages';
import { startFixtureServer, type FixtureServer } from './lib/server';

// The built extension in headless Chromium on the fixture article, a section index and a
// browser page. One browser for the whole file: launching one costs seconds on this machine.

const CLUTTER = ['#NATO', 'Back to Internatioanl', 'Sponsored Ads', 'TheDayspring'];

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({
    '/international/nato-visit': 'tests/fixtures/pages/nato-visit/source.html',
    '/international': 'tests/e2e/pages/section-index/source.html',
  });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

let opened = 0;

/** The fixture article in a new tab, at its own URL (the tests find tabs by URL). */
async function openArticle(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${server.url('/international/nato-visit')}?tab=${++opened}`);
  return page;
}

/** The article's paragraphs as the page has them (the fixture's own markup, not our output). */
async function articleParagraphs(page: Page): Promise<string[]> {
  return page.$$eval('.entry-content > p:not(.tags)', (ps) =>
    ps
      .filter((p) => !p.querySelector('.back-link'))
      .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('clean view in Chromium', () => {
  test('the popup shows the article, its key entities and its summary', async () => {
    const page = await openArticle();
    await grantActiveTab(ext, page);
    const popup = await PopupPage.open(ext, await tabIdOf(ext, page));

    await expect(popup.title.innerText()).resolves.toContain('NATO Secretary-General Visits');
    expect(await popup.text()).toMatch(/The Global Ledger\s*·\s*\d+ min read/);
    expect((await popup.chips('People').allInnerTexts()).join('|')).toContain('Stoltenberg');
    expect((await popup.chips('Places').allInnerTexts()).join('|')).toContain('Washington');
    expect(await popup.chips('Organizations').count()).toBeGreaterThan(0);
    expect(await popup.summary.count()).toBeGreaterThanOrEqual(3);
    expect(await popup.cleanViewButton.isEnabled()).toBe(true);
    // The per-site switch of automatic clean view, off until the reader turns it on.
    const autoClean = popup.page.getByRole('switch', { name: 'Always clean view on 127.0.0.1' });
    expect(await autoClean.isChecked()).toBe(false);
    await popup.close();
    await page.close();
  });

  test('Clean view shows every paragraph and none of the clutter; Escape restores the page', async () => {
    const page = await openArticle();
    const paragraphs = await articleParagraphs(page);
    expect(paragraphs.length).toBeGreaterThan(20);
    const before = await page.content();

    await grantActiveTab(ext, page);
    const popup = await PopupPage.open(ext, await tabIdOf(ext, page));
    await popup.cleanViewButton.click();
    const reader = new ReaderView(page);
    await reader.waitOpen();

    const text = squash(await reader.text());
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    for (const clutter of CLUTTER) expect(text).not.toContain(clutter);
    expect(text).toMatch(/\d+ min read/);
    // The page underneath does not scroll while the reader covers it.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe(
      'hidden',
    );

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await reader.waitClosed();
    expect(await page.content()).toBe(before);
    await popup.close();
    await page.close();
  });

  test('popup → Clean view → Save → popup again: the page is extracted once and analysed once', async () => {
    const page = await openArticle();
    await grantActiveTab(ext, page);
    const tabId = await tabIdOf(ext, page);
    const worker = await ext.serviceWorker();
    await worker.evaluate(() => performance.clearMarks('tidings:analyse'));
    // The content script's marks share the page's performance timeline.
    const extractions = () =>
      page.evaluate(() => performance.getEntriesByName('tidings:extract').length);
    const analyses = async () =>
      (await ext.serviceWorker()).evaluate(
        () => performance.getEntriesByName('tidings:analyse').length,
      );

    const popup = await PopupPage.open(ext, tabId);
    expect((await popup.chips('People').allInnerTexts()).join('|')).toContain('Stoltenberg');
    await popup.cleanViewButton.click();
    const reader = new ReaderView(page);
    await reader.waitOpen();
    await expect
      .poll(() => reader.root.locator('.tidings-chip').count(), { timeout: 10_000 })
      .toBeGreaterThan(3);
    await popup.saveButton.click();
    await expect
      .poll(() => popup.saveButton.getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe('true');
    await popup.close();
    const again = await PopupPage.open(ext, tabId);
    await expect
      .poll(() => again.saveButton.getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe('true');
    expect((await again.chips('People').allInnerTexts()).join('|')).toContain('Stoltenberg');

    expect({ extractions: await extractions(), analyses: await analyses() }).toEqual({
      extractions: 1,
      analyses: 1,
    });
    await again.close();
    await page.close();
  });

  test('nothing is lost when the browser stops the worker between events', async () => {
    const page = await openArticle();
    await grantActiveTab(ext, page);
    const tabId = await tabIdOf(ext, page);
    await stopServiceWorker(ext, page);

    const popup = await PopupPage.open(ext, tabId); // its message wakes a fresh worker
    expect((await popup.chips('People').allInnerTexts()).join('|')).toContain('Stoltenberg');
    await stopServiceWorker(ext, page);
    await popup.cleanViewButton.click();
    const reader = new ReaderView(page);
    await reader.waitOpen();
    await expect
      .poll(() => reader.root.locator('.tidings-chip').count(), { timeout: 10_000 })
      .toBeGreaterThan(3);
    await stopServiceWorker(ext, page);
    // (An earlier test may have saved this article already: the click toggles it either way.)
    const toggled =
      (await popup.saveButton.getAttribute('aria-pressed')) === 'true' ? 'false' : 'true';
    await popup.saveButton.click();
    await expect
      .poll(() => popup.saveButton.getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe(toggled);
    await popup.close();
    await stopServiceWorker(ext, page);
    const again = await PopupPage.open(ext, tabId);
    await expect
      .poll(() => again.saveButton.getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe(toggled);
    expect((await again.chips('People').allInnerTexts()).join('|')).toContain('Stoltenberg');
    // The reading outlived three workers: the page was never extracted again.
    expect(await page.evaluate(() => performance.getEntriesByName('tidings:extract').length)).toBe(
      1,
    );
    await again.close();
    await page.close();
  });

  test('the keyboard command opens the reader and closes it again', async () => {
    const page = await openArticle();
    const before = await page.content();
    const reader = new ReaderView(page);

    await runCommand(ext, page);
    await reader.waitOpen();
    expect(squash(await reader.text())).toContain('Jens Stoltenberg traveled to Washington');

    await runCommand(ext, page);
    await reader.waitClosed();
    expect(await page.content()).toBe(before);
    await page.close();
  });

  test('the page context menu item opens the reader', async () => {
    const page = await openArticle();
    const reader = new ReaderView(page);
    await page.bringToFront();
    // A right-click menu cannot be opened in headless Chromium; the click on our item reaches
    // the worker as this event (after the same activeTab grant a menu click gives).
    await grantActiveTab(ext, page);
    const tabId = await tabIdOf(ext, page);
    const worker = await ext.serviceWorker();
    await worker.evaluate(async (tabId) => {
      const tab = await chrome.tabs.get(tabId);
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'tidings-clean-view' }, tab);
    }, tabId);
    await reader.waitOpen();
    expect(squash(await reader.text())).toContain('Jens Stoltenberg traveled to Washington');
    await page.close();
  });

  test('"Show original" returns to the page; print prints the article only', async () => {
    const page = await openArticle();
    const before = await page.content();
    const reader = new ReaderView(page);
    await runCommand(ext, page);
    await reader.waitOpen();

    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
    expect(await reader.body.isVisible()).toBe(true);
    expect(await reader.button('Show original').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await reader.button('Show original').click();
    await reader.waitClosed();
    expect(await page.content()).toBe(before);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    await page.close();
  });

  test('clutter the rules removed is listed and can be put back', async () => {
    const page = await openArticle();
    const reader = new ReaderView(page);
    await runCommand(ext, page);
    await reader.waitOpen();

    const removed = reader.root.locator('.tr-removed');
    await removed.locator('summary').click();
    expect(await removed.locator('summary').innerText()).toMatch(/^Tidings removed \d+ blocks?$/);
    const sponsored = removed.locator('li', { hasText: 'TheDayspring' });
    // Each removal says why, in plain words.
    expect(await sponsored.locator('.tr-removed-rule').innerText()).toMatch(/advertis|Sponsored/i);
    await sponsored.getByRole('button', { name: /Put back/ }).click();
    expect(await reader.body.innerText()).toContain('TheDayspring is a full-service');
    await page.close();
  });

  test('an entity chip highlights its mentions, from the reader and from the popup', async () => {
    const page = await openArticle();
    const reader = new ReaderView(page);
    await runCommand(ext, page);
    await reader.waitOpen();

    await reader.chip('Stoltenberg').click();
    await expect.poll(() => reader.marks.count()).toBeGreaterThan(10);
    expect(await reader.marks.first().innerText()).toMatch(/Stoltenberg/);
    await reader.chip('Stoltenberg').click();
    await expect.poll(() => reader.marks.count()).toBe(0);

    await page.keyboard.press('Escape');
    await reader.waitClosed();
    const popup = await PopupPage.open(ext, await tabIdOf(ext, page));
    await popup.chip('Washington').click();
    await reader.waitOpen();
    await expect.poll(() => reader.marks.count()).toBeGreaterThan(3);
    expect((await reader.marks.allInnerTexts()).every((t) => /Washington/.test(t))).toBe(true);
    await popup.close();
    await page.close();
  });

  test('theme and font changes persist across reloads', async () => {
    const page = await openArticle();
    const reader = new ReaderView(page);
    await runCommand(ext, page);
    await reader.waitOpen();
    expect(await reader.theme()).toBe('light'); // follows the system (light here) by default

    await reader.chooseTheme('Dark');
    await reader.chooseFont('Sans-serif');
    await reader.setFontSize(24);
    expect(await reader.theme()).toBe('dark');
    expect(await reader.bodyStyle('fontSize')).toBe('24px');

    await page.reload();
    expect(await reader.isOpen()).toBe(false);
    await runCommand(ext, page);
    await reader.waitOpen();
    expect(await reader.theme()).toBe('dark');
    expect(await reader.bodyStyle('fontSize')).toBe('24px');
    expect(await reader.bodyStyle('fontFamily')).toMatch(/system-ui/);
    await page.keyboard.press('Escape'); // the toolbar's settings panel is closed on a new open
    await reader.waitClosed();
    await runCommand(ext, page);
    await reader.waitOpen();
    await reader.setFontSize(20);
    await reader.chooseFont('Serif');
    await reader.root.getByRole('button', { name: /Reading settings/ }).click();
    await reader.chooseTheme('System');
    await page.close();
  });

  test('the toolbar button can open clean view directly, the popup’s content in the reader', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html#settings`);
    await options.getByRole('radio', { name: 'Clean view directly' }).check();
    const page = await openArticle();
    const reader = new ReaderView(page);
    try {
      // The worker has taken the setting: the toolbar button has no popup now.
      const worker = await ext.serviceWorker();
      await expect.poll(() => worker.evaluate(() => chrome.action.getPopup({}))).toBe('');
      // One click on the toolbar button: the reader opens. (Clicking until it is open would
      // close it again when a click lands while it is opening.)
      await grantActiveTab(ext, page, { withPopup: true });
      await reader.waitOpen();
      // What the popup shows — the summary and the key entities — is in the reader.
      await page.setViewportSize({ width: 1280, height: 900 });
      await reader.root.locator('.tr-rail .tr-summary li').first().waitFor();
      expect(await reader.chip('Stoltenberg').count()).toBe(1);
    } finally {
      await options.getByRole('radio', { name: /The popup/ }).check();
      // Back to the popup before the next test clicks the button: the options page writes the
      // setting, the worker sets the popup again (closing the page first could lose the write,
      // and the next click would then toggle clean view instead).
      const worker = await ext.serviceWorker();
      await expect
        .poll(() => worker.evaluate(() => chrome.action.getPopup({})))
        .toMatch(/popup\.html$/);
      await options.close();
      await page.close();
    }
  });

  test('the article is set in the bundled reading face, which leaves with the reader', async () => {
    const page = await openArticle();
    const reader = new ReaderView(page);
    const faces = () =>
      page.evaluate(() =>
        [...document.fonts]
          .filter((f) => f.family.includes('Tidings Literata'))
          .map((f) => `${f.style} ${f.status}`),
      );
    await runCommand(ext, page);
    await reader.waitOpen();
    await expect.poll(faces).toEqual(['normal loaded', 'italic loaded']);
    expect(await reader.bodyStyle('fontFamily')).toMatch(/^"Tidings Literata"/);
    // The page never saw an extension URL: the face was made from bytes.
    const urls = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(urls.filter((u) => /^chrome-extension:|\.woff2/.test(u))).toEqual([]);
    await page.keyboard.press('Escape');
    await reader.waitClosed();
    expect(await faces()).toEqual([]);
    await page.close();
  });

  test('read aloud uses only on-device voices, and says so when there is none', async () => {
    const page = await openArticle();
    const reader = new ReaderView(page);
    await runCommand(ext, page);
    await reader.waitOpen();
    const voices = await page.evaluate(() =>
      speechSynthesis.getVoices().filter((v) => v.localService),
    );
    await reader.button(/Read aloud/).click();
    if (voices.length === 0) {
      // Headless Chromium here has no speech engine: the reader says so in plain words.
      await expect
        .poll(() => reader.root.locator('.tr-notice').innerText())
        .toMatch(/No voice on this device|cannot read aloud/);
    } else {
      await reader.button(/Pause reading/).waitFor();
      await reader.button(/Stop reading/).click();
    }
    await page.close();
  });

  test('a page that is not an article: the popup says so and offers clean view anyway', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/international'));
    await grantActiveTab(ext, page);
    const popup = await PopupPage.open(ext, await tabIdOf(ext, page));
    expect(await popup.text()).toContain('doesn’t look like an article');
    await popup.page.getByRole('button', { name: 'Clean view anyway' }).click();
    const reader = new ReaderView(page);
    await reader.waitOpen();
    // Forced: whatever text the page has, in the reader (no claim it is an article).
    expect(await reader.text()).toContain('International');
    await popup.close();
    await page.close();
  });

  test('a browser page: the popup says plainly that extensions cannot run there', async () => {
    const worker = await ext.serviceWorker();
    const tabId = await worker.evaluate(
      async () => (await chrome.tabs.create({ url: 'chrome://version', active: false })).id ?? -1,
    );
    const popup = await PopupPage.open(ext, tabId);
    expect(await popup.text()).toContain('Tidings can’t run here');
    expect(await popup.cleanViewButton.count()).toBe(0);
    await popup.close();

    // The shortcut there has no popup to answer in: the toolbar button says why.
    const badge = await worker.evaluate(async (tabId) => {
      const tab = await chrome.tabs.get(tabId);
      chrome.commands.onCommand.dispatch('toggle-reader', tab);
      for (let i = 0; i < 50; i++) {
        const text = await chrome.action.getBadgeText({ tabId });
        if (text) return { text, title: await chrome.action.getTitle({ tabId }) };
        await new Promise((ok) => setTimeout(ok, 50));
      }
      return null;
    }, tabId);
    expect(badge?.text).toBe('!');
    expect(badge?.title).toMatch(/^Tidings cannot read this page/);
  });

  test('no error reached any console', () => {
    expect(ext.errors).toEqual([]);
  });
});

declare const chrome: {
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
    getPopup(details: { tabId?: number }): Promise<string>;
  };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  tabs: {
    create(props: { url: string; active?: boolean }): Promise<{ id?: number }>;
    get(tabId: number): Promise<unknown>;
  };
  contextMenus: { onClicked: { dispatch(info: object, tab: unknown): void } };
};
