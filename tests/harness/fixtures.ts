import path from 'node:path';
import type { Page } from 'playwright-core';
import { serveNewsSite, type NewsSite } from './news-site';
import { launchWithExtension, root, type ExtensionBrowser, type LaunchOptions } from './browser';
import { settledHighlights } from './highlights';

export const ALGERIA_UN_ARTICLE = '004_d21c788880c47805';

export interface SeedSession {
  site: NewsSite;
  browser: ExtensionBrowser;
  /** a seed article, open and highlighted */
  article: Page;
  close(): Promise<void>;
}

/**
 * The seed site served, Chromium with the extension, and one seed article open with its highlights in place.
 * Learning from pages is off unless `learning` is set: reading the seed article would add its page as a second
 * source of what the seed file already says, and the tests that use this are about other things (learning.test.ts
 * tests learning).
 */
export async function openSeedArticle(
  options: LaunchOptions & { id?: string; extraPages?: Record<string, string>; learning?: boolean } = {},
): Promise<SeedSession> {
  const site = await serveNewsSite(path.join(root, 'seeds'), options.extraPages);
  const { id: _id, extraPages: _pages, learning = false, ...launch } = options;
  const browser = await launchWithExtension(launch);
  if (!learning) await setLearning(browser, false);
  const article = await browser.context.newPage();
  await article.goto(`${site.origin}/article/${options.id ?? ALGERIA_UN_ARTICLE}`);
  await settledHighlights(article, 1);
  return {
    site,
    browser,
    article,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** Turns learning from pages on or off everywhere, as the popup's switch does. */
export async function setLearning(browser: ExtensionBrowser, enabled: boolean): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.evaluate((on) => chrome.runtime.sendMessage({ type: 'setLearning', enabled: on }), enabled);
  await page.close();
}

/** Opens the popup as a page in a window of its own, so that the article stays the active tab of its window. */
export async function openPopupWindow(browser: ExtensionBrowser): Promise<Page> {
  const opened = browser.context.waitForEvent('page');
  await browser.worker.evaluate(
    (url) => chrome.windows.create({ url, type: 'popup', width: 420, height: 700 }),
    `chrome-extension://${browser.extensionId}/popup.html`,
  );
  const page = await opened;
  await page.waitForLoadState();
  return page;
}
