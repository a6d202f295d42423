import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './browser';
import { openPopupWindow, openSeedArticle } from './fixtures';

const shots = path.join(root, 'docs/screenshots');
beforeAll(() => { fs.mkdirSync(shots, { recursive: true }); });

describe.each([
  { lang: 'ar', dir: 'rtl', onThisPage: 'في هذه الصفحة' },
  { lang: 'en', dir: 'ltr', onThisPage: 'On this page' },
])('the interface in $lang', ({ lang, dir, onThisPage }) => {
  it('lays out the popup and the manager in the browser\'s language (screenshots in docs/screenshots)', async () => {
    const session = await openSeedArticle({ lang });
    const { browser } = session;
    try {
      const popup = await openPopupWindow(browser);
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
      await session.close();
    }
  }, 120_000);
});
