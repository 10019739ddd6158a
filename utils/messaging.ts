/**
 * The one message protocol of Tidings: every message, who sends it, what it carries and returns.
 * Function syntax, one data object per message, verb-first names, grouped by route. Carried by
 * `@webext-core/messaging` (on the webextension polyfill); handlers that act for a page or a
 * reader check who sent the message.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import type { ArticleContent, AutoCleanMode, PageState, PageText, Reading } from './model';

/** One file of the bundled reading face. */
export interface ReaderFontFile {
  style: 'normal' | 'italic';
  /** The woff2 file, base64. */
  base64: string;
}

/** An action that either worked or says why not, in words for the reader. */
export type ActionResult = { ok: true } | { ok: false; error: string };

export interface ProtocolMap {
  // popup → background
  /** The tab's reading (extracted and analysed once per page, then kept), or why there is none. */
  getPageState(data: { tabId: number }): PageState;
  /** Show the reader view in the tab (also for non-articles, on the reader's request). */
  openCleanView(data: { tabId: number; force?: boolean }): ActionResult;
  /** Save (or unsave) the tab's article in the library. */
  saveArticle(data: {
    tabId: number;
    saved: boolean;
  }): { ok: true; saved: boolean } | { ok: false; error: string };
  /** Highlight an entity's mentions in the tab's reader view (opens it if closed). */
  highlightEntity(data: { tabId: number; names: string[] }): { ok: boolean };

  // content (reader view) → background
  /** The reading of the sender's tab, for the reader's entity chips (`force`: clean view anyway). */
  getReading(data: { force?: boolean }): Reading;
  /** The reader view showed the article: record it in history (its content is what is kept). */
  /** `readId`: one per opening of the reader, so a retried read is counted once. */
  recordRead(data: { content: ArticleContent; readId: string }): { saved: boolean };
  /** Save / unsave the article shown in the reader view. */
  setSaved(data: { saved: boolean; content: ArticleContent }): { saved: boolean };
  /** The page changed under the content script (a history-API navigation): its reading is stale. */
  pageChanged(data: { url: string }): void;
  /** The bundled reading face, as bytes (base64): the page never sees an extension URL. */
  getReaderFont(data: Record<string, never>): ReaderFontFile[];
  /**
   * The reader left a clean view that opened by itself (Show original, Escape, close): the page
   * at `url` stays original in this tab, reloads included.
   */
  keepOriginal(data: { url: string }): void;
  /** "Stop on this site", from the bar of a clean view that opened by itself. */
  stopAutoClean(data: { url: string }): void;

  // content (automatic clean view detector) → background
  /**
   * How clean view opens by itself on the sender's page (`mode` null: it does not), and whether
   * the reader went back to this page's original in this tab.
   */
  getAutoCleanState(data: { url: string }): { mode: AutoCleanMode | null; original: boolean };
  /** The detector found an article: open the reader view on it, with the automatic bar. */
  openAutoCleanView(data: { url: string }): { open: boolean };

  // background → content
  /** The page's text for the analysis, from the page's one extraction (on an inert copy). */
  readPage(data: { force?: boolean }): PageText;
  /** The clean article's HTML and text, from the same extraction (for Save from the popup). */
  getArticleContent(data: { force?: boolean }): ArticleContent | null;
  /**
   * Open, close or toggle the reader view; `reading` when the worker already has it; `auto` when
   * it opens by itself (it then shows the bar with "Show original" and "Stop on this site").
   */
  showReader(data: {
    open?: boolean;
    force?: boolean;
    reading?: Reading;
    auto?: { site: string };
  }): {
    open: boolean;
    isArticle: boolean;
    /** Why the reader did not open on this page (frames, a PDF, a tree too deep…). */
    reason?: string;
  };
  /** Highlight these surface forms in the reader view. */
  highlightMentions(data: { names: string[] }): { count: number };
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type MessageReturn<K extends MessageType> = ReturnType<ProtocolMap[K]>;

const messenger = defineExtensionMessaging<ProtocolMap>();

/** Send a message to the background (no `tabId`) or to a tab's top-frame content script. */
export function sendMessage<K extends MessageType>(
  type: K,
  data: MessageData<K>,
  tabId?: number,
): Promise<MessageReturn<K>> {
  return (
    tabId === undefined
      ? messenger.sendMessage(type, data as never)
      : messenger.sendMessage(type, data as never, { tabId, frameId: 0 })
  ) as Promise<MessageReturn<K>>;
}

export type Sender = Browser.runtime.MessageSender;
export type Handler<K extends MessageType> = (
  data: MessageData<K>,
  sender: Sender,
) => MessageReturn<K> | Promise<MessageReturn<K>>;

/**
 * Who may send a message. `extension-page` = our own popup/options (sender URL under our
 * extension origin); `content` = our content script in a tab (sender has a tab and is our
 * extension id, not one of our pages); `background` = our worker, as the content script sees it.
 */
export type SenderKind = 'extension-page' | 'content' | 'background';

/** True when the sender is part of this extension, of the kind given. */
export function isTrustedSender(sender: Sender, kind: SenderKind): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const ownOrigin = browser.runtime.getURL('/');
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (kind === 'extension-page') return fromOwnPage;
  if (kind === 'content') return !fromOwnPage && sender.tab?.id !== undefined;
  // Messages to a content script come from the worker (or our pages): never from a tab.
  return sender.tab === undefined || fromOwnPage;
}

/**
 * Register the handler for one message type (one per type in each context). Returns a function
 * that removes it. A message from any other kind of sender than `from` is refused.
 */
export function onMessage<K extends MessageType>(
  type: K,
  handler: Handler<K>,
  from: SenderKind,
): () => void {
  return messenger.onMessage(type, (message) => {
    if (!isTrustedSender(message.sender, from)) {
      throw new Error(`Message "${type}" refused from this sender.`);
    }
    return handler(message.data as MessageData<K>, message.sender) as never;
  });
}
