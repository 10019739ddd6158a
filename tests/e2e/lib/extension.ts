import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The built Chrome extension (`npm run build`). */
export const CHROME_EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium with the built extension loaded, its id and its service worker. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (it may be restarted: use `serviceWorker()` for a fresh handle). */
  serviceWorker(): Promise<Worker>;
  /** Console errors and uncaught exceptions seen in any of our pages, the tabs and the worker. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Launch headless Chromium with the built extension (one per test file; reuse it across tests).
 * Fails clearly when the extension has not been built.
 */
export async function launchWithExtension(
  options: { colorScheme?: 'light' | 'dark'; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const ext = options.extensionDir ?? CHROME_EXTENSION_DIR;
  if (!existsSync(resolve(ext, 'manifest.json'))) {
    throw new Error(`No built extension at ${ext}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  const errors: string[] = [];
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, serviceWorker, errors, close: () => context.close() };
}
