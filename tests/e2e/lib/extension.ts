import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';
import { guardNetwork, type NetworkGuard } from './network-guard';

/** The few `chrome.*` APIs the tests call inside the service worker (no @types/chrome here). */
interface WorkerChrome {
  action: { setPopup(details: { popup: string }): Promise<void> };
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
    get(tabId: number): Promise<unknown>;
    create(props: { url: string; active?: boolean }): Promise<{ id?: number }>;
  };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: object, tab: unknown): void } };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}
declare const chrome: WorkerChrome;

/** `openReaderRootForTestsItem` in utils/storage.ts (WXT's `local:` prefix dropped). */
export const READER_ROOT_TEST_KEY = 'testing:openReaderShadowRoot';

/** The built Chrome extension (`npm run build`). */
export const CHROME_EXTENSION_DIR = resolve('.output/chrome-mv3');
/**
 * The test build (`npm run build:e2e`): the same extension with host access to 127.0.0.1 granted
 * up front, since a test cannot answer the permission prompt of automatic clean view.
 */
export const CHROME_E2E_EXTENSION_DIR = resolve('.output-e2e/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium with the built extension loaded, its id and its service worker. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (it may be restarted: use `serviceWorker()` for a fresh handle). */
  serviceWorker(): Promise<Worker>;
  /** Console errors and uncaught exceptions seen in any of our pages, the tabs and the worker. */
  errors: string[];
  /** Every request of the run, judged: the extension's to outside its origin are violations. */
  network: NetworkGuard;
  /** Close the browser; fails (throws) when the extension sent any request out of its origin. */
  close(): Promise<void>;
}

/**
 * Launch headless Chromium with the built extension (one per test file; reuse it across tests).
 * Fails clearly when the extension has not been built.
 */
export async function launchWithExtension(
  options: {
    colorScheme?: 'light' | 'dark';
    extensionDir?: string;
    /**
     * Open the reader's shadow root so page objects can reach into it (default). The shipped
     * reader's root is closed; `false` tests it as a page's script meets it.
     */
    openReaderRoot?: boolean;
    /** A profile to keep across launches (a browser restart); a fresh one by default. */
    userDataDir?: string;
    /** The browser's interface language (the extension's UI follows it), e.g. `fr`. */
    lang?: string;
    /**
     * How the network guard works (see `guardNetwork`): `block` (default) stops a request out of
     * the extension's origin; `watch` holds no request, for timing benchmarks.
     */
    network?: 'block' | 'watch';
  } = {},
): Promise<ExtensionBrowser> {
  const ext = options.extensionDir ?? CHROME_EXTENSION_DIR;
  if (!existsSync(resolve(ext, 'manifest.json'))) {
    const build = ext === CHROME_E2E_EXTENSION_DIR ? 'npm run build:e2e' : 'npm run build';
    throw new Error(`No built extension at ${ext}: run \`${build}\` first.`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      '--headless=new',
      // A desktop's screen (headless Chromium's own is 800×600): the toolbar popup's bubble then
      // gets the 600 px height a browser gives a popup, not the 510 px left on a small screen.
      '--window-size=1400,1000',
      '--screen-info={1600x1200}',
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
  const watchWorker = (w: Worker) =>
    w.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${w.url()}: ${msg.text()}`);
    });
  watchWorker(worker);
  context.on('serviceworker', watchWorker);
  const network = await guardNetwork(
    context,
    `chrome-extension://${extensionId}`,
    options.network ?? 'block',
  );
  await worker.evaluate(({ key, open }) => chrome.storage.local.set({ [key]: open }), {
    key: READER_ROOT_TEST_KEY,
    open: options.openReaderRoot ?? true,
  });
  const close = async () => {
    await context.close();
    if (network.violations.length) {
      throw new Error(
        `The extension sent requests out of its origin:\n${network.violations.join('\n')}`,
      );
    }
  };
  return { context, extensionId, serviceWorker, errors, network, close };
}

/**
 * Grant the extension `activeTab` on a page the way the browser does when the user clicks the
 * toolbar button: CDP `Extensions.triggerAction` on the page's tab target. (Chromium's keyboard
 * commands cannot be pressed from a test: Playwright's keyboard and CDP `Input.dispatchKeyEvent`
 * deliver keys to the page's renderer only, never to the browser's accelerator table, so
 * Alt+Shift+R typed into a headless page does nothing. The toolbar click grants the same access.)
 *
 * With `withPopup: false` the action's popup is switched off for the click, so the grant happens
 * without the popup reading the page (what a click does on an action without a popup).
 */
export async function grantActiveTab(
  ext: ExtensionBrowser,
  page: Page,
  options: { withPopup?: boolean } = {},
): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('No browser handle to open a CDP session on.');
  const worker = await ext.serviceWorker();
  const withPopup = options.withPopup ?? false;
  if (!withPopup) await worker.evaluate(() => chrome.action.setPopup({ popup: '' }));
  const session = await browser.newBrowserCDPSession();
  try {
    await clickToolbarButton(ext, page, session);
  } finally {
    await session.detach();
    if (!withPopup) await worker.evaluate(() => chrome.action.setPopup({ popup: 'popup.html' }));
  }
}

