import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BARROT_ARTICLE, importArticleKeeping } from '../harness/manager';
import { extensionPath, launchWithExtension, type ExtensionBrowser } from '../harness/browser';

// An update of the extension is the same profile relaunched with a higher manifest version and a rebuilt
// seed-dictionary.json. The reader's work done before it must come through whole.

interface StoredEntity {
  id: string;
  name: string;
  aliases: string[];
  note?: string;
  origin?: string;
}
interface DictionaryFile {
  builtAt: string;
  entities: StoredEntity[];
}

const GUTERRES = 'p-1ddhlum'; // deleted by the reader
const LAMAMRA = 'p-0luvkxr'; // مقرمان is merged into him
const MEGHERMANE = 'p-0p5r7q9';
const LAVROV = 'p-0jsppsp'; // untouched: refreshed by the update
const OFFICE = 'o-1mgofrt'; // untouched, and gone from the rebuilt dictionary
const MINE: StoredEntity & Record<string, unknown> = {
  id: 'p-mine0001',
  type: 'person',
  name: 'سليم بن عمار',
  aliases: ['بن عمار'],
  roles: [],
  mentions: [],
  related: [],
  note: 'من ملفي',
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-update-'));
// one path for both versions: an unpacked extension's id (and so its IndexedDB) comes from its path
const extension = path.join(tmp, 'extension');
const profile = path.join(tmp, 'profile');
let browser: ExtensionBrowser | undefined;
let after: DictionaryFile;

async function openManager(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.locator('.viewport .row').first().waitFor();
  return page;
}

async function exportDictionary(page: Page): Promise<DictionaryFile> {
  const download = page.waitForEvent('download');
  await page.click('#export');
  const file = path.join(tmp, `export-${Date.now()}.json`);
  await (await download).saveAs(file);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DictionaryFile;
}

async function selectRow(page: Page, filter: string) {
  await page.fill('#filter', filter);
  await expect.poll(() => page.locator('.viewport .row').count()).toBe(1);
  await page.locator('.viewport .row').first().click();
  await page.locator('#side h2').waitFor();
}

/** The reader's work in version 1: an import, a deletion, a merge and a corpus import, all through the manager. */
async function readerWork(manager: Page) {
  const exported = await exportDictionary(manager);
  const file = path.join(tmp, 'mine.json');
  const imported = [...exported.entities, MINE];
  fs.writeFileSync(file, JSON.stringify({ ...exported, entities: imported }));
  await manager.setInputFiles('#dictionary-file', file);
  await expect
    .poll(() => manager.locator('#message').textContent())
    .toMatch(new RegExp(`\\b${imported.length}\\b`, 'u'));

  await selectRow(manager, 'غوتيريش');
  await manager.locator('#side .buttons button.danger').click();
  await manager.fill('#filter', 'غوتيريش');
  await expect.poll(() => manager.locator('.viewport .row').count()).toBe(0);

  await selectRow(manager, 'لوناس مقرمان');
  await manager.locator('#side .buttons button', { hasText: /دمج|Merge/u }).click();
  await manager.fill('#side input[type=search]', 'لعمامرة');
  await manager.locator('#side .pick button', { hasText: 'رمطان لعمامرة' }).click();
  await expect.poll(() => manager.locator('#message').textContent()).toContain('→ رمطان لعمامرة');

  await importArticleKeeping(manager, path.join(tmp, 'article.txt'), BARROT_ARTICLE, 'جان نويل بارو');
  await manager.fill('#filter', 'بارو');
  await expect.poll(() => manager.locator('.viewport .row').count()).toBe(1);
}

/** Version 2: a higher manifest version and a rebuilt built-in dictionary (one alias more, one entity fewer, one new). */
function update(): string {
  const manifestFile = path.join(extension, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version: string };
  fs.writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: '99.0.0' }));
  const seedFile = path.join(extension, 'seed-dictionary.json');
  const seed = JSON.parse(fs.readFileSync(seedFile, 'utf8')) as DictionaryFile & {
    entities: (StoredEntity & Record<string, unknown>)[];
  };
  const builtAt = new Date(Date.parse(seed.builtAt) + 86_400_000).toISOString();
  const entities: object[] = seed.entities
    .filter((e) => e.id !== OFFICE)
    .map((e) =>
      e.id === LAVROV || e.id === GUTERRES || e.id === MEGHERMANE
        ? { ...e, aliases: [...e.aliases, 'اسم أضافه التحديث'] }
        : e,
    );
  entities.push({
    id: 'o-newbuilt',
    type: 'org',
    name: 'منظمة التحديث الجديدة',
    aliases: [],
    roles: [],
    mentions: [],
    related: [],
  });
  fs.writeFileSync(seedFile, JSON.stringify({ ...seed, builtAt, entities }));
  return builtAt;
}

afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const stored = (id: string) => after.entities.find((e) => e.id === id);

describe('an update of the extension with a rebuilt built-in dictionary', () => {
  it("follows the reader's work in the first version: an import, a deletion, a merge, a corpus import", async () => {
    fs.cpSync(extensionPath, extension, { recursive: true });
    fs.mkdirSync(profile);
    browser = await launchWithExtension({ extension, profile });
    await readerWork(await openManager(browser));
    await browser.close();
    browser = undefined;
  });

  it('is installed on the same profile, and the background merges the rebuilt dictionary in', async () => {
    const builtAt = update();
    browser = await launchWithExtension({ extension, profile });
    expect(await browser.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
    const manager = await openManager(browser);
    await expect
      .poll(
        async () => {
          const reply = (await manager.evaluate(() => chrome.runtime.sendMessage({ type: 'stats' }))) as {
            value: { builtAt?: string };
          };
          return reply.value.builtAt;
        },
        { timeout: 20_000 },
      )
      .toBe(builtAt);
    after = await exportDictionary(manager);
  });

  it('keeps the imported entity and its note', () => {
    expect(stored(MINE.id)).toMatchObject({ name: MINE.name, note: MINE.note, origin: 'imported' });
  });

  it('leaves the deleted built-in entity deleted', () => {
    expect(stored(GUTERRES)).toBeUndefined();
  });

  it('leaves the merged entities merged', () => {
    expect(stored(MEGHERMANE)).toBeUndefined();
    expect(stored(LAMAMRA)?.aliases).toContain('لوناس مقرمان');
  });

  it('keeps the entity added by the corpus import', () => {
    expect(after.entities.find((e) => e.name === 'جان نويل بارو')).toMatchObject({ origin: 'learned' });
  });

  it('refreshes the built-in entity the reader never touched, and adds the new one', () => {
    expect(stored(LAVROV)?.aliases).toContain('اسم أضافه التحديث');
    expect(stored('o-newbuilt')).toMatchObject({ origin: 'builtIn' });
  });

  it('removes the untouched built-in entity the rebuilt dictionary no longer has', () => {
    expect(stored(OFFICE)).toBeUndefined();
  });
});
