/**
 * The library end to end, in headless Chromium with the built extension: a read in clean view
 * lands in the options page, can be searched, filtered, read offline, deleted and restored,
 * exported and imported into a fresh profile; a save survives the worker being stopped; ten tabs
 * saving at once give ten entries.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROME_EXTENSION_DIR,
  grantActiveTab,
  launchWithExtension,
  runCommand,
  stopServiceWorker,
  tabIdOf,
  type ExtensionBrowser,
} from './lib/extension';
import { PopupPage, ReaderView } from './lib/pages';
import { startFixtureServer, type FixtureServer } from './lib/server';

const EXTENSION_DIR = process.env.TIDINGS_EXTENSION_DIR ?? CHROME_EXTENSION_DIR;
const FIXTURE = 'tests/fixtures/pages/nato-visit/source.html';
/**
 * The URL the library knows the fixture by: the page's own. (Its canonical URL names another site
 * than 127.0.0.1, so the library does not file it there: a page may only name its own site.)
 */
let NATO_URL = '';
const STORY_COUNT = 10;
/** The stories declare a canonical URL on their own site (served as `localhost`). */
const storyCanonical = (i: number) => `/canonical/story-${i}`;

/** Ten distinct articles: the fixture under another canonical URL and title. */
function writeStories(dir: string): Record<string, string> {
  const source = readFileSync(FIXTURE, 'utf8');
  const routes: Record<string, string> = {};
  for (let i = 0; i < STORY_COUNT; i++) {
    const file = join(dir, `story-${i}.html`);
    writeFileSync(
      file,
      source
        .replace(
          /<link rel="canonical" href="[^"]*">/,
          `<link rel="canonical" href="${storyCanonical(i)}">`,
        )
        .replace(/<title>([^<]*)<\/title>/, `<title>Story ${i}: $1</title>`),
    );
    routes[`/stories/${i}`] = file;
  }
  return routes;
}

/** The options page (the library). */
class LibraryPage {
  private constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<LibraryPage> {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const library = new LibraryPage(page);
    await page
      .locator('.lib-status')
      .filter({ hasText: /\d+ of \d+/ })
      .waitFor();
    return library;
  }

  entry(url: string): Locator {
    return this.page.locator(`.lib-row[data-article-url="${url}"]`);
  }
  get rows(): Locator {
    return this.page.locator('.lib-row');
  }
  get searchbox(): Locator {
    return this.page.getByRole('searchbox');
  }
  get status(): Locator {
    return this.page.locator('.lib-status');
  }
  get message(): Locator {
    return this.page.locator('.lib-message');
  }
  async search(text: string): Promise<void> {
    await this.searchbox.fill(text);
  }
  async filterEntity(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Mentions' }).fill(name);
  }
  async filterSite(site: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Site' }).selectOption(site);
  }
  async clearFilters(): Promise<void> {
    await this.searchbox.fill('');
    const clear = this.page.getByRole('button', { name: 'Clear filters' });
    if (await clear.count()) await clear.click();
  }
  /** Show one of the page's views: the articles, export & history, or settings. */
  async show(view: 'Articles' | 'Export & history' | 'Settings'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: view }).click();
  }
  /** Download a file the page offers (export & history), into `dir`; returns its path. */
  async download(button: string | RegExp, dir: string): Promise<string> {
    await this.show('Export & history');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  }
  async import(path: string): Promise<void> {
    await this.show('Export & history');
    await this.page.getByLabel('Import a Tidings export…').setInputFiles(path);
  }
}

/** Export the library as JSON from an options page and return its entries (order kept). */
async function exportedEntries(library: LibraryPage, dir: string): Promise<unknown[]> {
  const path = await library.download(/Export library \(JSON\)/, dir);
  return (JSON.parse(readFileSync(path, 'utf8')) as { entries: unknown[] }).entries;
}

