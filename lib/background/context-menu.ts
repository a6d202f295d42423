import { browser } from 'wxt/browser';
import { t } from '../ui/i18n';

/** The manager's address for a context-menu action (its hash routes: see entrypoints/options/main.ts). */
export function managerUrl(hash: Record<string, string>): string {
  return browser.runtime.getURL(`/options.html#${new URLSearchParams(hash).toString()}`);
}

/** A selection as a name: one line, single spaces, no tatweel, bidi controls or surrounding punctuation. */
export function selectionAsName(selection: string): string {
  return selection
    .replace(/[\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s"'«»()،,.:؛-]+|[\s"'«»()،,.:؛-]+$/gu, '');
}

const MENU = [
  { id: 'add-person', contexts: ['selection'], title: () => t('addAsPerson') },
  { id: 'add-org', contexts: ['selection'], title: () => t('addAsOrg') },
  { id: 'add-alias', contexts: ['selection'], title: () => t('addAsAlias') },
  { id: 'find-names', contexts: ['page'], title: () => t('findOnPage') },
] as const;

export function createContextMenu(): void {
  void browser.contextMenus.removeAll().then(() => {
    for (const item of MENU)
      browser.contextMenus.create({ id: item.id, title: item.title(), contexts: [...item.contexts] });
  });
}

/** The manager page a menu item opens, or undefined for an unknown item. */
export function menuTarget(
  menuItemId: string | number,
  selection: string | undefined,
  tabId: number | undefined,
): string | undefined {
  const name = selectionAsName(selection ?? '');
  if (menuItemId === 'add-person' || menuItemId === 'add-org')
    return managerUrl({ add: menuItemId === 'add-org' ? 'org' : 'person', name });
  if (menuItemId === 'add-alias') return managerUrl({ alias: name });
  if (menuItemId === 'find-names' && tabId !== undefined) return managerUrl({ 'review-tab': String(tabId) });
  return undefined;
}

export function handleContextMenuClicks(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const url = menuTarget(info.menuItemId, info.selectionText, tab?.id);
    if (url) void browser.tabs.create({ url });
  });
}
