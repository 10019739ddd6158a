/**
 * What a person sees, on every surface, in headless Chromium with the built extension: the popup
 * fits the 600 px a browser gives it (summary first), the story starts on the first screen of the
 * reader at desktop and phone sizes, focus stays in the reader, a right-to-left page turns only
 * the article around, axe finds no critical or serious violation (light and dark), and the
 * screenshots in docs/screenshots are taken here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  grantActiveTab,
  launchWithExtension,
  tabIdOf,
  type ExtensionBrowser,
} from './lib/extension';
import { seriousViolations } from './lib/axe';
import { PopupPage, ReaderView } from './lib/pages';
import { startFixtureServer, type FixtureServer } from './lib/server';
import { ToolbarPopup } from './lib/toolbar-popup';

const SHOTS = 'docs/screenshots';
const SIZES: Record<'desktop' | 'phone', { width: number; height: number }> = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

let ext: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer({
    '/news/nato-visit': 'tests/fixtures/pages/nato-visit/source.html',
    '/wiki/longest': 'tests/e2e/pages/longest-article/source.html.gz',
    '/ar/library': 'tests/e2e/pages/rtl-article/source.html',
  });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

let opened = 0;

/** A new tab on `route` (its own URL, so the tests' tab lookups never find another tab). */
async function openPage(route: string, size = SIZES.desktop): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${server.url(route)}?tab=${++opened}`);
  return page;
}

async function openReader(page: Page): Promise<ReaderView> {
  await grantActiveTab(ext, page);
  const popup = await PopupPage.open(ext, await tabIdOf(ext, page));
  await popup.cleanViewButton.click();
  const reader = new ReaderView(page);
  await reader.waitOpen();
  await popup.close();
  // The analysis has arrived: its summary is on screen (in the rail or the strip's panel).
  await reader.root
    .locator('.tr-strip, .tr-rail .tr-summary, .tr-rail .tidings-muted')
    .first()
    .waitFor();
  return reader;
}

/**
 * Height of the popup's content, as the browser sizes the popup window to it (the document's
 * height would be the test page's viewport when the content is shorter).
 */
const popupHeight = (popup: PopupPage) =>
  popup.page.evaluate(() =>
    Math.ceil(document.querySelector('main.popup')!.getBoundingClientRect().height),
  );

describe('the popup', () => {
  test.each([
    ['the fixture article', '/news/nato-visit', 'popup'],
    ['the longest of Mozilla’s test pages', '/wiki/longest', 'popup-long'],
  ])('fits 600 px on %s, the summary above the first entity', async (_what, route, shot) => {
    const page = await openPage(route);
    await grantActiveTab(ext, page);
    const popup = await PopupPage.open(ext, await tabIdOf(ext, page));
    await popup.page.setViewportSize({ width: 500, height: 600 });
    expect(await popup.summary.count()).toBeGreaterThan(0);
    const height = await popupHeight(popup);
    console.log(`[figures] popup on ${_what}: ${height} px tall`);
    expect(height).toBeLessThanOrEqual(600);
    expect(
      await popup.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(500);
    const summaryTop = await popup.summary.first().evaluate((el) => el.getBoundingClientRect().top);
    const chipTop = await popup.page
      .locator('.tidings-chip')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(summaryTop).toBeLessThan(chipTop);

    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(popup.page)).toEqual([]);
      await popup.page.screenshot({ path: `${SHOTS}/${shot}-${scheme}.png`, fullPage: true });
    }
    await popup.close();
    await page.close();
  });

  test('the toolbar click opens it over its page, with the article and its entities', async () => {
    const page = await openPage('/news/nato-visit');
    const popup = await ToolbarPopup.open(ext, page);
    const shown = await popup.waitFor<{ title: string; people: string[]; fits: boolean }>(
      `(() => {
        if (!document.querySelector('.tidings-chip')) return null;
        return {
          title: document.querySelector('.popup-title')?.textContent ?? '',
          people: [...document.querySelectorAll('.tidings-chip-name')].map((c) => c.textContent),
          fits: document.querySelector('main.popup').getBoundingClientRect().height <= 600,
        };
      })()`,
    );
    expect(shown.title).toContain('NATO Secretary-General Visits Washington');
    expect(shown.people).toContain('Jens Stoltenberg');
    expect(shown.fits).toBe(true);
    const size = await popup.evaluate<{ width: number; height: number }>(
      '({ width: innerWidth, height: innerHeight })',
    );
    console.log(`[figures] the toolbar popup's bubble: ${size.width}×${size.height} px`);
    writeFileSync(`${SHOTS}/popup-toolbar.png`, await popup.screenshot());
    await popup.close();
    await page.close();
  });
});

