import path from 'node:path';
import { cardInChromium } from './card';
import { setLearning, type SeedSession } from './fixtures';
import { highlightTexts } from './highlights';
import { cardShown, pointAtHighlight } from './hover';
import { TALKS_ARTICLE } from './learning-pages';

/** Waits until `check` holds (this runs outside the test runner too: `npm run screenshots`). */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until the background has learned from a page (a source of its own is in the dictionary): the pictures then
 * show what a reader sees once the page was read, the same on every run.
 */
export async function pageLearned(session: SeedSession): Promise<void> {
  const ext = await session.browser.context.newPage();
  await ext.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  await until('the seed article learned', () =>
    ext.evaluate(async () => {
      const reply = (await chrome.runtime.sendMessage({ type: 'exportDictionary' })) as {
        value: { sources: { id: string }[] };
      };
      return reply.value.sources.some((s) => s.id.startsWith('page-'));
    }),
  );
  await ext.close();
}

/**
 * A learned entity's card, as the README shows it: learning is turned on, the made-up article of
 * learning-pages.ts is read (the session's site must serve it), and the card of one of its officials is shot in
 * `lang`, to `folder`/card-learned-<lang>.png. Its dates are set to `seenAt` (through an export and an import),
 * so that the picture does not change with the day it is taken.
 */
export async function shootLearnedCard(
  session: SeedSession,
  lang: 'ar' | 'en',
  folder: string,
  seenAt: string,
): Promise<string> {
  const { browser, site } = session;
  await setLearning(browser, true);
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await ext.evaluate((l) => chrome.runtime.sendMessage({ type: 'setCardLanguage', cardLanguage: l }), lang);
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`${site.origin}${TALKS_ARTICLE.path}`);
  const name = TALKS_ARTICLE.body[0]!;
  const learned = async () => (await highlightTexts(page, 'kashif-new')).includes(name);
  await until(`${name} learned`, learned);
  await ext.evaluate(async (at) => {
    type Dictionary = { entities: { learned?: { firstSeen: string; lastSeen: string } }[] };
    const exported = (await chrome.runtime.sendMessage({ type: 'exportDictionary' })) as { value: Dictionary };
    const entities = exported.value.entities.map((e) =>
      e.learned ? { ...e, learned: { ...e.learned, firstSeen: at, lastSeen: at } } : e,
    );
    await chrome.runtime.sendMessage({ type: 'importDictionary', dictionary: { ...exported.value, entities } });
  }, seenAt);
  await ext.close();
  await page.reload();
  await until(`${name} learned`, learned);
  await pointAtHighlight(page, page.mouse, name, 'kashif-new');
  await until('the card', () => cardShown(page), 5000);
  await until('its buttons', async () => (await cardInChromium(page)).buttons.size === 3, 5000);
  // the fonts of the card, and its place, settle within a frame or two
  await page.waitForTimeout(300);
  const { box } = await cardInChromium(page);
  if (!box) throw new Error('the card has no panel');
  const file = path.join(folder, `card-learned-${lang}.png`);
  const margin = 40;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  await page.screenshot({
    path: file,
    clip: { x, y, width: Math.min(1100 - x, box.width + 2 * margin), height: box.height + 2 * margin + 30 },
  });
  await page.close();
  return file;
}

/**
 * The manager on the learned entities, as the README shows it: filtered to the new ones, the first of
 * learning-pages.ts's officials open in the panel, to `folder`/manager-learned-<lang>.png. Call it after
 * shootLearnedCard, which has read the article and fixed the dates.
 */
export async function shootLearnedManager(session: SeedSession, lang: 'ar' | 'en', folder: string): Promise<string> {
  const { browser } = session;
  const manager = await browser.context.newPage();
  // tall enough for the whole panel: the reader's Keep and Not a name are at its end
  await manager.setViewportSize({ width: 1100, height: 900 });
  await manager.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await manager.selectOption('#origin-filter', 'learned-new');
  const name = TALKS_ARTICLE.body[0]!;
  await manager.locator('#table .row[data-id]', { hasText: name }).click();
  await until('its panel', async () => (await manager.locator('#side h2').textContent()) === name, 5000);
  await manager.waitForTimeout(300);
  const file = path.join(folder, `manager-learned-${lang}.png`);
  await manager.screenshot({ path: file });
  await manager.close();
  return file;
}
