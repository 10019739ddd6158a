/**
 * The protocol of `utils/messaging.ts`, sent without its libraries: for the automatic clean view
 * detector, which runs at the start of every page of a chosen site and must stay under 5 KB (the
 * webextension polyfill alone weighs 4). Same envelope as `@webext-core/messaging`
 * (`{ id, type, data, timestamp }`, answered `{ res }` or `{ err }`), so the background's
 * `onMessage` handlers answer it, sender checks included; a unit test keeps the two together.
 */
import type { MessageData, MessageReturn, MessageType } from './messaging';

/** The part of `runtime` this needs (Chrome's `chrome.runtime`, Firefox's `browser.runtime`). */
export interface MessageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

function extensionRuntime(): MessageRuntime {
  const g = globalThis as {
    browser?: { runtime?: MessageRuntime };
    chrome?: { runtime?: MessageRuntime };
  };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('No extension runtime in this context.');
  return runtime;
}

let nextId = Math.floor(Math.random() * 1e4);

/** Send a message of the protocol to the background, as `sendMessage` does. */
export async function sendMessageLight<K extends MessageType>(
  type: K,
  data: MessageData<K>,
  runtime: MessageRuntime = extensionRuntime(),
): Promise<MessageReturn<K>> {
  const reply = (await runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as
    { res?: unknown; err?: { message?: string } | null } | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err != null)
    throw new Error(reply.err.message ?? 'The background refused the message.');
  return reply.res as MessageReturn<K>;
}
