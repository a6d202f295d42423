import { browser } from 'wxt/browser';
import type { Reply, Request, Responses } from './protocol';

type Input<T extends Request['type']> = Omit<Extract<Request, { type: T }>, 'type'> & Partial<Pick<Extract<Request, { type: T }>, never>>;

/** Sends a typed request to the background and unwraps its reply; a refused request throws with the reason. */
export async function ask<T extends Request['type']>(type: T, input: Input<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage({ type, ...input })) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error(`kashif: no reply to ${type}`);
  if (!reply.ok) throw new Error(`kashif: ${type}: ${reply.error}`);
  return reply.value;
}
