import { browser } from 'wxt/browser';
import {
  EXTENSION_PAGES_ONLY,
  Request,
  type Reply,
  type RequestOf,
  type RequestType,
  type Responses,
} from './protocol';

/** Who sent a message: the fields of runtime.onMessage's sender that the background reads. */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** One handler per request type: what the background does (lib/background/dictionary-service) */
export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, sender: MessageSender) => Promise<Responses[T]> | Responses[T];
};

/** This extension, as a sender is compared with it. */
export interface Self {
  id: string;
  /** the origin of the extension's own pages: chrome-extension://<id> or moz-extension://<uuid> */
  origin: string;
}

/**
 * Whether a sender is one of the extension's own pages (popup, manager, also when open in a tab). A content script's
 * sender has the page it runs in as its url (and a tab), never the extension's origin.
 */
export function isExtensionPage(sender: MessageSender, self: Self): boolean {
  // by prefix up to the first slash of the path: URL.origin is "null" for these schemes outside the browser
  return sender.id === self.id && sender.url !== undefined && sender.url.startsWith(`${self.origin}/`);
}

/**
 * The request a message is, or why it is refused: a message from elsewhere, one that does not match the protocol,
 * or a request that changes or reveals the whole dictionary from anything but the extension's own pages.
 */
export function admit(message: unknown, sender: MessageSender, self: Self): { request: Request } | { refused: string } {
  if (sender.id !== self.id) return { refused: 'refused: not from this extension' };
  const parsed = Request.safeParse(message);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { refused: `bad request: ${issue.path.join('.') || '(message)'}: ${issue.message}` };
  }
  if (EXTENSION_PAGES_ONLY.has(parsed.data.type) && !isExtensionPage(sender, self)) {
    return { refused: `refused: ${parsed.data.type} is accepted only from the extension's own pages` };
  }
  return { request: parsed.data };
}

/** Runs the handler of an admitted request; errors travel back as data (see Reply). */
export async function handle(handlers: Handlers, request: Request, sender: MessageSender): Promise<Reply<unknown>> {
  const handler = handlers[request.type] as (r: Request, s: MessageSender) => unknown;
  try {
    return { ok: true, value: (await handler(request, sender)) ?? null };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Serves typed requests: a refused message is answered with the reason and changes nothing. */
export function serve(handlers: Handlers): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/u, '') };
  // the polyfill answers the sender with the promise a listener returns: that promise is the reply, not lost
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    const admitted = admit(message, sender, self);
    if ('refused' in admitted) return Promise.resolve<Reply<never>>({ ok: false, error: admitted.refused });
    return handle(handlers, admitted.request, sender);
  });
}
