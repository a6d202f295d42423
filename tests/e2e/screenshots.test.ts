import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveNewsSite, type NewsSite } from '../../scripts/news-site/server';
import { launchWithExtension, root } from './browser';
import { settledHighlights } from './highlights';

/** The extension APIs the test calls inside the extension's own pages. */
declare const chrome: { windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> } };

const shots = path.join(root, 'docs/screenshots');
let site: NewsSite;

beforeAll(async () => {
  site = await serveNewsSite(path.join(root, 'seeds'));
  fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => { await site?.close(); });

describe.each([
  { lang: 'ar', dir: 'rtl', onThisPage: 'في هذه الصفحة' },
  { lang: 'en', dir: 'ltr', onThisPage: 'On this page' },
])('the interface in $lang', ({ lang, dir, onThisPage }) => {
  it('lays out the popup and the manager in the browser\'s language (screenshots in docs/screenshots)', async () => {
    const browser = await launchWithExtension({ lang });
    try {
      const article = await browser.context.newPage();
      await article.goto(`${site.origin}/article/004_d21c788880c47805`);
      await settledHighlights(article, 1);

      const opened = browser.context.waitForEvent('page');
      await browser.worker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 400, height: 640 }), `chrome-extension://${browser.extensionId}/popup.html`);
      const popup = await opened;
      await popup.setViewportSize({ width: 380, height: 560 });
      await popup.locator('#page-body .page-list .name').first().waitFor();
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe(dir);
      expect(await popup.locator('#page-title').textContent()).toBe(onThisPage);
      await popup.screenshot({ path: path.join(shots, `popup-${lang}.png`) });
      await popup.fill('#query', 'لعمام');
      await popup.locator('#results [role=option]').first().waitFor();
      await popup.press('#query', 'Enter');
      await popup.locator('#detail h2').waitFor();
      await popup.screenshot({ path: path.join(shots, `popup-detail-${lang}.png`) });

      const manager = await browser.context.newPage();
      await manager.setViewportSize({ width: 1100, height: 700 });
      await manager.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await manager.locator('.viewport .row').first().click();
      await manager.locator('#side h2').waitFor();
      expect(await manager.evaluate(() => document.documentElement.dir)).toBe(dir);
      await manager.screenshot({ path: path.join(shots, `manager-${lang}.png`) });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
