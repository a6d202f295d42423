import { browser } from 'wxt/browser';
import type { Reply, RequestOf, RequestType, Responses } from './protocol';

/** The background's answer was an error (as opposed to a lost reply: the message channel closed). */
export class RefusedError extends Error {}

/** Sends a typed request to the background and unwraps its reply; a refused request throws with the reason. */
export async function ask<T extends RequestType>(type: T, input: Omit<RequestOf<T>, 'type'>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage({ type, ...input })) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error(`kashif: no reply to ${type}`);
  if (!reply.ok) throw new RefusedError(`kashif: ${type}: ${reply.error}`);
  return reply.value;
}
