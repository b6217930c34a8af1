import { browser } from 'wxt/browser';
import {
  envelope,
  parseResponse,
  type MessageName,
  type RequestOf,
  type ResponseOf,
} from '../lib/messaging/contract';
import { handle, type Handlers } from '../lib/messaging/handle';
import { originOf, type SelfIdentity } from '../lib/messaging/sender';

/** This extension's id and page origin, which `handle` checks senders against. */
export function selfIdentity(): SelfIdentity {
  return { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) ?? '' };
}

/**
 * Registers contract handlers on `runtime.onMessage` for this context (background or an
 * extension page); each message is checked for shape and sender first. Returns the
 * unsubscribe.
 */
export function listen(handlers: Handlers): () => void {
  const listener = handle(handlers, selfIdentity());
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends a contract message to the extension's other contexts; null when the answer is not valid. */
export async function send<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N> | null> {
  const raw: unknown = await browser.runtime.sendMessage(envelope(name, payload));
  return parseResponse(name, raw);
}