/** `send` on a browser-level CDP session, for methods Playwright's types do not list. */
export function cdpSender(session: CDPSession) {
  return <T = unknown>(method: string, params: object = {}) =>
    session.send(method as never, params as never) as Promise<T>;
}

/**
 * Click the extension's toolbar button over `page` the way the browser does: CDP
 * `Extensions.triggerAction` on the page's tab target. Resolves with the wall-clock time (ms
 * since the epoch) the click was sent.
 */
export async function clickToolbarButton(
  ext: ExtensionBrowser,
  page: Page,
  session: CDPSession,
): Promise<number> {
  const send = cdpSender(session);
  const { targetInfos } = await send<{ targetInfos: Array<{ targetId: string; url: string }> }>(
    'Target.getTargets',
    { filter: [{ type: 'tab' }] },
  );
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  const clickedAt = Date.now();
  await send('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
  return clickedAt;
}

/** The browser's tab id of a page (its URL must be readable: call after `grantActiveTab`). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const worker = await ext.serviceWorker();
  const id = await worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    page.url(),
  );
  if (id === undefined) throw new Error(`No tab found for ${page.url()} (activeTab not granted?)`);
  return id;
}

/**
 * Fire the extension's keyboard command for a tab, after the grant a key press would give:
 * the service worker's `commands.onCommand` listeners receive exactly what the browser sends
 * them (command name and the active tab). See `grantActiveTab` for why no key is pressed.
 */
export async function runCommand(
  ext: ExtensionBrowser,
  page: Page,
  command = 'toggle-reader',
): Promise<void> {
  await page.bringToFront();
  await grantActiveTab(ext, page);
  const tabId = await tabIdOf(ext, page);
  const worker = await ext.serviceWorker();
  await worker.evaluate(
    async ({ command, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      chrome.commands.onCommand.dispatch(command, tab);
    },
    { command, tabId },
  );
}

/**
 * Stop the extension's service worker, as the browser does when it idles it out (CDP
 * `ServiceWorker.stopWorker`). The next event or message starts a fresh one.
 */
export async function stopServiceWorker(
  ext: ExtensionBrowser,
  fromPage: Page,
  options: {
    /** Wait until it reports stopped (default). Off when a message is due to wake it at once. */
    waitStopped?: boolean;
  } = {},
): Promise<void> {
  const session = await ext.context.newCDPSession(fromPage);
  const versions = new Map<string, string>();
  const waitUntil = async (done: () => boolean, what: string) => {
    for (const start = Date.now(); !done();) {
      if (Date.now() - start > 10_000) throw new Error(`Timed out: ${what}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  };
  try {
    session.on(
      'ServiceWorker.workerVersionUpdated' as never,
      ((event: {
        versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }>;
      }) => {
        for (const v of event.versions) {
          if (v.scriptURL.includes(ext.extensionId)) versions.set(v.versionId, v.runningStatus);
        }
      }) as never,
    );
    await session.send('ServiceWorker.enable' as never);
    await waitUntil(() => versions.size > 0, 'the worker to be listed');
    for (const versionId of versions.keys()) {
      await session.send('ServiceWorker.stopWorker' as never, { versionId } as never);
    }
    if (options.waitStopped ?? true) {
      await waitUntil(
        () => [...versions.values()].every((s) => s === 'stopped'),
        'the worker to stop',
      );
    }
  } finally {
    await session.detach();
  }
}
