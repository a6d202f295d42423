import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveNewsSite, type NewsSite } from '../harness/news-site';
import { annotate } from '../harness/annotate';
import { root } from '../harness/browser';
import {
  cardText,
  evaluating,
  launchFirefoxWithExtension,
  openExtensionPage,
  type FirefoxExtensionBrowser,
} from '../harness/firefox';
import { highlightsIn, settledHighlights } from '../harness/highlights';
import { cardShown, pointAtPerson } from '../harness/hover';

/** The Firefox build in Debian's Firefox ESR: the core of what the Chromium tests check. */
let ff: FirefoxExtensionBrowser;
let site: NewsSite;
/** a host that cannot exist: a request to it shows that the trap sees what tries to leave */
const CANARY = 'kashif-network-check.invalid';

beforeAll(async () => {
  site = await serveNewsSite(path.join(root, 'seeds'));
  ff = await launchFirefoxWithExtension();
}, 120_000);

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

async function openArticle(id: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(`${site.origin}/article/${id}`);
  return page;
}

describe('the extension in Firefox', () => {
  it('runs in Firefox ESR', async () => {
    expect(await ff.browser.version()).toMatch(/^firefox\/\d+/u);
  });

  it('highlights exactly what kashif annotate finds, on every seed article', async () => {
    for (const id of site.ids) {
      const page = await openArticle(id);
      const expected = annotate(site.texts.get(id)!);
      await settledHighlights(evaluating(page), expected.length ? 1 : 0);
      // the article element's text starts with the newline after <article>: offsets are one more than the file's
      const found = (await highlightsIn(evaluating(page), '#article')).map((m) => ({
        ...m,
        start: m.start - 1,
        end: m.end - 1,
      }));
      expect(found, id).toEqual(expected);
      await page.close();
    }
  }, 180_000);

  it('shows a card with name and role on hover, and closes it on Escape', async () => {
    const page = await openArticle('003_61b9580f4d7e862c');
    await settledHighlights(evaluating(page), 1);
    await pointAtPerson(evaluating(page), page.mouse, 'لافروف');
    await expect.poll(() => cardShown(evaluating(page)), { timeout: 5000 }).toBe(true);
    const shown = await cardText(page);
    expect(shown).toContain('سيرغي لافروف');
    expect(shown).toContain('وزير الخارجية');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(evaluating(page)), { timeout: 3000 }).toBe(false);
    await page.close();
  }, 60_000);

  it('the popup finds entities by surname, Latin alias and unseen spelling', async () => {
    const popup = await openExtensionPage(ff, 'popup.html');
    const firstResult = async (query: string) => {
      await popup.$eval('#query', (input) => {
        (input as HTMLInputElement).value = '';
      });
      await popup.type('#query', query);
      // the list shows the answer to the last query typed
      await expect
        .poll(() => popup.$$eval('#results [role=option] .name', (names) => names[0]?.textContent ?? null), {
          timeout: 5000,
        })
        .not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 150));
      return popup.$$eval('#results [role=option] .name', (names) => names[0]?.textContent ?? null);
    };
    expect(await firstResult('لعمامرة')).toBe('رمطان لعمامرة');
    expect(await firstResult('Lamamra')).toBe('رمطان لعمامرة');
    expect(await firstResult('غوتيرس')).toBe('أنطونيو غوتيريش');
    await popup.close();
  }, 60_000);

  it('makes no network request: nothing but the test server is asked for anything', async () => {
    // the trap is live: a page's request to another host reaches it
    const page = await openArticle(site.ids[0]!);
    await page.evaluate((url) => fetch(url).catch(() => undefined), `http://${CANARY}/`);
    await expect.poll(() => ff.trap.requests.some((r) => r.includes(CANARY)), { timeout: 5000 }).toBe(true);
    await page.close();
    expect(ff.trap.requests.filter((r) => !r.includes(CANARY))).toEqual([]);
  });
});
