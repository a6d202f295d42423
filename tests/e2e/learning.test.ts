import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import arabic from '../../public/_locales/ar/messages.json';
import english from '../../public/_locales/en/messages.json';
import { launchWithExtension, root, type ExtensionBrowser } from '../harness/browser';
import { cardInChromium } from '../harness/card';
import { openPopupWindow } from '../harness/fixtures';
import { allHighlightedTexts, highlightTexts, settledHighlights } from '../harness/highlights';
import { cardShown, pointAtHighlight } from '../harness/hover';
import {
  BUDGET_ARTICLE,
  CULTURE_ARTICLE,
  learningPages,
  singlePageSite,
  TALKS_ARTICLE,
  type LearningPage,
} from '../harness/learning-pages';
import { serveNewsSite, type NewsSite } from '../harness/news-site';

/**
 * Learning as the reader reads (issue 14 §1), in Chromium: the article's officials are learned and drawn in the
 * quieter style, the furniture's never; the card says where a name was learned and takes the reader's Keep, Not a
 * name and Edit; the per-site switch stops learning; the manager filters by origin, restores and prunes. The steps
 * build on each other, in one profile, in order.
 */
let browser: ExtensionBrowser;
let site: NewsSite;
let extensionPage: Page;
const spa = singlePageSite();
const requests: Request[] = [];
/** long enough for the content script's idle read (at most 3 s away) and the background's extraction */
const LEARNED_WITHIN_MS = 20_000;

