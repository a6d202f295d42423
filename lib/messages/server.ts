import { browser } from 'wxt/browser';
import { Request, type Reply, type Responses } from './protocol';

/** Who sent a message (the type of the polyfill's runtime.onMessage sender, without importing the polyfill). */
export type MessageSender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

export type Handlers = {
  [T in Request['type']]: (request: Extract<Request, { type: T }>, sender: MessageSender) => Promise<Responses[T]> | Responses[T];
};

/** Only the extension's own pages and content scripts may talk to the background. */
export function isFromThisExtension(sender: MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Serves typed requests: a message from elsewhere, or one that does not match the protocol, is answered with an
 * error and changes nothing.
 */
export function serve(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if (!isFromThisExtension(sender)) return Promise.resolve<Reply<never>>({ ok: false, error: 'refused: not from this extension' });
    const parsed = Request.safeParse(message);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return Promise.resolve<Reply<never>>({ ok: false, error: `bad request: ${issue.path.join('.') || '(message)'}: ${issue.message}` });
    }
    const request = parsed.data;
    const handler = handlers[request.type] as (r: Request, s: MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(request, sender))
      .then((value) => ({ ok: true, value: value ?? null }), (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  });
}
