/** The extension APIs the browser tests call inside the extension's own pages and worker (the tests run in Node). */
declare const chrome: {
  i18n: { getUILanguage(): string };
  windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest(): { version: string } };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};
