import { parseRequest, type MessageName, type RequestOf, type ResponseOf } from './contract';
import { classifySender, speaksForOwnPage, type SelfIdentity, type Sender } from './sender';

type Trusted = Exclude<Sender, { role: 'untrusted' }>;
type Reader = Extract<Sender, { role: 'reader' }>;

/** One handler per message; `void` when the message needs no answer. */
export type Handlers = {
  [N in MessageName]?: (payload: RequestOf<N>, from: Trusted) => Promise<ResponseOf<N>> | void;
};

/**
 * What a reader (or anything in its page's renderer) may send, each only about its own
 * tab. Every other message is privileged: only Criba's own pages may send it.
 */
const FROM_READERS: { [N in MessageName]?: (payload: RequestOf<N>, from: Reader) => boolean } = {
  'page-changed': (payload, from) => speaksForOwnPage(from, payload.url),
};

function allowed<N extends MessageName>(name: N, payload: RequestOf<N>, from: Sender): boolean {
  if (from.role === 'extension') return true;
  if (from.role === 'untrusted') return false;
  const scope = FROM_READERS[name] as ((p: RequestOf<N>, f: Reader) => boolean) | undefined;
  return !!scope && scope(payload, from);
}

/**
 * A `runtime.onMessage` listener that dispatches contract messages to `handlers`. It
 * answers nothing (returns undefined) to what is not a well-formed contract message, has
 * no handler here, or comes from a sender not allowed to send it; a handler's failure
 * becomes no answer rather than an error in the sender.
 */
export function handle(
  handlers: Handlers,
  self: SelfIdentity,
): (message: unknown, sender: unknown) => Promise<unknown> | undefined {
  return (message, sender) => {
    const req = parseRequest(message);
    if (!req) return undefined;
    const run = handlers[req.name] as
      ((payload: unknown, from: Trusted) => Promise<unknown> | void) | undefined;
    if (!run) return undefined;
    const from = classifySender(sender, self);
    if (from.role === 'untrusted' || !allowed(req.name, req.payload, from)) return undefined;
    try {
      return run(req.payload, from)?.catch(() => undefined);
    } catch {
      return undefined;
    }
  };
}
