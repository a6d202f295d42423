import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../harness/browser';
import { openSeedArticle, type SeedSession } from '../harness/fixtures';
import { highlightsIn } from '../harness/highlights';
import { BARROT_ARTICLE, importArticleKeeping } from '../harness/manager';
import { FURNITURE_NAMES, newsPage } from '../unit/article-page';

const NEW_NAMES_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>جديد</title></head><body>
<article><p>صرحت وزيرة الخارجية الألمانية أنالينا بيربوك بأن الاتحاد الأوروبي سيواصل دعمه.</p><p>وأضافت بيربوك أن الحوار مستمر.</p></article>
</body></html>`;

let session: SeedSession;
let browser: ExtensionBrowser;
let article: Page;
let manager: Page;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-manager-'));

const articleTexts = async () => (await highlightsIn(article, '#article')).map((m) => m.text);
const stats = () => manager.locator('#stats').textContent();
// the extension ships the seed dictionary `npm run build` writes: the counts below follow what extraction finds in seeds/
const SEED_ENTITIES = (
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../public/seed-dictionary.json'), 'utf8')) as {
    entities: unknown[];
  }
).entities.length;

async function openManager(hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`chrome-extension://${browser.extensionId}/options.html${hash}`);
  await page.locator('.viewport .row').first().waitFor();
  return page;
}

async function exportDictionary(page: Page): Promise<{ entities: { id: string }[] }> {
  const download = page.waitForEvent('download');
  await page.click('#export');
  const file = path.join(tmp, `export-${Date.now()}.json`);
  await (await download).saveAs(file);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { entities: { id: string }[] };
}

beforeAll(async () => {
  session = await openSeedArticle({ extraPages: { '/new': NEW_NAMES_PAGE } });
  ({ browser, article } = session);
  manager = await openManager();
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('the manager', () => {
  it('lists every entity, filters and opens one', async () => {
    expect(await stats()).toMatch(new RegExp(`^${SEED_ENTITIES} `, 'u'));
    await manager.fill('#filter', 'لعمامرة');
    await expect.poll(() => manager.locator('.viewport .row').count()).toBe(1);
    await manager.locator('.viewport .row').first().click();
    await expect.poll(() => manager.locator('#side h2').textContent()).toBe('رمطان لعمامرة');
    await manager.fill('#filter', '');
  });

  it('adds an entity that is then highlighted on an open page, without a reload', async () => {
    expect(await articleTexts()).not.toContain('الصحراء الغربية');
    await manager.click('#add');
    await manager.fill('#edit-name', 'الصحراء الغربية');
    await manager.selectOption('#edit-type', 'org');
    await manager.click('.editor button[type=submit]');
    await expect.poll(articleTexts, { timeout: 8000 }).toContain('الصحراء الغربية');
  });

  it("adds from a page selection through the context menu's route, prefilled", async () => {
    const page = await openManager(
      `#${new URLSearchParams({ add: 'person', name: 'ليندا توماس غرينفيلد' }).toString()}`,
    );
    expect(await page.inputValue('#edit-name')).toBe('ليندا توماس غرينفيلد');
    expect(await page.inputValue('#edit-type')).toBe('person');
    await page.close();
  });

  it('export, reset, import gives back the same dictionary', async () => {
    const before = await exportDictionary(manager);
    expect(before.entities.map((e) => e.id)).toContain(
      before.entities.find((e) => (e as unknown as { name: string }).name === 'الصحراء الغربية')?.id,
    );
    await manager.click('#reset');
    await expect.poll(articleTexts, { timeout: 8000 }).not.toContain('الصحراء الغربية');
    const file = path.join(tmp, 'before.json');
    fs.writeFileSync(file, JSON.stringify(before));
    await manager.setInputFiles('#dictionary-file', file);
    await expect
      .poll(() => manager.locator('#message').textContent())
      .toMatch(new RegExp(`\\b${SEED_ENTITIES + 1} entities`, 'u'));
    const after = await exportDictionary(manager);
    expect({ ...after, builtAt: '' }).toEqual({ ...before, builtAt: '' });
    await expect.poll(articleTexts, { timeout: 8000 }).toContain('الصحراء الغربية');
  });

  it('refuses a corrupt import whole, saying which file and which field', async () => {
    const countBefore = await stats();
    const good = await exportDictionary(manager);
    const bad = { ...good, entities: [...good.entities.slice(0, 3), { ...good.entities[3], roles: [{ title: '' }] }] };
    const file = path.join(tmp, 'broken.json');
    fs.writeFileSync(file, JSON.stringify(bad));
    await manager.setInputFiles('#dictionary-file', file);
    await expect
      .poll(() => manager.locator('#message').textContent())
      .toContain('broken.json: entities[3].roles[0].title');
    fs.writeFileSync(path.join(tmp, 'not-json.json'), '{"format": "kashif-dictionary", ');
    await manager.setInputFiles('#dictionary-file', path.join(tmp, 'not-json.json'));
    await expect.poll(() => manager.locator('#message').textContent()).toContain('not-json.json: not valid JSON');
    expect(await stats()).toBe(countBefore);
    expect((await exportDictionary(manager)).entities).toEqual(good.entities);
  });

  it("finds new names on an open page (the context menu's «find new names on this page») and offers them for review", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${session.site.origin}/new`);
    const tabId = await browser.worker.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        const text = (await chrome.tabs
          .sendMessage(tab.id!, { type: 'pageText' }, { frameId: 0 })
          .catch(() => undefined)) as { url: string } | undefined;
        if (text?.url.endsWith('/new')) return tab.id!;
      }
      return -1;
    });
    expect(tabId).toBeGreaterThan(0);
    const review = await openManager(`#review-tab=${tabId}`);
    await expect
      .poll(() => review.locator('.review li').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('أنالينا بيربوك')]));
    await review.close();
    await page.close();
  });

  it('imports articles: extraction in a worker, a review, then only what the reader accepts', async () => {
    await importArticleKeeping(manager, path.join(tmp, 'new-article.txt'), BARROT_ARTICLE, 'جان نويل بارو');
    await manager.fill('#filter', 'بارو');
    await expect.poll(() => manager.locator('.viewport .row .name').allTextContents()).toEqual(['جان نويل بارو ✎']);
    await manager.fill('#filter', '');
  });

  it('imports an HTML page by its article body only: nobody from its menus, «most read», captions or comments', async () => {
    const file = path.join(tmp, 'news-page.html');
    fs.writeFileSync(file, newsPage());
    await manager.setInputFiles('#corpus-files', file);
    const items = manager.locator('.review li');
    await expect
      .poll(() => items.allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('خالد منصور')]));
    const found = (await items.allTextContents()).join('\n');
    for (const name of FURNITURE_NAMES) expect(found).not.toContain(name);
    await manager.locator('.review-box .buttons button').last().click();
  });
});
