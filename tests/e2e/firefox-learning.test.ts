import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../harness/browser';
import { cardText, evaluating, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../harness/firefox';
import { allHighlightedTexts, highlightTexts } from '../harness/highlights';
import { cardShown, pointAtHighlight } from '../harness/hover';
import { learningPages, singlePageSite, TALKS_ARTICLE } from '../harness/learning-pages';
import { serveNewsSite, type NewsSite } from '../harness/news-site';

/** Learning as the reader reads in Firefox ESR: the core of what learning.test.ts checks in Chromium. */
let ff: FirefoxExtensionBrowser;
let site: NewsSite;
const spa = singlePageSite();

beforeAll(async () => {
  site = await serveNewsSite(path.join(root, 'seeds'), { ...learningPages(TALKS_ARTICLE), [spa.path]: spa.html });
  ff = await launchFirefoxWithExtension();
}, 120_000);

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

describe('learning from pages in Firefox', () => {
  it("learns the article body's officials, draws them in the new style, and leaves the furniture's names", async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${site.origin}${TALKS_ARTICLE.path}`);
    const onPage = evaluating(page);
    await expect
      .poll(() => highlightTexts(onPage, 'kashif-new'), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(TALKS_ARTICLE.body));
    const everything = (await allHighlightedTexts(onPage)).join(' | ');
    for (const name of TALKS_ARTICLE.furniture) expect(everything).not.toContain(name.split(' ')[1]);
    // its card says it was learned from this page
    await pointAtHighlight(onPage, page.mouse, 'سليم البرقاوي', 'kashif-new');
    await expect.poll(() => cardShown(onPage), { timeout: 5000 }).toBe(true);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain(TALKS_ARTICLE.title);
    await page.close();
  }, 90_000);

  it('learns the article a single-page site swaps in at a new address', async () => {
    const [first, second] = spa.articles;
    const page = await ff.browser.newPage();
    await page.goto(`${site.origin}${spa.path}`);
    const onPage = evaluating(page);
    await expect
      .poll(() => highlightTexts(onPage, 'kashif-new'), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(first!.body));
    await page.evaluate(() =>
      (window as unknown as { __kashifTestNavigate(k: number, how: string): void }).__kashifTestNavigate(1, 'push'),
    );
    await expect
      .poll(() => highlightTexts(onPage, 'kashif-new'), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(second!.body));
    await page.close();
  }, 90_000);

  it('makes no network request', () => {
    expect(ff.trap.requests).toEqual([]);
  });
});
