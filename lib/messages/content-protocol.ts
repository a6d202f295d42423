import { z } from 'zod/mini';

/*
 * The two protocols a content script receives (see protocol.ts), in zod's small build: these schemas are all the
 * content script bundles of zod (the full build would triple the script that every page loads).
 */

/** What the background tells every tab's content script: follow a change of the dictionary or of the settings. */
export const BackgroundToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dictionaryChanged'), revision: z.int() }),
  z.object({ type: z.literal('settingsChanged') }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;

/** What the extension's pages (popup, manager) ask a tab's content script; the top frame answers. */
export const ExtensionPageToContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pageMentions') }),
  z.object({ type: z.literal('reveal'), id: z.string(), index: z.int() }),
  z.object({ type: z.literal('pageText') }),
]);
export type ExtensionPageToContent = z.infer<typeof ExtensionPageToContent>;
