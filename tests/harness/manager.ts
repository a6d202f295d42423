import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A made-up article naming one official, for the manager's import. */
export const BARROT_ARTICLE =
  'وقال وزير الخارجية الفرنسي جان نويل بارو إن الحكومة ستدعم المبادرة.\nوأكد بارو أن باريس تتابع الوضع.\n';

/**
 * Imports an article through the manager as a reader would: writes `text` to `file`, drops it on the import, waits
 * for the review to offer `name`, keeps only that entity and accepts the review.
 */
export async function importArticleKeeping(manager: Page, file: string, text: string, name: string): Promise<void> {
  fs.writeFileSync(file, text);
  await manager.setInputFiles('#corpus-files', file);
  const items = manager.locator('.review li');
  await expect
    .poll(() => items.allTextContents(), { timeout: 20_000 })
    .toEqual(expect.arrayContaining([expect.stringContaining(name)]));
  for (const li of await items.all())
    if (!(await li.textContent())?.includes(name)) await li.locator('input').uncheck();
  await manager.click('#accept-review');
}
