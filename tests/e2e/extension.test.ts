import path from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveNewsSite, type NewsSite } from '../harness/news-site';
import { chromium } from 'playwright-core';
import { chromiumPath, launchWithExtension, root, type ExtensionBrowser } from '../harness/browser';
import { annotate } from '../harness/annotate';
import { highlightCount, highlightedTextsIn, highlightsIn, settledHighlights } from '../harness/highlights';
import { cardShown, pointAtPerson } from '../harness/hover';

let browser: ExtensionBrowser;
let site: NewsSite;
const requests: Request[] = [];

const FORMS_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>forms</title></head><body>
<p id="prose">قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن حلف شمال الأطلسي</p>
<script>var s = "أنطونيو غوتيريش";</script>
<textarea>أنطونيو غوتيريش والناتو</textarea>
<input value="حلف شمال الأطلسي">
<div contenteditable="true">سيرغي لافروف في مجلس الأمن</div>
<p id="split">التقى <b>سيرغي</b> <i>لافروف</i> بوفد من <span>الأمم</span> المتحدة</p>
</body></html>`;

const LIVE_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>live</title></head><body>
<div id="feed"><p id="first">بيان من حلف شمال الأطلسي</p></div>
<button id="nav" onclick="history.pushState({}, '', '/live/2'); document.getElementById('feed').innerHTML = '<p>صرح سيرغي لافروف</p>'">next</button>
</body></html>`;

const SHADOW_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>shadow</title></head><body>
<p>مقدمة بلا أسماء</p>
<div id="host"></div>
<iframe id="frame" src="/frame" width="600" height="200"></iframe>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>تحدث <b>سيرغي</b> لافروف أمام مجلس الأمن</p>';</script>
</body></html>`;
const FRAME_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><p>بيان اللجنة الدولية للصليب الأحمر</p></body></html>`;

/**
 * A name written with a presentation-form ligature (ﻻ for «لا», as PDFs converted to HTML write it): the text code
 * cannot write it (it folds to two letters), so the text goes as it is, and the name is found through the fold.
 */
const LIGATURE_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>ligature</title></head><body>
<p id="ligature">قال سيرغي ﻻفروف أمام الأمم المتحدة</p>
</body></html>`;

/** A page long enough that only the blocks near the viewport are registered (see REGISTER_ALL_UP_TO). */
const LONG_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>long</title></head><body>
${Array.from({ length: 1200 }, (_, k) => `<p id="p${k}">الفقرة ${k}: قال سيرغي لافروف أمام مجلس الأمن إن حلف شمال الأطلسي</p>`).join('\n')}
</body></html>`;

