import type { MessageName, RequestOf } from './contract';

/**
 * The envelope every contract message travels in. Apart from the contract's schemas so
 * that the side panel can ask for its first reading before zod is loaded (the answer is
 * still checked with the contract).
 */
export function envelope<N extends MessageName>(name: N, payload: RequestOf<N>) {
  return { criba: 1 as const, name, payload };
}
