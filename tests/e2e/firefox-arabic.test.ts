import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arabic from '../../public/_locales/ar/messages.json';
import english from '../../public/_locales/en/messages.json';
import { root } from '../harness/browser';
import {
  cardText,
  evaluating,
  launchFirefoxWithExtension,
  openExtensionPage,
  type FirefoxExtensionBrowser,
} from '../harness/firefox';
import { settledHighlights } from '../harness/highlights';
import { cardShown, pointAtPerson } from '../harness/hover';
import { serveNewsSite, type NewsSite } from '../harness/news-site';

/**
 * Firefox ESR whose interface is Arabic (Debian's firefox-esr-l10n-ar), as an Arabic reader installs it: the
 * extension's pages speak Arabic right to left, and so does the card on an Arabic page.
 */
let ff: FirefoxExtensionBrowser;
let site: NewsSite;
const RUGE_ARTICLE = '002_99f211480cc16100';

beforeAll(async () => {
  site = await serveNewsSite(path.join(root, 'seeds'));
  ff = await launchFirefoxWithExtension({ lang: 'ar' });
  // reading the seed article would add its page as a second source of what the seed file says
  const popup = await openExtensionPage(ff, 'popup.html');
  await popup.evaluate(() =>
    (
      globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).browser.runtime.sendMessage({ type: 'setLearning', enabled: false }),
  );
  await popup.close();
}, 120_000);

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

describe('the extension in an Arabic Firefox', () => {
  it("the popup is right to left, in the interface's Arabic words", async () => {
    const popup = await openExtensionPage(ff, 'popup.html');
    const shown = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      direction: getComputedStyle(document.body).direction,
      title: document.getElementById('page-title')!.textContent,
      placeholder: (document.getElementById('query') as HTMLInputElement).placeholder,
      learning: document.getElementById('learning-label')!.textContent,
      manager: document.getElementById('manager')!.textContent,
    }));
    expect(shown).toEqual({
      lang: 'ar',
      direction: 'rtl',
      title: arabic.onThisPage.message,
      placeholder: arabic.searchPlaceholder.message,
      learning: arabic.learnFromPages.message,
      manager: arabic.manager.message,
    });
    expect(arabic.onThisPage.message).not.toBe(english.onThisPage.message);
    await popup.close();
  }, 60_000);

  it('the manager is right to left, in Arabic', async () => {
    const manager = await openExtensionPage(ff, 'options.html');
    const shown = await manager.evaluate(() => ({
      lang: document.documentElement.lang,
      direction: getComputedStyle(document.body).direction,
    }));
    expect(shown).toEqual({ lang: 'ar', direction: 'rtl' });
    await manager.close();
  }, 60_000);

  it('the card on an Arabic page speaks Arabic', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${site.origin}/article/${RUGE_ARTICLE}`);
    await settledHighlights(evaluating(page), 1);
    await pointAtPerson(evaluating(page), page.mouse, 'بوريس روجه');
    await expect.poll(() => cardShown(evaluating(page)), { timeout: 5000 }).toBe(true);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('بوريس روجه');
    const card = await cardText(page);
    expect(card).toContain('شخصية');
    expect(card).toContain('ورد في مقال واحد');
    expect(card).not.toMatch(/Person|Mentioned/u);
    await page.close();
  }, 60_000);

  it('makes no network request', () => {
    expect(ff.trap.requests).toEqual([]);
  });
});
