import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Node 20 has no global WebSocket; undici (already installed with jsdom) provides the standard one.
import { WebSocket } from 'undici';

/** The built Firefox extension (`npm run build:firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? 'firefox-esr';
/** Our add-on id (wxt.config.ts) and the moz-extension:// host we pin it to. */
export const FIREFOX_ADDON_ID = 'tidings@tidings.example';
export const FIREFOX_EXTENSION_UUID = '3f0c2d1e-7a4b-4c59-9e3a-5b8d6f1a2c47';

/** Whether a Firefox binary is on this machine (the smoke test needs one). */
export function firefoxAvailable(): boolean {
  return spawnSync(FIREFOX_PATH, ['--version'], { stdio: 'ignore' }).status === 0;
}

interface BidiError {
  error: string;
  message: string;
}

/** A minimal WebDriver BiDi client: commands by id, events to listeners. */
export class Bidi {
  private nextId = 1;
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private listeners: Array<(method: string, params: Record<string, unknown>) => void> = [];

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as {
        id?: number;
        type: string;
        result?: unknown;
        method?: string;
        params?: Record<string, unknown>;
      } & Partial<BidiError>;
      if (message.id !== undefined) {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.type === 'error')
          waiter?.fail(new Error(`${message.error}: ${message.message}`));
        else waiter?.ok(message.result);
      } else if (message.method) {
        for (const listener of this.listeners) listener(message.method, message.params ?? {});
      }
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url);
    await new Promise<void>((ok, fail) => {
      socket.addEventListener('open', () => ok());
      socket.addEventListener('error', () => fail(new Error(`Cannot connect to ${url}`)));
    });
    return new Bidi(socket);
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((ok, fail) =>
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail }),
    );
  }

  onEvent(listener: (method: string, params: Record<string, unknown>) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    this.socket.close();
  }
}