beforeAll(async () => {
  site = await serveNewsSite(path.join(root, 'seeds'), {
    ...learningPages(TALKS_ARTICLE, BUDGET_ARTICLE, CULTURE_ARTICLE),
    [spa.path]: spa.html,
  });
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push(r));
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(learning: LearningPage): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}${learning.path}`);
  return page;
}

/** The names the dictionary search finds for a query, asked of the background as the popup asks it. */
function searchNames(query: string): Promise<string[]> {
  return extensionPage.evaluate(async (q) => {
    const reply = (await chrome.runtime.sendMessage({ type: 'search', query: q, limit: 20 })) as {
      value: { name: string }[];
    };
    return reply.value.map((r) => r.name);
  }, query);
}

async function learnedState(name: string): Promise<string | undefined> {
  const rows = await extensionPage.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'listEntities' })) as {
      value: { name: string; origin: string; learnedState?: string }[];
    };
    return reply.value;
  });
  const row = rows.find((r) => r.name === name);
  return row?.origin === 'learned' ? row.learnedState : row ? `origin ${row.origin}` : undefined;
}

/** The addresses of the pages an entity was found in, as its card lists them. */
function sourceUrls(name: string): Promise<string[]> {
  return extensionPage.evaluate(async (n) => {
    const rows = (await chrome.runtime.sendMessage({ type: 'listEntities' })) as {
      value: { id: string; name: string }[];
    };
    const id = rows.value.find((r) => r.name === n)?.id;
    if (!id) return [];
    const card = (await chrome.runtime.sendMessage({ type: 'card', id })) as {
      value: { sources: { url?: string }[] } | null;
    };
    return (card.value?.sources ?? []).flatMap((s) => (s.url ? [new URL(s.url).pathname] : []));
  }, name);
}

async function openCardOf(page: Page, name: string, highlight = 'kashif-new') {
  await pointAtHighlight(page, page.mouse, name, highlight);
  await expect.poll(() => cardShown(page), { timeout: 5000 }).toBe(true);
  await expect.poll(async () => (await cardInChromium(page)).text, { timeout: 5000 }).toContain(name);
  return cardInChromium(page);
}

/** Clicks a button of the card with the reader's pointer (a trusted click: the card ignores any other). */
async function clickCardButton(page: Page, kind: 'keep' | 'reject' | 'edit', name: string) {
  const card = await openCardOf(page, name);
  const box = card.buttons.get(kind);
  if (!box) throw new Error(`the card of ${name} has no ${kind} button (it shows: ${card.text})`);
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await page.mouse.click(box.x, box.y);
}

describe('learning from the pages the reader reads', () => {
  let talks: Page;

  it("learns the article's officials and draws them in the new style, never the furniture's names", async () => {
    talks = await open(TALKS_ARTICLE);
    await expect
      .poll(() => highlightTexts(talks, 'kashif-new'), { timeout: LEARNED_WITHIN_MS })
      .toEqual(expect.arrayContaining(TALKS_ARTICLE.body));
    // learned names are not drawn as the known ones are
    for (const name of TALKS_ARTICLE.body) {
      expect(await highlightTexts(talks, 'kashif-person')).not.toContain(name);
      expect(await learnedState(name)).toBe('new');
    }
    const everything = (await allHighlightedTexts(talks)).join(' | ');
    for (const name of TALKS_ARTICLE.furniture) {
      expect(everything).not.toContain(name.split(' ')[1]);
      expect(await searchNames(name)).not.toContain(name);
    }
  }, 60_000);

  it("the card says where it was learned and offers Keep, Not a name and Edit, in the page's language", async () => {
    const card = await openCardOf(talks, 'سليم البرقاوي');
    expect(card.text).toContain(TALKS_ARTICLE.title);
    expect(card.text).toContain(arabic.learnedNew.message);
    expect(card.text).toContain('127.0.0.1');
    expect(card.text).toContain('2026');
    expect([...card.buttons.keys()].sort()).toEqual(['edit', 'keep', 'reject']);
    for (const word of [arabic.keepLearned, arabic.rejectLearned, arabic.edit])
      expect(card.text).toContain(word.message);
  }, 60_000);

  it("ignores the page's synthetic clicks on the card's buttons", async () => {
    // the page cannot reach into the card's closed shadow root, but it can click where the buttons are
    const card = await openCardOf(talks, 'منصور الدباغ');
    const box = card.buttons.get('reject')!;
    await talks.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
    }, box);
    await talks.waitForTimeout(1000);
    expect(await learnedState('منصور الدباغ')).toBe('new');
    await talks.keyboard.press('Escape');
  }, 60_000);

  it('Edit opens the manager on the entity', async () => {
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await clickCardButton(talks, 'edit', 'سليم البرقاوي');
    const manager = await opened;
    await manager.waitForLoadState();
    expect(decodeURIComponent(manager.url())).toContain('options.html#entity=');
    await expect.poll(() => manager.locator('#side h2').textContent(), { timeout: 10_000 }).toBe('سليم البرقاوي');
    await manager.close();
    await talks.bringToFront();
  }, 60_000);

  it('Keep confirms a learned name: it is drawn as a known one', async () => {
    await clickCardButton(talks, 'keep', 'سليم البرقاوي');
    await expect.poll(() => learnedState('سليم البرقاوي'), { timeout: 10_000 }).toBe('confirmed');
    await expect.poll(() => highlightTexts(talks, 'kashif-person'), { timeout: 10_000 }).toContain('سليم البرقاوي');
    expect(await highlightTexts(talks, 'kashif-new')).not.toContain('سليم البرقاوي');
  }, 60_000);

  it('Not a name removes the highlight, and the name is never learned again', async () => {
    await clickCardButton(talks, 'reject', 'منصور الدباغ');
    await expect.poll(() => learnedState('منصور الدباغ'), { timeout: 10_000 }).toBe('rejected');
    await expect
      .poll(async () => (await allHighlightedTexts(talks)).some((t) => t.includes('الدباغ')), { timeout: 10_000 })
      .toBe(false);
    await talks.reload();
    await settledHighlights(talks, 1);
    expect((await allHighlightedTexts(talks)).some((t) => t.includes('الدباغ'))).toBe(false);
    // another article naming him: its other official is learned, he is not
    const budget = await open(BUDGET_ARTICLE);
    await expect
      .poll(() => highlightTexts(budget, 'kashif-new'), { timeout: LEARNED_WITHIN_MS })
      .toContain('كريم الزعبي');
    expect((await allHighlightedTexts(budget)).some((t) => t.includes('الدباغ'))).toBe(false);
    expect(await learnedState('منصور الدباغ')).toBe('rejected');
    expect(await searchNames('منصور الدباغ')).not.toContain('منصور الدباغ');
    await budget.close();
  }, 90_000);

  it("the popup's per-site switch stops learning on that site, and turning it on again learns the page", async () => {
    // the popup is about the active tab: an article of the site, read already
    await talks.bringToFront();
    const popup = await openPopupWindow(browser);
    const siteSwitch = popup.locator('#learning-site');
    await expect.poll(() => siteSwitch.isChecked(), { timeout: 5000 }).toBe(true);
    expect(await popup.locator('#learning').isChecked()).toBe(true);
    await siteSwitch.uncheck();
    const culture = await open(CULTURE_ARTICLE);
    await settledHighlights(culture, 0);
    // the content script reads within 3 s of the page's highlights, the background answers in well under 2
    await culture.waitForTimeout(5000);
    expect(await highlightTexts(culture, 'kashif-new')).not.toContain('ليلى الخطيب');
    expect(await learnedState('ليلى الخطيب')).toBeUndefined();
    await siteSwitch.check();
    await expect
      .poll(() => highlightTexts(culture, 'kashif-new'), { timeout: LEARNED_WITHIN_MS })
      .toContain('ليلى الخطيب');
    await popup.close();
    await culture.close();
  }, 90_000);

  it("the manager's panel of a learned entity fits the window, each of its buttons whole on one line", async () => {
    const manager = await browser.context.newPage();
    // narrow enough that the header's buttons take two lines and the panel's five do not fit in one row
    await manager.setViewportSize({ width: 900, height: 600 });
    await manager.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await manager.selectOption('#origin-filter', 'learned-new');
    await manager.locator('#table .row[data-id]', { hasText: 'ليلى الخطيب' }).click();
    await expect.poll(() => manager.locator('#side h2').textContent(), { timeout: 10_000 }).toBe('ليلى الخطيب');
    const layout = await manager.evaluate(() => {
      const side = document.getElementById('side')!;
      side.scrollTo(0, side.scrollHeight);
      const buttons = [...side.querySelectorAll<HTMLButtonElement>('.buttons button')];
      return {
        pageScrolls: document.documentElement.scrollHeight > innerHeight,
        sideBottom: side.getBoundingClientRect().bottom,
        height: innerHeight,
        buttons: buttons.map((b) => ({ text: b.textContent, height: b.getBoundingClientRect().height })),
        lineHeight: parseFloat(getComputedStyle(buttons[0]!).lineHeight),
      };
    });
    expect(layout.pageScrolls).toBe(false);
    expect(layout.sideBottom).toBeLessThanOrEqual(layout.height);
    // Keep, Not a name, Edit, Merge, Delete
    expect(layout.buttons).toHaveLength(5);
    for (const b of layout.buttons) expect(b.height, b.text ?? '').toBeLessThan(1.8 * layout.lineHeight);
    await manager.close();
  }, 60_000);

  it('the manager filters by origin, restores a rejected name and prunes the new ones', async () => {
    const manager = await browser.context.newPage();
    await manager.goto(`chrome-extension://${browser.extensionId}/options.html`);
    manager.on('dialog', (d) => void d.accept());
    const names = async (origin: string) => {
      await manager.selectOption('#origin-filter', origin);
      return manager.locator('#table .row[data-id] .cell.name .entity-name').allTextContents();
    };
    await expect.poll(() => names('learned-new'), { timeout: 10_000 }).toContain('ليلى الخطيب');
    expect(await names('learned-new')).toEqual(expect.arrayContaining(['كريم الزعبي']));
    expect(await names('learned-new')).not.toContain('سليم البرقاوي');
    expect(await names('learned-confirmed')).toEqual(['سليم البرقاوي']);
    expect(await names('learned-rejected')).toEqual(['منصور الدباغ']);
    const builtIn = await names('builtIn');
    expect(builtIn).toContain('سيرغي لافروف');
    expect(builtIn).not.toContain('ليلى الخطيب');
    // all origins together (the table draws only the rows in view: each is looked for by name)
    for (const name of ['سيرغي لافروف', 'ليلى الخطيب', 'منصور الدباغ']) {
      await manager.fill('#filter', name);
      expect(await names('')).toContain(name);
    }
    await manager.fill('#filter', '');

    await names('learned-rejected');
    await manager.locator('#table .row[data-id]', { hasText: 'منصور الدباغ' }).click();
    await manager.locator('#side button', { hasText: arabicOrEnglish('restoreLearned') }).click();
    await expect.poll(() => learnedState('منصور الدباغ'), { timeout: 10_000 }).toBe('new');

    await manager.click('#prune-new');
    await expect.poll(() => names('learned-new'), { timeout: 10_000 }).toEqual([]);
    expect(await learnedState('ليلى الخطيب')).toBeUndefined();
    expect(await names('learned-confirmed')).toEqual(['سليم البرقاوي']);
    await manager.close();
  }, 90_000);

  it('learns the article a single-page site swaps in at a new address, and only that article', async () => {
    const [first, second, third] = spa.articles as [
      (typeof spa.articles)[0],
      (typeof spa.articles)[0],
      (typeof spa.articles)[0],
    ];
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}${spa.path}`);
    await expect
      .poll(() => highlightTexts(page, 'kashif-new'), { timeout: LEARNED_WITHIN_MS })
      .toEqual(expect.arrayContaining(first.body));
    // the address changes first, the article follows as if fetched
    await page.evaluate(() =>
      (window as unknown as { __kashifTestNavigate(k: number, how: string): void }).__kashifTestNavigate(1, 'push'),
    );
    await expect
      .poll(() => highlightTexts(page, 'kashif-new'), { timeout: LEARNED_WITHIN_MS })
      .toEqual(expect.arrayContaining(second.body));
    // under its own address, not the canonical one the site left from the first article
    expect(await sourceUrls(second.body[0]!)).toEqual([second.path]);
    // the article swaps first and the address follows, with no change of the page after it
    await page.evaluate(() =>
      (window as unknown as { __kashifTestNavigate(k: number, how: string): void }).__kashifTestNavigate(2, 'replace'),
    );
    await expect
      .poll(() => highlightTexts(page, 'kashif-new'), { timeout: LEARNED_WITHIN_MS })
      .toEqual(expect.arrayContaining(third.body));
    expect(await sourceUrls(third.body[0]!)).toEqual([third.path]);
    // back to the first article: read already
    await page.goBack();
    await expect
      .poll(() => highlightTexts(page, 'kashif-new'), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(first.body));
    await page.waitForTimeout(3000);
    // the first article's officials were learned from their page only, the furniture's never
    for (const name of first.body) expect(await sourceUrls(name)).toEqual([first.path]);
    for (const name of spa.furniture) {
      expect(await searchNames(name)).not.toContain(name);
      expect(await learnedState(name)).toBeUndefined();
    }
    await page.close();
  }, 90_000);

  it('makes no network request of its own', () => {
    const elsewhere = requests.filter(
      (r) => !r.url().startsWith(site.origin) && !r.url().startsWith('chrome-extension://'),
    );
    expect(elsewhere.map((r) => r.url())).toEqual([]);
  });
});

/** The manager speaks the browser's language (English here unless LANGUAGE says otherwise). */
function arabicOrEnglish(key: 'restoreLearned'): RegExp {
  return new RegExp(`${english[key].message}|${arabic[key].message}`, 'u');
}
