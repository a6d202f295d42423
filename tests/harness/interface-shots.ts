import fs from 'node:fs';
import path from 'node:path';
import { openPopupWindow, type SeedSession } from './fixtures';

export interface InterfaceLayout {
  /** the direction of the popup and of the manager, as laid out */
  popupDir: string;
  managerDir: string;
  /** the popup's heading over the open page's entities */
  pageTitle: string | null;
}

/**
 * Opens the popup (its page list, then an entity) and the manager on a seed session, writing a screenshot of each
 * to `folder` as popup-<lang>.png, popup-detail-<lang>.png and manager-<lang>.png. Shared by the interface test
 * (into an ignored folder) and `npm run screenshots` (the README's, with a fixed build date).
 */
export async function shootInterface(session: SeedSession, lang: string, folder: string): Promise<InterfaceLayout> {
  fs.mkdirSync(folder, { recursive: true });
  const { browser } = session;
  const popup = await openPopupWindow(browser);
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.locator('#page-body .page-list .name').first().waitFor();
  const popupDir = await popup.evaluate(() => document.documentElement.dir);
  const pageTitle = await popup.locator('#page-title').textContent();
  await popup.screenshot({ path: path.join(folder, `popup-${lang}.png`) });
  await popup.fill('#query', 'لعمام');
  await popup.locator('#results [role=option]').first().waitFor();
  await popup.press('#query', 'Enter');
  await popup.locator('#detail h2').waitFor();
  await popup.screenshot({ path: path.join(folder, `popup-detail-${lang}.png`) });

  const manager = await browser.context.newPage();
  await manager.setViewportSize({ width: 1100, height: 700 });
  await manager.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await manager.locator('.viewport .row').first().click();
  await manager.locator('#side h2').waitFor();
  const managerDir = await manager.evaluate(() => document.documentElement.dir);
  await manager.screenshot({ path: path.join(folder, `manager-${lang}.png`) });
  return { popupDir, managerDir, pageTitle };
}