/** Headless Firefox ESR with the built extension installed as a temporary add-on. */
export interface FirefoxWithExtension {
  bidi: Bidi;
  /** `moz-extension://<uuid>` of the installed add-on. */
  extensionOrigin: string;
  /** Errors logged in any page or the extension (log.entryAdded, level error). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Start `firefox-esr --headless --remote-debugging-port` on a fresh profile, open a BiDi
 * session and install the extension with `webExtension.install`. The profile pins our add-on's
 * internal UUID so its pages have a known address.
 */
export async function launchFirefoxWithExtension(
  extensionDir = FIREFOX_EXTENSION_DIR,
  extraPrefs: Record<string, string | number | boolean> = {},
): Promise<FirefoxWithExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'tidings-firefox-'));
  const prefs: Record<string, string | number | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({
      [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID,
    }),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.update.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    ...extraPrefs,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child: ChildProcess = spawn(
    FIREFOX_PATH,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port',
      '0',
      // Lets BiDi script the browser window itself (see `FirefoxChrome`): headless Firefox has
      // no way to click the toolbar or press a browser shortcut from a test otherwise.
      '--remote-allow-system-access',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const wsUrl = await new Promise<string>((ok, fail) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start:\n${log}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        ok(match[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${log}`)));
  });
  const bidi = await Bidi.connect(`${wsUrl.replace(/\/$/, '')}/session`);
  await bidi.send('session.new', { capabilities: {} });
  const errors: string[] = [];
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  bidi.onEvent((method, params) => {
    if (method === 'log.entryAdded' && params.level === 'error') {
      errors.push(`${String(params.text)} (${JSON.stringify(params.source ?? {})})`);
    }
  });
  await bidi.send('webExtension.install', {
    extensionData: { type: 'path', path: resolve(extensionDir) },
  });
  return {
    bidi,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    errors,
    close: async () => {
      await bidi.send('session.end').catch(() => undefined);
      bidi.close();
      child.kill('SIGTERM');
      await new Promise((ok) => child.once('exit', ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One tab driven over BiDi. */
export class FirefoxTab {
  constructor(
    readonly bidi: Bidi,
    readonly context: string,
  ) {}

  static async open(bidi: Bidi, url: string): Promise<FirefoxTab> {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', {
      type: 'tab',
    });
    const tab = new FirefoxTab(bidi, context);
    await tab.goto(url);
    return tab;
  }

  async goto(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', {
      context: this.context,
      url,
      wait: 'complete',
    });
  }

  async activate(): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.context });
  }

  /** Evaluate an expression (awaiting promises) in the page's own realm; JSON-able results. */
  async eval<T>(expression: string): Promise<T> {
    const reply = await this.bidi.send<{
      type: string;
      result?: { type: string; value?: unknown };
      exceptionDetails?: { text: string };
    }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: this.context },
      awaitPromise: true,
    });
    if (reply.type === 'exception') throw new Error(reply.exceptionDetails?.text ?? 'exception');
    const value = reply.result?.value;
    return (value === undefined ? undefined : JSON.parse(String(value))) as T;
  }

  /** Poll an expression until it is truthy. */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.eval<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${expression}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  /**
   * Click the element an expression gives, as a user does: a trusted click at its centre through
   * BiDi input actions (what `permissions.request` needs; a script's `click()` is refused).
   */
  async click(elementExpression: string): Promise<void> {
    await this.activate();
    const box = await this.eval<{ x: number; y: number } | null>(`(() => {
      const el = ${elementExpression};
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
    })()`);
    if (!box) throw new Error(`Nothing to click: ${elementExpression}`);
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: box.x, y: box.y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  async reload(): Promise<void> {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  /** Press keys in the page through BiDi input actions (e.g. ['Escape']); page-level only. */
  async press(keys: string[]): Promise<void> {
    const map: Record<string, string> = {
      Alt: '\uE00A',
      Shift: '\uE008',
      Control: '\uE009',
      Escape: '\uE00C',
    };
    const values = keys.map((k) => map[k] ?? k);
    await this.bidi.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            ...values.map((value) => ({ type: 'keyDown', value })),
            ...values.reverse().map((value) => ({ type: 'keyUp', value })),
          ],
        },
      ],
    });
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.context }).catch(() => undefined);
  }
}

/**
 * The browser window itself (chrome scope; needs `--remote-allow-system-access`). Used for what
 * a user does outside the page: pressing the extension's shortcut, opening an extension page.
 */
export class FirefoxChrome {
  private constructor(
    readonly bidi: Bidi,
    readonly context: string,
  ) {}

  static async attach(bidi: Bidi): Promise<FirefoxChrome> {
    const tree = await bidi.send<{ contexts: Array<{ context: string; url: string }> }>(
      'browsingContext.getTree',
      { 'moz:scope': 'chrome' },
    );
    const main = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!main) throw new Error('No browser window found');
    return new FirefoxChrome(bidi, main.context);
  }

  async eval<T>(expression: string): Promise<T> {
    const reply = await this.bidi.send<{
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: this.context },
      awaitPromise: true,
    });
    if (reply.type === 'exception') throw new Error(reply.exceptionDetails?.text ?? 'exception');
    const value = reply.result?.value;
    return (value === undefined ? undefined : JSON.parse(String(value))) as T;
  }

  /**
   * Press a key chord in the browser window the way a keyboard does: nsITextInputProcessor (what
   * Firefox's own tests use) sends native-like key events that go through the window's
   * shortcuts, so the extension's command fires and grants activeTab. BiDi `input.performActions`
   * does not reach the browser's shortcuts: it dispatches in the page only.
   */
  async pressChord(keys: Array<{ key: string; code: string; keyCode: string }>): Promise<void> {
    const events = JSON.stringify(keys);
    await this.eval(`(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
      const events = ${events}.map((k) => new KeyboardEvent('', { key: k.key, code: k.code, keyCode: KeyboardEvent[k.keyCode] }));
      for (const e of events) tip.keydown(e);
      for (const e of [...events].reverse()) tip.keyup(e);
      return true;
    })()`);
  }

  /** Alt+Shift+R, the extension's clean view shortcut. */
  async pressCleanViewShortcut(): Promise<void> {
    await this.pressChord([
      { key: 'Alt', code: 'AltLeft', keyCode: 'DOM_VK_ALT' },
      { key: 'Shift', code: 'ShiftLeft', keyCode: 'DOM_VK_SHIFT' },
      { key: 'R', code: 'KeyR', keyCode: 'DOM_VK_R' },
    ]);
  }

  /**
   * Open an extension page in a background tab (BiDi refuses to navigate to moz-extension:
   * URLs) and return it once loaded.
   */
  async openExtensionTab(url: string): Promise<FirefoxTab> {
    await this.eval(`(() => {
      gBrowser.addTab(${JSON.stringify(url)}, {
        triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
        inBackground: true,
      });
      return true;
    })()`);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const tree = await this.bidi.send<{ contexts: Array<{ context: string; url: string }> }>(
        'browsingContext.getTree',
        {},
      );
      const found = tree.contexts.find((c) => c.url === url);
      if (found) {
        const tab = new FirefoxTab(this.bidi, found.context);
        await tab.waitFor('document.readyState === "complete"');
        return tab;
      }
      if (Date.now() > deadline) throw new Error(`Extension page did not open: ${url}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
}