/** The same, in articles of four paragraphs: the observer watches each article for its paragraphs (a section). */
const LONG_ARTICLES_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>articles</title></head><body><main>
${Array.from({ length: 300 }, (_, a) => `<article id="a${a}">${Array.from({ length: 4 }, (_, k) => `<p id="p${a * 4 + k}">الفقرة ${a * 4 + k}: قال سيرغي لافروف أمام مجلس الأمن إن حلف شمال الأطلسي</p>`).join('')}</article>`).join('\n')}
</main></body></html>`;

beforeAll(async () => {
  site = await serveNewsSite(path.join(root, 'seeds'), {
    '/forms': FORMS_PAGE,
    '/live': LIVE_PAGE,
    '/shadow': SHADOW_PAGE,
    '/frame': FRAME_PAGE,
    '/long': LONG_PAGE,
    '/long-articles': LONG_ARTICLES_PAGE,
    '/ligature': LIGATURE_PAGE,
  });
  browser = await launchWithExtension();
  browser.context.on('request', (r) => requests.push(r));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the extension on news pages', () => {
  it('highlights exactly what kashif annotate finds, on every seed article', async () => {
    for (const id of site.ids) {
      const page = await browser.context.newPage();
      await page.goto(`${site.origin}/article/${id}`);
      const expected = annotate(site.texts.get(id)!);
      await settledHighlights(page, expected.length ? 1 : 0);
      expect(await page.evaluate(() => document.querySelector('#article')!.textContent)).toBe(
        `\n${site.texts.get(id)!}\n`,
      );
      // the article element's text starts with the newline after <article>: offsets are one more than the file's
      const found = (await highlightsIn(page, '#article')).map((m) => ({ ...m, start: m.start - 1, end: m.end - 1 }));
      expect(found, id).toEqual(expected);
      await page.close();
    }
  }, 180_000);

  it('leaves scripts, form fields and editable regions alone, reads names split by markup, and changes no DOM', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/forms`);
    await settledHighlights(page, 4);
    const texts = (await highlightsIn(page, 'body')).map((m) => m.text);
    // «للأمم»: the preposition ل stays out, the article's ل (its alef unwritten) is part of the name
    expect(texts).toEqual(['لأمم المتحدة', 'أنطونيو غوتيريش', 'حلف شمال الأطلسي', 'سيرغي لافروف', 'الأمم المتحدة']);
    const withKashif = await page.evaluate(() => document.body.outerHTML);
    await page.close();

    // the same page in a browser without Kashif
    const bare = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
    const reference = await bare.newPage();
    await reference.goto(`${site.origin}/forms`);
    const without = await reference.evaluate(() => document.body.outerHTML);
    await bare.close();
    expect(withKashif).toBe(without);
  }, 60_000);

  it('finds the names in text the compact code cannot write, sent as it is', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/ligature`);
    await settledHighlights(page, 2);
    expect((await highlightsIn(page, '#ligature')).map((m) => `${m.text}=${m.type}`)).toEqual([
      'سيرغي ﻻفروف=person',
      'الأمم المتحدة=org',
    ]);
    await page.close();
  }, 60_000);

  it('highlights text added after load and after a single-page navigation, and drops removed text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/live`);
    await settledHighlights(page, 1);
    expect((await highlightsIn(page, 'body')).map((m) => m.text)).toEqual(['حلف شمال الأطلسي']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'وقال الأمين العام أنطونيو غوتيريش';
      document.getElementById('feed')!.append(p);
    });
    await expect
      .poll(async () => (await highlightsIn(page, 'body')).map((m) => m.text), { timeout: 5000 })
      .toEqual(['حلف شمال الأطلسي', 'أنطونيو غوتيريش']);
    await page.click('#nav');
    await expect
      .poll(async () => (await highlightsIn(page, 'body')).map((m) => m.text), { timeout: 5000 })
      .toEqual(['سيرغي لافروف']);
    await page.evaluate(() => document.getElementById('feed')!.replaceChildren());
    await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBe(0);
    await page.close();
  }, 60_000);

  it('shows a card with name and role on hover, and closes it on Escape', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/article/003_61b9580f4d7e862c`);
    await settledHighlights(page, 1);
    await pointAtPerson(page, page.mouse, 'لافروف');
    await expect.poll(() => cardShown(page), { timeout: 5000 }).toBe(true);
    // the card's shadow root is closed to the page: read what it shows through the DevTools protocol, which pierces it
    const shown = await cardText(page);
    expect(shown).toContain('سيرغي لافروف');
    expect(shown).toContain('وزير الخارجية');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardShown(page), { timeout: 3000 }).toBe(false);
    await page.close();
  }, 60_000);

  it('reads open shadow roots and same-origin frames', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/shadow`);
    await settledHighlights(page, 2);
    const inShadow = await page.evaluate(() =>
      ['kashif-person', 'kashif-org'].flatMap((name) =>
        [...((CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? [])].map((r) => r.toString()),
      ),
    );
    expect(inShadow.sort()).toEqual(['سيرغي لافروف', 'مجلس الأمن'].sort());
    const frame = page.frames().find((f) => f.url().endsWith('/frame'))!;
    await expect
      .poll(
        () =>
          frame.evaluate(() =>
            [...((CSS.highlights.get('kashif-org') as unknown as Set<Range> | undefined) ?? [])].map((r) =>
              r.toString(),
            ),
          ),
        { timeout: 5000 },
      )
      .toEqual(['اللجنة الدولية للصليب الأحمر']);
    await page.close();
  });

  it('on a long page registers the highlights near the viewport, and more as the reader scrolls', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/long`);
    await settledHighlights(page, 3);
    const highlightedIn = (id: string) => highlightedTextsIn(page, id);
    expect(await highlightedIn('p0')).toEqual(
      expect.arrayContaining(['سيرغي لافروف', 'مجلس الأمن', 'حلف شمال الأطلسي']),
    );
    expect(await highlightCount(page)).toBeLessThan(3 * 1200);
    expect(await highlightedIn('p1199')).toEqual([]);
    await page.evaluate(() => document.getElementById('p1199')!.scrollIntoView());
    await expect
      .poll(() => highlightedIn('p1199'), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['سيرغي لافروف', 'مجلس الأمن', 'حلف شمال الأطلسي']));
    // the reader is far from the top now: its highlights are let go
    await expect.poll(() => highlightedIn('p0'), { timeout: 5000 }).toEqual([]);
    await page.close();
  });

  it('on a long page of articles registers whole articles near the viewport, and lets far ones go', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/long-articles`);
    await settledHighlights(page, 3);
    const highlightedIn = (id: string) => highlightedTextsIn(page, id);
    const names = ['سيرغي لافروف', 'مجلس الأمن', 'حلف شمال الأطلسي'];
    for (const id of ['p0', 'p3']) expect(await highlightedIn(id)).toEqual(expect.arrayContaining(names));
    expect(await highlightCount(page)).toBeLessThan(3 * 1200);
    expect(await highlightedIn('a299')).toEqual([]);
    await page.evaluate(() => document.getElementById('p1199')!.scrollIntoView());
    await expect.poll(() => highlightedIn('p1199'), { timeout: 5000 }).toEqual(expect.arrayContaining(names));
    // the article's first paragraph comes with its last, though it may be a little off screen
    expect(await highlightedIn('p1196')).toEqual(expect.arrayContaining(names));
    await expect.poll(() => highlightedIn('a0'), { timeout: 5000 }).toEqual([]);
    await page.close();
  });

  it('keeps working after the browser stops its service worker', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.goto(`${site.origin}/article/003_61b9580f4d7e862c`);
    await settledHighlights(page, 1);
    expect((await highlightsIn(page, '#article')).map((m) => m.text)).toContain('سيرغي لافروف');
    await page.close();
  });

  it('makes no network request of its own', () => {
    const fromExtension = requests.filter(
      (r) => !r.url().startsWith(site.origin) && !r.url().startsWith('chrome-extension://'),
    );
    expect(fromExtension.map((r) => r.url())).toEqual([]);
    expect(
      requests
        .filter((r) => r.serviceWorker())
        .map((r) => r.url())
        .filter((u) => !u.startsWith('chrome-extension://')),
    ).toEqual([]);
  });
});

/** The text inside the hover card's closed shadow root. */
async function cardText(page: import('playwright-core').Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type DomNode = { nodeName: string; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] };
  const texts: string[] = [];
  const visit = (n: DomNode, inCard: boolean) => {
    const here = inCard || n.nodeName.toLowerCase() === 'kashif-card';
    if (here && n.nodeName === '#text' && n.nodeValue) texts.push(n.nodeValue);
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])])
      visit(c, here && n.nodeName.toLowerCase() !== 'style');
  };
  visit(doc as DomNode, false);
  await cdp.detach();
  return texts.join(' ');
}
