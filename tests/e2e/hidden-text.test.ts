import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveNewsSite, type NewsSite } from '../harness/news-site';
import { launchWithExtension, root, type ExtensionBrowser } from '../harness/browser';
import { highlightedTextsIn, settledHighlights } from '../harness/highlights';
import { cardShown } from '../harness/hover';

let browser: ExtensionBrowser;
let site: NewsSite;

const NAME = 'سيرغي لافروف';
/** Each place a page can hide text, by id: a name planted there must never be highlighted. */
const HIDDEN: Record<string, string> = {
  'display-none': `<p id="display-none" style="display:none">${NAME}</p>`,
  'display-none-ancestor': `<div style="display:none"><p><span id="display-none-ancestor">${NAME}</span></p></div>`,
  'visibility-hidden': `<p id="visibility-hidden" style="visibility:hidden">${NAME}</p>`,
  'opacity-zero': `<div style="opacity:0"><p id="opacity-zero">${NAME}</p></div>`,
  'font-size-zero': `<p id="font-size-zero" style="font-size:0">${NAME}</p>`,
  'zero-box': `<div id="zero-box" style="width:0;height:0;overflow:hidden">${NAME}</div>`,
  'clipped-child': `<div style="height:0;overflow:hidden"><p id="clipped-child">${NAME}</p></div>`,
  'visually-hidden': `<span id="visually-hidden" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%)">${NAME}</span>`,
  'off-left': `<p id="off-left" style="position:absolute;left:-9999px">${NAME}</p>`,
  'off-right': `<p id="off-right" style="position:absolute;right:-9999px">${NAME}</p>`,
  'off-top': `<p id="off-top" style="position:absolute;top:-9999px">${NAME}</p>`,
  'closed-details': `<details><summary id="summary">ملخص</summary><p id="closed-details">${NAME}</p></details>`,
  'hidden-inline': `<p id="hidden-inline-block">قال <span id="hidden-inline" style="display:none">${NAME}</span> كلاما</p>`,
};
const VISIBLE = `<p id="visible">${NAME}</p>
<details open><summary>ملخص</summary><p id="open-details">${NAME}</p></details>
<div style="height:0"><p id="overflowing">${NAME}</p></div>
<div style="overflow-x:auto;width:300px;white-space:nowrap"><span style="display:inline-block;width:3000px"></span><span id="scrolled-away">${NAME}</span></div>`;
const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>hidden</title></head><body>
${VISIBLE}
<div style="height:40px"></div>
${Object.values(HIDDEN).join('\n')}
</body></html>`;

beforeAll(async () => {
  site = await serveNewsSite(path.join(root, 'seeds'), { '/hidden': PAGE });
  browser = await launchWithExtension();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a page that hides names to learn what the dictionary holds', () => {
  it('highlights the name where it is drawn visibly, and in none of the places a page can hide text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/hidden`);
    // the visible copies: shown, open, overflowing a box of no height, scrolled out of a scroll container
    await settledHighlights(page, 4);
    for (const id of ['visible', 'open-details', 'overflowing', 'scrolled-away'])
      expect(await highlightedTextsIn(page, id), id).toEqual([NAME]);
    const hidden: Record<string, string[]> = {};
    for (const id of Object.keys(HIDDEN)) hidden[id] = await highlightedTextsIn(page, id);
    expect(hidden).toEqual(Object.fromEntries(Object.keys(HIDDEN).map((id) => [id, []])));
    // shown by the reader: a <details> opened is read again
    await page.click('#summary');
    await expect.poll(() => highlightedTextsIn(page, 'closed-details'), { timeout: 5000 }).toEqual([NAME]);
    await page.close();
  }, 60_000);

  it("never opens the card for a synthetic pointer, and opens it for the reader's", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/hidden`);
    await settledHighlights(page, 4);
    const point = await page.evaluate(() => {
      const rect = document.getElementById('visible')!.firstChild!.parentElement!.getBoundingClientRect();
      return { x: rect.right - 20, y: rect.top + rect.height / 2 };
    });
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++)
        document
          .elementFromPoint(x, y)!
          .dispatchEvent(new PointerEvent('pointermove', { clientX: x + i, clientY: y, bubbles: true }));
    }, point);
    await page.waitForTimeout(1200);
    expect(await cardShown(page)).toBe(false);
    await page.mouse.move(point.x, point.y);
    await page.mouse.move(point.x + 1, point.y);
    await expect.poll(() => cardShown(page), { timeout: 5000 }).toBe(true);
    await page.close();
  }, 60_000);
});
