import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../harness/browser';
import { openPopupWindow, openSeedArticle, type SeedSession } from '../harness/fixtures';
import { highlightsIn } from '../harness/highlights';

let session: SeedSession;
let browser: ExtensionBrowser;
let article: Page;
let popup: Page;

async function firstResult(query: string): Promise<string> {
  await popup.fill('#query', query);
  await expect
    .poll(
      () =>
        popup
          .locator('#results [role=option] .name')
          .first()
          .textContent()
          .catch(() => null),
      { timeout: 5000 },
    )
    .not.toBeNull();
  // the list shows the answer to the last query typed
  await popup.waitForTimeout(150);
  return (await popup.locator('#results [role=option] .name').first().textContent()) ?? '';
}

beforeAll(async () => {
  session = await openSeedArticle();
  ({ browser, article } = session);
  popup = await openPopupWindow(browser);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('the popup', () => {
  it('finds entities by surname, Latin alias, unseen spelling, clitics and hamza-less forms', async () => {
    expect(await firstResult('لعمامرة')).toBe('رمطان لعمامرة');
    expect(await firstResult('Lamamra')).toBe('رمطان لعمامرة');
    expect(await firstResult('غوتيرس')).toBe('أنطونيو غوتيريش');
    expect(await firstResult('للناتو')).toBe('حلف شمال الأطلسي');
    expect(await firstResult('مجلس الامن')).toBe('مجلس الأمن');
  });

  it('finds names the corpus writes only in Arabic from their Latin transliteration', async () => {
    expect(await firstResult('Guterres')).toBe('أنطونيو غوتيريش');
    expect(await firstResult('Greenfield')).toBe('ليندا توماس جرينفيلد');
    expect(await firstResult('Boris Ruge')).toBe('بوريس روجه');
  });

  it('opens an entity from the keyboard and shows its role; Escape goes back', async () => {
    await firstResult('لعمامرة');
    await popup.press('#query', 'Enter');
    const detail = popup.locator('#detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    expect(await detail.locator('h2').textContent()).toBe('رمطان لعمامرة');
    expect(await detail.locator('.roles').textContent()).toContain('وزير الخارجية');
    await popup.keyboard.press('Escape');
    await expect.poll(() => detail.isVisible()).toBe(false);
  });

  it('lists the entities of the open page and scrolls to one', async () => {
    await popup.fill('#query', '');
    const names = popup.locator('#page-body .page-list .name');
    await expect.poll(() => names.allTextContents(), { timeout: 5000 }).toContain('رمطان لعمامرة');
    expect(await names.allTextContents()).toContain('جبهة البوليساريو');
    await popup.locator('#page-body li', { hasText: 'جبهة البوليساريو' }).locator('.name').click();
    await expect
      .poll(
        () =>
          article.evaluate(() => {
            const flash = CSS.highlights.get('kashif-flash') as unknown as Set<Range> | undefined;
            return flash ? [...flash].map((r) => r.toString()) : [];
          }),
        { timeout: 5000 },
      )
      .toEqual(['جبهة البوليساريو']);
  });

  it("counts the page's distinct entities on the toolbar badge", async () => {
    const onPage = await popup.locator('#page-body .page-list li').count();
    expect(onPage).toBeGreaterThan(2);
    const badges = await browser.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id! })));
    });
    expect(badges).toContain(String(onPage));
  });

  it('switches Kashif off for the site and back on', async () => {
    const before = (await highlightsIn(article, '#article')).length;
    const listed = await popup.locator('#page-body .page-list li').count();
    expect(listed).toBeGreaterThan(0);
    await popup.locator('#site').uncheck();
    await expect.poll(async () => (await highlightsIn(article, '#article')).length, { timeout: 5000 }).toBe(0);
    // the popup reads the page again once the page has followed the switch (no guessed delay): its list follows
    await expect.poll(() => popup.locator('#page-body .page-list li').count(), { timeout: 5000 }).toBe(0);
    await popup.locator('#site').check();
    await expect.poll(async () => (await highlightsIn(article, '#article')).length, { timeout: 5000 }).toBe(before);
    await expect.poll(() => popup.locator('#page-body .page-list li').count(), { timeout: 5000 }).toBe(listed);
    await popup.locator('#paused').check();
    await expect.poll(async () => (await highlightsIn(article, '#article')).length, { timeout: 5000 }).toBe(0);
    await popup.locator('#paused').uncheck();
    await expect.poll(async () => (await highlightsIn(article, '#article')).length, { timeout: 5000 }).toBe(before);
  });

  it('an entity the reader adds is highlighted on open pages without a reload', async () => {
    expect((await highlightsIn(article, '#article')).map((m) => m.text)).not.toContain('الصحراء الغربية');
    await popup.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'saveEntities',
        entities: [
          { id: 'o-user-1', type: 'org', name: 'الصحراء الغربية', aliases: [], roles: [], mentions: [], related: [] },
        ],
      }),
    );
    await expect
      .poll(async () => (await highlightsIn(article, '#article')).map((m) => m.text), { timeout: 8000 })
      .toContain('الصحراء الغربية');
  });
});
