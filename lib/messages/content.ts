import { browser } from 'wxt/browser';
import { BackgroundToContent, ExtensionPageToContent } from './content-protocol';
import type { ContentResponses } from './protocol';

type ToContent = ExtensionPageToContent | BackgroundToContent;
type ToContentOf<T extends ToContent['type']> = Extract<ToContent, { type: T }>;

/** What a content script does with each message it is sent; undefined: not this frame's to answer. */
export type ContentHandlers = {
  [T in ToContent['type']]: (message: ToContentOf<T>) => Promise<ContentResponses[T]> | ContentResponses[T] | undefined;
};

/** A message sent to a content script, validated: the sender must be this extension, the message one of ours. */
export function parseToContent(message: unknown, senderId: string | undefined, selfId: string): ToContent | undefined {
  if (senderId !== selfId) return undefined;
  const page = ExtensionPageToContent.safeParse(message);
  if (page.success) return page.data;
  const background = BackgroundToContent.safeParse(message);
  return background.success ? background.data : undefined;
}

/** The content script's side: anything that is not a valid message of this extension is ignored. */
export function listenInContent(handlers: ContentHandlers): void {
  // the polyfill answers the sender with the promise a listener returns: that promise is the reply, not lost
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    const parsed = parseToContent(message, sender.id, browser.runtime.id);
    if (!parsed) return undefined;
    const reply = (handlers[parsed.type] as (m: ToContent) => unknown)(parsed);
    return reply === undefined ? undefined : Promise.resolve(reply);
  });
}

/** An extension page asks a tab's top frame; a tab without Kashif's content script (the browser's own pages) has no answer. */
export async function askContent<T extends ExtensionPageToContent['type']>(
  tabId: number,
  message: ToContentOf<T>,
): Promise<ContentResponses[T] | undefined> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined)) as
    ContentResponses[T] | undefined;
}

/** The background tells every tab; resolves once every content script has followed it (or has none to answer). */
export async function tellAllContent(message: BackgroundToContent): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}