describe('library', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let library: LibraryPage;
  let articlePage: Page;
  const downloads = mkdtempSync(join(tmpdir(), 'tidings-library-e2e-'));

  beforeAll(async () => {
    server = await startFixtureServer({
      '/news/nato-visit': FIXTURE,
      ...writeStories(downloads),
    });
    NATO_URL = server.url('/news/nato-visit');
    ext = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('an article read in clean view appears in the library', async () => {
    articlePage = await ext.context.newPage();
    await articlePage.goto(server.url('/news/nato-visit'));
    await runCommand(ext, articlePage);
    const reader = new ReaderView(articlePage);
    await reader.waitOpen();
    // The chips arrive with the background's answer, which comes after the read is recorded.
    await reader.chip('Jens Stoltenberg').waitFor();

    library = await LibraryPage.open(ext);
    const row = library.entry(NATO_URL);
    await expect.poll(() => row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('Stoltenberg');
    expect(text).toMatch(/\d+ min read/);
    // Shown as the article calls it: "NATO", not its expansion.
    expect(text).toContain('NATO');
  });

  it('search finds it as the reader types, with the match highlighted', async () => {
    await library.search('Stoltenberg');
    await expect.poll(() => library.entry(NATO_URL).count()).toBe(1);
    expect(await library.entry(NATO_URL).locator('mark').first().innerText()).toMatch(
      /Stoltenberg/i,
    );
    await library.search('Stoltenbergxyz');
    await expect.poll(() => library.rows.count()).toBe(0);
    await library.clearFilters();
  });

  it('the entity filter finds every article mentioning NATO', async () => {
    await library.filterEntity('NATO');
    await expect.poll(() => library.entry(NATO_URL).count()).toBe(1);
    await library.filterEntity('Atlantis Liberation Front');
    await expect.poll(() => library.rows.count()).toBe(0);
    await library.clearFilters();
    await expect.poll(() => library.entry(NATO_URL).count()).toBe(1);
  });

  it('opens the stored clean copy offline, with a link to the original', async () => {
    await ext.context.setOffline(true);
    try {
      await library
        .entry(NATO_URL)
        .getByRole('button', { name: /Stoltenberg|NATO/ })
        .first()
        .click();
      const body = library.page.locator('.tr-body');
      await body.waitFor();
      expect(await body.innerText()).toContain('Stoltenberg');
      expect(
        await library.page.getByRole('link', { name: 'Open the original' }).getAttribute('href'),
      ).toBe(NATO_URL);
      await library.page.getByRole('button', { name: '← Library' }).click();
      await library.entry(NATO_URL).waitFor();
    } finally {
      await ext.context.setOffline(false);
    }
  });

  it('deletes an entry and brings it back with undo', async () => {
    await library
      .entry(NATO_URL)
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => library.entry(NATO_URL).count()).toBe(0);
    await library.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => library.entry(NATO_URL).count()).toBe(1);
    // Still there after a reload: the undo was written, not only shown.
    await library.page.reload();
    await library.entry(NATO_URL).waitFor();
  });

  it('a save survives the service worker being stopped before a reload', async () => {
    const tabId = await tabIdOf(ext, articlePage);
    await grantActiveTab(ext, articlePage);
    const popup = await PopupPage.open(ext, tabId);
    await popup.saveButton.click();
    await expect.poll(() => popup.saveButton.innerText()).toBe('Saved');
    // The open library follows the worker's write by itself (Dexie liveQuery; no reload, no poll).
    await expect
      .poll(() => library.entry(NATO_URL).locator('.lib-saved-badge').count(), { timeout: 2000 })
      .toBe(1);
    await stopServiceWorker(ext, library.page);
    await popup.close();

    await library.page.reload();
    const row = library.entry(NATO_URL);
    await row.waitFor();
    expect(await row.locator('.lib-saved-badge').innerText()).toBe('Saved');
    // The worker starts again on demand and still knows the article is saved.
    const again = await PopupPage.open(ext, tabId);
    expect(await again.saveButton.innerText()).toBe('Saved');
    await again.close();
  });

  it('ten tabs saving at once give ten entries', async () => {
    const tabs: Page[] = [];
    const popups: PopupPage[] = [];
    for (let i = 0; i < STORY_COUNT; i++) {
      const page = await ext.context.newPage();
      await page.goto(server.url(`/stories/${i}`).replace('127.0.0.1', 'localhost'));
      await page.bringToFront();
      await grantActiveTab(ext, page);
      tabs.push(page);
      popups.push(await PopupPage.open(ext, await tabIdOf(ext, page)));
    }
    await Promise.all(popups.map((p) => p.saveButton.click()));
    for (const p of popups) await expect.poll(() => p.saveButton.innerText()).toBe('Saved');

    await library.page.reload();
    await library.filterSite('localhost');
    await expect.poll(() => library.status.innerText()).toMatch(/^10 of 11$/);
    for (const p of [...popups, ...tabs]) await p.close();
  });

  it('export then import into a fresh profile gives the same library', async () => {
    await library.clearFilters();
    const before = await exportedEntries(library, downloads);
    expect(before).toHaveLength(STORY_COUNT + 1);
    const jsonPath = join(downloads, 'library.json');
    writeFileSync(
      jsonPath,
      readFileSync(await library.download(/Export library \(JSON\)/, downloads)),
    );

    const zip = await library.download(/Export as Markdown/, downloads);
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');

    const fresh = await launchWithExtension({ extensionDir: EXTENSION_DIR });
    try {
      const other = await LibraryPage.open(fresh);
      expect(await other.rows.count()).toBe(0);

      // A foreign file is refused, with a clear message, and nothing changes.
      const foreign = join(downloads, 'bookmarks.json');
      writeFileSync(foreign, JSON.stringify({ bookmarks: [{ url: 'https://a.example/' }] }));
      await other.import(foreign);
      await expect.poll(() => other.message.innerText()).toMatch(/not a Tidings library export/);
      expect(await other.page.getByText('No articles in your history').count()).toBe(1);

      await other.import(jsonPath);
      await expect.poll(() => other.message.innerText()).toMatch(/Imported 11 articles/);
      await other.show('Articles');
      await other.status.filter({ hasText: '11 of 11' }).waitFor();
      expect(await exportedEntries(other, downloads)).toEqual(before);
    } finally {
      await fresh.close();
    }
  });

  it('logs no errors', () => {
    expect(ext.errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });
});
