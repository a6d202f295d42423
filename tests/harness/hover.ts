import type { EvaluatingPage } from './highlights';

/** What pointing needs of a page: a mouse, as Playwright's (Chromium) and Puppeteer's (Firefox) pages have. */
export interface PageMouse {
  move(x: number, y: number): Promise<unknown>;
}

/** Scrolls the first person highlight whose text has `name` into view and rests the reader's pointer on it. */
export function pointAtPerson(page: EvaluatingPage, mouse: PageMouse, name: string): Promise<void> {
  return pointAtHighlight(page, mouse, name, 'kashif-person');
}

/** The same for any of Kashif's highlights (kashif-new: entities learned from pages, not yet kept). */
export async function pointAtHighlight(
  page: EvaluatingPage,
  mouse: PageMouse,
  name: string,
  highlightName: string,
): Promise<void> {
  const box = await page.evaluate(
    ([wanted, highlightName]) => {
      const highlight = CSS.highlights.get(highlightName) as unknown as Set<Range>;
      const range = [...highlight].find((r) => r.toString().includes(wanted))!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [name, highlightName] as const,
  );
  // two moves: the hover check runs on pointer movement, as a reader's mouse gives it
  await mouse.move(box.x, box.y);
  await mouse.move(box.x + 1, box.y);
}

/** Whether the hover card is shown (its host is in the page; what it says is behind a closed shadow root). */
export function cardShown(page: EvaluatingPage): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('kashif-card');
    return !!host && host.style.display !== 'none';
  }, undefined);
}
