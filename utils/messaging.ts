/**
 * The one message protocol of Tidings: every message, who sends it, what it carries and returns.
 * Function syntax, one data object per message, verb-first names, grouped by route.
 *
 * Built on `browser.runtime` / `browser.tabs` messaging (webextension-polyfill) with a thin typed
 * layer, so tests can drive it with WXT's `fakeBrowser`.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Article, ExtractResult } from './extract/types';
import type { Analysis } from './nlp/types';

/** What the popup shows for a tab. */
export type PageState =
  /** A page where extensions cannot run (browser pages, the web store, PDFs, file: without access). */
  | { kind: 'restricted'; url: string; reason: string }
  /** Readable, but not an article: the popup says so and still offers clean view. */
  | { kind: 'not-article'; url: string; title: string; reason: string }
  | {
      kind: 'article';
      article: ArticleInfo;
      analysis: Analysis;
      /** Saved in the library (kept, never pruned). */
      saved: boolean;
    }
  /** Something failed; `message` is shown as is. */
  | { kind: 'error'; url: string; message: string };

/** The part of an `Article` the popup needs (no HTML crosses to the popup). */
export type ArticleInfo = Pick<
  Article,
  | 'url'
  | 'canonicalUrl'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'publishedTime'
  | 'readingMinutes'
  | 'wordCount'
  | 'lang'
  | 'dir'
>;

export interface ProtocolMap {
  // popup → background
  /** Inject the content script if needed, extract the page and analyse it. */
  getPageState(data: { tabId: number }): PageState;
  /** Show the reader view in the tab (also for non-articles, on the reader's request). */
  openCleanView(data: {
    tabId: number;
    force?: boolean;
  }): { ok: true } | { ok: false; error: string };
  /** Record the tab's article in the library as saved (or unsaved). */
  saveArticle(data: {
    tabId: number;
    saved: boolean;
  }): { ok: true; saved: boolean } | { ok: false; error: string };
  /** Highlight an entity's mentions in the tab's reader view (opens it if closed). */
  highlightEntity(data: { tabId: number; names: string[] }): { ok: boolean };

  // content (reader view) → background
  /** The reader view opened on an article: analyse it and record it in history. */
  readerOpened(data: { article: Article }): { analysis: Analysis; saved: boolean };
  /** Save / unsave the article shown in the reader view. */
  setSaved(data: { article: Article; saved: boolean }): { saved: boolean };

  // background → content
  /** Extract the live page (on a clone; the page is not changed). */
  extractPage(data: { force?: boolean }): ExtractResult;
  /** Open, close or toggle the reader view. `open` undefined toggles. */
  showReader(data: { open?: boolean; force?: boolean }): { open: boolean; isArticle: boolean };
  /** Highlight these surface forms in the reader view. */
  highlightMentions(data: { names: string[] }): { count: number };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type MessageReturn<K extends MessageType> = ReturnType<ProtocolMap[K]>;

interface Envelope<K extends MessageType = MessageType> {
  tidings: 1;
  type: K;
  data: MessageData<K>;
}

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { tidings?: unknown }).tidings === 1 &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

async function unwrap<T>(reply: unknown): Promise<T> {
  if (reply === undefined) throw new Error('No handler answered the message.');
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Send a message to the background (no `tabId`) or to a tab's content script. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: MessageData<K>,
  tabId?: number,
): Promise<MessageReturn<K>> {
  const envelope: Envelope<K> = { tidings: 1, type, data };
  const reply =
    tabId === undefined
      ? await browser.runtime.sendMessage(envelope)
      : await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 });
  return unwrap<MessageReturn<K>>(reply);
}

export type Sender = Browser.runtime.MessageSender;
export type Handler<K extends MessageType> = (
  data: MessageData<K>,
  sender: Sender,
) => MessageReturn<K> | Promise<MessageReturn<K>>;

/**
 * Who may send a message: handlers that write check it. `extension-page` = our own popup/options
 * (sender URL under our extension origin, no tab or our own tab); `content` = our content script
 * in a tab (sender has a tab and is our extension id).
 */
export type SenderKind = 'extension-page' | 'content' | 'any-own';

/** True when the sender is part of this extension, of the kind given. */
export function isTrustedSender(sender: Sender, kind: SenderKind): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const ownOrigin = browser.runtime.getURL('/');
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (kind === 'extension-page') return fromOwnPage;
  if (kind === 'content') return !fromOwnPage && sender.tab?.id !== undefined;
  return true;
}

/**
 * Register the handler for one message type. Returns a function that removes it.
 * `from` rejects messages from any other kind of sender.
 */
export function onMessage<K extends MessageType>(
  type: K,
  handler: Handler<K>,
  from: SenderKind = 'any-own',
): () => void {
  const listener = (
    message: unknown,
    sender: Sender,
  ): Promise<Reply<MessageReturn<K>>> | undefined => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    if (!isTrustedSender(sender, from)) {
      return Promise.resolve({ ok: false, error: `Message "${type}" refused from this sender.` });
    }
    return Promise.resolve()
      .then(() => handler(message.data as MessageData<K>, sender))
      .then(
        (value): Reply<MessageReturn<K>> => ({ ok: true, value }),
        (error: unknown): Reply<MessageReturn<K>> => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
