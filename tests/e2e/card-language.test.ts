import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomNode } from '../harness/card';
import { openPopupWindow, openSeedArticle, type SeedSession } from '../harness/fixtures';

/**
 * The hover card as a reader of an Arabic page sees it, in a browser whose interface is English: its words follow
 * the page (or the reader's choice in the popup), its articles go by title, and it sits next to its mention.
 */
const RUGE_ARTICLE = '002_99f211480cc16100';
const RUGE = 'بوريس روجه';
let session: SeedSession;

beforeAll(async () => {
  session = await openSeedArticle({ lang: 'en', id: RUGE_ARTICLE });
}, 60_000);
afterAll(async () => {
  await session?.close();
});

describe('the hover card on an Arabic page in an English browser', () => {
  it('speaks Arabic and names the article by its title, not its id', async () => {
    const { article } = session;
    await hover(article, RUGE);
    const card = await cardBox(article);
    expect(card.text).toContain(RUGE);
    expect(card.text).toContain('شخصية');
    expect(card.text).toContain('ورد في مقال واحد');
    expect(card.text).toContain('مساعد الأمين العام لحلف الناتو يلتقي');
    expect(card.text).not.toMatch(/99f211480cc16100|Person|Mentioned/);
  }, 60_000);

  it('sits next to its mention, wherever the last card was', async () => {
    const { article } = session;
    // first a card near the left edge, then the one measured: a card measured where the last one sat came out taller
    // than where it landed, and floated above its mention
    for (const name of [
      'حلف شمال الأطلسي',
      RUGE,
      'اللجنة الدولية للصليب الأحمر',
      RUGE,
      'مركز جنيف للسياسات الأمنية',
      RUGE,
    ]) {
      const mention = await hover(article, name);
      const card = await cardBox(article);
      const gapAbove = mention.top - card.bottom;
      const gapBelow = card.top - mention.bottom;
      expect(
        Math.min(Math.abs(gapAbove), Math.abs(gapBelow)),
        `${name}: card ${JSON.stringify(card.rect)} mention ${JSON.stringify(mention)}`,
      ).toBeLessThanOrEqual(10);
      expect(card.rect.left).toBeLessThan(mention.right);
      expect(card.rect.right).toBeGreaterThan(mention.left);
    }
  }, 90_000);

  it('speaks the language the reader chooses in the popup', async () => {
    const { article, browser } = session;
    const popup = await openPopupWindow(browser);
    const select = popup.locator('#card-language');
    // the options come with the settings, after the popup has asked the page
    await expect.poll(() => select.inputValue(), { timeout: 5000 }).toBe('auto');
    expect(await popup.locator('label.choice').textContent()).toContain('Card language');
    await select.selectOption('en');
    await expect
      .poll(
        async () => {
          await hover(article, RUGE);
          return (await cardBox(article)).text;
        },
        { timeout: 10_000 },
      )
      .toContain('Mentioned in 1 article');
    const english = (await cardBox(article)).text;
    expect(english).toContain('Person');
    expect(english).toContain('مساعد الأمين العام لحلف الناتو يلتقي');
    await select.selectOption('auto');
    await expect
      .poll(
        async () => {
          await hover(article, RUGE);
          return (await cardBox(article)).text;
        },
        { timeout: 10_000 },
      )
      .toContain('ورد في مقال واحد');
    await popup.close();
  }, 60_000);

  it("opens an article's page from the popup when the dictionary knows its address", async () => {
    const { browser, site } = session;
    const popup = await openPopupWindow(browser);
    const page = `${site.origin}/article/${RUGE_ARTICLE}`;
    const reply = await popup.evaluate(
      async ([id, url]) => {
        const exported = (await chrome.runtime.sendMessage({ type: 'exportDictionary' })) as {
          value: { sources: { id: string; url?: string }[] };
        };
        const dictionary = {
          ...exported.value,
          sources: exported.value.sources.map((s) => (s.id === id ? { ...s, url } : s)),
        };
        return chrome.runtime.sendMessage({ type: 'importDictionary', dictionary });
      },
      [RUGE_ARTICLE, page] as const,
    );
    expect(reply).toMatchObject({ ok: true });
    await popup.fill('#query', 'روجه');
    await popup.locator('#results li').first().click();
    const link = popup.locator('#detail .mentions a.source-title');
    expect(await link.getAttribute('href')).toBe(page);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.textContent()).toContain('مساعد الأمين العام لحلف الناتو يلتقي');
    const opened = browser.context.waitForEvent('page');
    await link.click();
    const article = await opened;
    await article.waitForLoadState();
    expect(article.url()).toBe(page);
    await article.close();
    await popup.close();
  }, 60_000);
});

/** Moves the pointer onto the first mention of `name` (after moving off any other) and waits for its card. */
async function hover(page: Page, name: string): Promise<{ left: number; right: number; top: number; bottom: number }> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  const rect = await page.evaluate((text) => {
    const ranges = ['kashif-person', 'kashif-org'].flatMap((h) => [
      ...((CSS.highlights.get(h) as unknown as Set<Range> | undefined) ?? []),
    ]);
    const range = ranges.find((r) => r.toString().includes(text));
    if (!range) throw new Error(`no highlight «${text}»`);
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }, name);
  const x = (rect.left + rect.right) / 2;
  const y = (rect.top + rect.bottom) / 2;
  await page.mouse.move(x, y);
  await page.mouse.move(x + 1, y);
  await expect.poll(async () => (await cardBox(page)).text, { timeout: 5000 }).toContain(name);
  return rect;
}

/**
 * The card's panel box and text. Its shadow root is closed to the page: the DevTools protocol pierces it.
 */
async function cardBox(page: Page): Promise<{
  text: string;
  rect: { left: number; right: number; top: number; bottom: number };
  top: number;
  bottom: number;
}> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    let panel: DomNode | undefined;
    let hidden = false;
    const texts: string[] = [];
    const visit = (n: DomNode, inCard: boolean) => {
      const isHost = n.nodeName.toLowerCase() === 'kashif-card';
      if (isHost) hidden = (n.attributes ?? []).some((a) => /display:\s*none/.test(a));
      const here = inCard || isHost;
      if (
        here &&
        !panel &&
        n.attributes?.[n.attributes.indexOf('class') + 1] === 'card' &&
        n.attributes.includes('class')
      )
        panel = n;
      if (here && n.nodeName === '#text' && n.nodeValue) texts.push(n.nodeValue);
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])])
        if (c.nodeName.toLowerCase() !== 'style') visit(c, here);
    };
    visit(root as DomNode, false);
    if (!panel || hidden) return { text: '', rect: { left: 0, right: 0, top: 0, bottom: 0 }, top: 0, bottom: 0 };
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: panel.nodeId });
    const xs = model.border.filter((_, k) => k % 2 === 0);
    const ys = model.border.filter((_, k) => k % 2 === 1);
    const rect = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    return { text: texts.join(' '), rect, top: rect.top, bottom: rect.bottom };
  } finally {
    await cdp.detach();
  }
}
