import type { CDPSession, Page } from 'playwright-core';
import { cdpSender, clickToolbarButton, type ExtensionBrowser } from './extension';

/** What `Target.getTargets` says of a target. */
interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The real toolbar popup, opened by the real toolbar click: CDP `Extensions.triggerAction` on the
 * page's tab, the browser's own path for a click on the extension's button (it grants `activeTab`
 * and opens the action's popup in its bubble, which is no tab).
 *
 * Playwright does not attach to a popup bubble, so nothing of the test harness runs in it while
 * it loads (a popup opened as a tab gets Playwright's instrumentation and the tab strip's work).
 * The page is reached through the browser's CDP session, attached without flattening: scripts
 * are evaluated with `Target.sendMessageToTarget`.
 */
export class ToolbarPopup {
  private nextId = 0;
  private readonly replies = new Map<number, (message: CdpReply) => void>();

  private constructor(
    private readonly browser: CDPSession,
    private readonly targetId: string,
    private readonly sessionId: string,
    /** Wall-clock time (ms since the epoch) the click was sent. */
    readonly clickedAt: number,
  ) {
    browser.on(
      'Target.receivedMessageFromTarget' as never,
      ((event: { sessionId: string; message: string }) => {
        if (event.sessionId !== this.sessionId) return;
        const message = JSON.parse(event.message) as CdpReply;
        const done = message.id === undefined ? undefined : this.replies.get(message.id);
        if (!done) return;
        this.replies.delete(message.id!);
        done(message);
      }) as never,
    );
  }

  /** Click the toolbar button over `page` (brought to front) and attach to the popup it opens. */
  static async open(ext: ExtensionBrowser, page: Page): Promise<ToolbarPopup> {
    const browser = ext.context.browser();
    if (!browser) throw new Error('No browser handle to open a CDP session on.');
    await page.bringToFront();
    const session = await browser.newBrowserCDPSession();
    const send = cdpSender(session);
    const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
    const clickedAt = await clickToolbarButton(ext, page, session);
    for (let waited = 0; waited < 10_000; waited += 5) {
      const { targetInfos } = await send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
      const popup = targetInfos.find((t) => t.type === 'page' && t.url === popupUrl);
      if (popup) {
        const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', {
          targetId: popup.targetId,
          flatten: false,
        });
        return new ToolbarPopup(session, popup.targetId, sessionId, clickedAt);
      }
      await sleep(5);
    }
    await session.detach();
    throw new Error('The toolbar click opened no popup.');
  }

  /** Send a CDP command to the popup's page; resolves with its result. */
  async call<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    const reply = new Promise<CdpReply>((done) => this.replies.set(id, done));
    await this.browser.send(
      'Target.sendMessageToTarget' as never,
      { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) } as never,
    );
    const answer = await reply;
    if (answer.error) throw new Error(`In the popup (${method}): ${answer.error.message}`);
    return answer.result as T;
  }

  /** Evaluate an expression in the popup; resolves with its value (returned by value). */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.call<CdpReply['result']>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (result?.exceptionDetails) {
      throw new Error(`In the popup: ${JSON.stringify(result.exceptionDetails)}`);
    }
    return result?.result?.value as T;
  }

  /** A PNG of the popup as the browser shows it in its bubble. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.call<{ data: string }>('Page.captureScreenshot', {
      format: 'png',
    });
    return Buffer.from(data, 'base64');
  }

  /** Poll `expression` in the popup until it gives a value other than null (or time runs out). */
  async waitFor<T>(expression: string, timeoutMs = 5000): Promise<T> {
    for (let waited = 0; waited < timeoutMs; waited += 10) {
      const value = await this.evaluate<T | null>(expression);
      if (value !== null && value !== undefined) return value;
      await sleep(10);
    }
    throw new Error(`The popup never gave ${expression}`);
  }

  /** Close the popup as it closes itself, and wait until the browser has closed it. */
  async close(): Promise<void> {
    await this.evaluate('window.close()').catch(() => undefined);
    const send = cdpSender(this.browser);
    for (let waited = 0; waited < 5000; waited += 10) {
      const { targetInfos } = await send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
      if (!targetInfos.some((t) => t.targetId === this.targetId)) break;
      await sleep(10);
    }
    await this.browser.detach();
  }
}

/** A reply of the popup's page to a message sent through `Target.sendMessageToTarget`. */
interface CdpReply {
  id?: number;
  error?: { message: string };
  result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
}
