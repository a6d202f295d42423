import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionPath, launchWithExtension, type ExtensionBrowser } from '../harness/browser';

// The service worker stops after an import committed and before its reply: the manager must say the import was
// done (it asks the stored state), not show the message channel's error.
let browser: ExtensionBrowser | undefined;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-import-restart-'));

afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('an import whose reply is lost to a service worker stop', () => {
  it('is reported as done when it committed', async () => {
    browser = await launchWithExtension();
    const seed = JSON.parse(fs.readFileSync(path.join(extensionPath, 'seed-dictionary.json'), 'utf8')) as {
      entities: object[];
    };
    // big enough that compiling it after the commit (before the reply) takes a while: the stop lands in between
    const many = Array.from({ length: 40_000 }, (_, k) => ({
      id: `o-big${k.toString(36)}`,
      type: 'org',
      name: `هيئة التجربة ${k.toString(36).replace(/\d/gu, (d) => 'صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة'.split(' ')[Number(d)]!)}`,
      aliases: [],
      roles: [],
      mentions: [],
      related: [],
    }));
    const file = path.join(tmp, 'big.json');
    fs.writeFileSync(file, JSON.stringify({ ...seed, entities: [...seed.entities, ...many] }));
    const total = seed.entities.length + many.length;

    const manager = await browser.context.newPage();
    await manager.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await manager.locator('.viewport .row').first().waitFor();
    const watcher = await browser.context.newPage();
    await watcher.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const committed = watcher.evaluate(async () => {
      // the extension's pages share the background's IndexedDB: watch for the import's commit
      for (let i = 0; i < 3000; i++) {
        const seen = await new Promise<boolean>((resolve) => {
          const open = indexedDB.open('kashif');
          open.onsuccess = () => {
            const req = open.result.transaction('meta').objectStore('meta').get('dictionary');
            req.onsuccess = () => {
              open.result.close();
              resolve(!!(req.result as { lastImport?: unknown } | undefined)?.lastImport);
            };
            req.onerror = () => {
              open.result.close();
              resolve(false);
            };
          };
          open.onerror = () => resolve(false);
        });
        if (seen) return true;
        await new Promise((r) => setTimeout(r, 5));
      }
      return false;
    });
    await manager.setInputFiles('#dictionary-file', file);
    expect(await committed).toBe(true);
    const cdp = await browser.context.newCDPSession(watcher);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await expect
      .poll(() => manager.locator('#message').textContent(), { timeout: 60_000 })
      .toMatch(new RegExp(String(total), 'u'));
    expect(await manager.locator('#message').getAttribute('class')).toBe('ok');
  });
});