describe('the reader', () => {
  test.each(Object.entries(SIZES))(
    'the first story paragraph is on the first screen (%s)',
    async (name, size) => {
      const page = await openPage('/news/nato-visit', size);
      const reader = await openReader(page);
      const top = await reader.paragraphs.first().evaluate((el) => el.getBoundingClientRect().top);
      // The paragraph starts with at least two lines on screen.
      console.log(
        `[figures] reader ${size.width}×${size.height}: first story paragraph at y = ${Math.round(top)} px`,
      );
      expect(top).toBeLessThan(size.height - 80);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect.poll(() => reader.theme()).toBe(scheme);
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/reader-${name}-${scheme}.png` });
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.close();
    },
  );

  test('forty Tab presses never leave the reader; Escape gives the page back', async () => {
    const page = await openPage('/news/nato-visit');
    const before = await page.content();
    const reader = await openReader(page);
    await page.bringToFront();
    const inReader = () =>
      page.evaluate(() => document.activeElement?.hasAttribute('data-tidings-reader') ?? false);
    await page.keyboard.press('Tab');
    // The first Tab reaches the toolbar.
    expect(
      await reader.root.evaluate((root) => {
        const active = (root.getRootNode() as ShadowRoot).activeElement;
        return active?.closest('[role="toolbar"]') !== null;
      }),
    ).toBe(true);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
      expect(await inReader()).toBe(true);
    }
    await page.keyboard.press('Escape');
    await reader.waitClosed();
    expect(await page.content()).toBe(before);
    await page.close();
  });

  test('a right-to-left page: the article turns, the interface keeps its language', async () => {
    const page = await openPage('/ar/library', SIZES.phone);
    const reader = await openReader(page);
    const dirs = await reader.root.evaluate((root) => ({
      ui: getComputedStyle(root.querySelector('[role="toolbar"]')!).direction,
      uiLang: root.getAttribute('lang'),
      body: getComputedStyle(root.querySelector('.tr-body')!).direction,
      title: getComputedStyle(root.querySelector('.tr-title')!).direction,
      readingTime: getComputedStyle(root.querySelector('.tr-reading-time')!).direction,
    }));
    expect(dirs).toEqual({
      ui: 'ltr',
      uiLang: expect.stringMatching(/^en\b/),
      body: 'rtl',
      title: 'rtl',
      readingTime: 'ltr',
    });
    expect(await reader.root.locator('.tr-reading-time').innerText()).toMatch(/^\d+ min read$/);
    await page.screenshot({ path: `${SHOTS}/reader-rtl-phone-light.png` });
    await page.close();
  });
});

describe('the library', () => {
  async function openLibrary(size: { width: number; height: number }): Promise<Page> {
    const page = await ext.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('.lib-row').first().waitFor();
    return page;
  }

  test.each(Object.entries(SIZES))('the list and its views (%s)', async (name, size) => {
    const page = await openLibrary(size);
    // Nothing is cut or scrolls sideways, down to 360 px: the header, the search bar and its count.
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await page.locator('.lib-status').isVisible()).toBe(true);
    if (name === 'phone') {
      await page.setViewportSize({ width: 360, height: size.height });
      for (const view of ['library', 'manage', 'settings'] as const) {
        await page.evaluate((v) => (location.hash = v), view);
        await page
          .locator(view === 'library' ? '.lib-row' : `#${view}`)
          .first()
          .waitFor();
        expect({ view, overflow: await overflow() }).toEqual({ view, overflow: 0 });
      }
      await page.evaluate(() => (location.hash = 'library'));
      await page.setViewportSize(size);
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const view of ['library', 'manage', 'settings'] as const) {
        await page.evaluate((v) => (location.hash = v), view);
        await page
          .locator(view === 'library' ? '.lib-row' : `#${view}`)
          .first()
          .waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/library-${view}-${name}-${scheme}.png` });
      }
    }
    await page.close();
  });

  test.each(['light', 'dark'] as const)(
    'the offline copy (%s): axe-clean, Escape returns to the row',
    async (scheme) => {
      const page = await openLibrary(SIZES.desktop);
      await page.emulateMedia({ colorScheme: scheme });
      const row = page.locator('.lib-row').first();
      const url = await row.getAttribute('data-article-url');
      await row.locator('.lib-open').click();
      await page.locator('.tr-reader .tr-body').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/offline-copy-${scheme}.png` });
      await page.keyboard.press('Escape');
      await page.locator('.tr-reader').waitFor({ state: 'detached' });
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.activeElement?.closest('.lib-row')?.getAttribute('data-article-url'),
          ),
        )
        .toBe(url);
      await page.close();
    },
  );
});

describe('in the browser’s language', () => {
  test('a French browser gets the popup and the reader in French', async () => {
    const french = await launchWithExtension({ lang: 'fr' });
    try {
      const page = await french.context.newPage();
      await page.goto(`${server.url('/news/nato-visit')}?lang=fr`);
      await grantActiveTab(french, page);
      const popup = await PopupPage.open(french, await tabIdOf(french, page));
      expect(await popup.page.getByRole('button', { name: /Vue épurée/ }).count()).toBe(1);
      expect(await popup.text()).toMatch(/min de lecture/);
      expect(await popup.text()).toMatch(/Résumé/i);
      await popup.page.setViewportSize({ width: 500, height: 600 });
      await popup.page.screenshot({ path: `${SHOTS}/popup-fr-light.png` });
      await popup.page.getByRole('button', { name: /Vue épurée/ }).click();
      const reader = new ReaderView(page);
      await reader.waitOpen();
      expect(await reader.root.getByRole('button', { name: 'Voir l’original' }).count()).toBe(1);
      // The article stays in its own language.
      expect(await reader.root.locator('.tr-title').getAttribute('lang')).toBe('en');
      await popup.close();
    } finally {
      await french.close();
    }
  });
});
