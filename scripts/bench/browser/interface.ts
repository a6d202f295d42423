/**
 * The interface with a large dictionary: how soon the popup takes typing after it opens, how soon the manager's
 * table is filled, and whether scrolling that table (100,000 rows, virtualized) ever blocks the page.
 */
import type { BrowserContext } from 'playwright-core';

export interface InterfaceRun {
  /** navigation start → the search box focused, ms (median of the opens) */
  popupUsable: number[];
  /** navigation start → the table filled, ms */
  managerUsable: number;
  /** tasks over 50 ms while scrolling the table from top to bottom */
  scrollLongTasks: number;
  scrollLongest: number;
}

const POPUP_OPENS = 7;

async function markTime(page: import('playwright-core').Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 60_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

export async function measureInterface(context: BrowserContext, extensionId: string): Promise<InterfaceRun> {
  const popupUsable: number[] = [];
  for (let k = 0; k < POPUP_OPENS; k++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    popupUsable.push(await markTime(page, 'kashif-popup-usable'));
    await page.close();
  }
  const manager = await context.newPage();
  await manager.setViewportSize({ width: 1200, height: 800 });
  await manager.goto(`chrome-extension://${extensionId}/options.html`);
  const managerUsable = await markTime(manager, 'kashif-manager-usable');
  await manager.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const viewport = manager.locator('.viewport');
  await viewport.hover();
  // scroll the whole table in steps of a screen, as a reader dragging through it would
  for (let k = 0; k < 60; k++) {
    await manager.mouse.wheel(0, 20_000);
    await manager.waitForTimeout(30);
  }
  await manager.waitForTimeout(500);
  const longTasks = await manager.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  await manager.close();
  return {
    popupUsable,
    managerUsable,
    scrollLongTasks: longTasks.length,
    scrollLongest: longTasks.length ? Math.max(...longTasks) : 0,
  };
}
