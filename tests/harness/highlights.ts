/**
 * What these helpers need of a page: a function evaluated in it with one argument. Playwright's pages (Chromium)
 * and Puppeteer's (Firefox) both have it, so the same checks run in both browsers.
 */
export interface EvaluatingPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface PageMention {
  start: number;
  end: number;
  text: string;
  type: 'person' | 'org';
}

/**
 * Kashif's highlight ranges as the page sees them (CSS.highlights is the document's, shared by all worlds), with
 * offsets into the textContent of `container`; ranges outside it are left out.
 */
export function highlightsIn(page: EvaluatingPage, container: string): Promise<PageMention[]> {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector);
    if (!box) throw new Error(`${selector}: not on the page`);
    const out: { start: number; end: number; text: string; type: 'person' | 'org' }[] = [];
    for (const type of ['person', 'org'] as const) {
      const highlight = CSS.highlights.get(`kashif-${type}`);
      if (!highlight) continue;
      for (const r of highlight as unknown as Iterable<Range>) {
        if (!box.contains(r.startContainer)) continue;
        const before = document.createRange();
        before.setStart(box, 0);
        before.setEnd(r.startContainer, r.startOffset);
        const start = before.toString().length;
        const text = r.toString();
        out.push({ start, end: start + text.length, text, type });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }, container);
}

/** The text of each highlight range that starts inside the element with id `id` (either type). */
export function highlightedTextsIn(page: EvaluatingPage, id: string): Promise<string[]> {
  return page.evaluate((pid) => {
    const box = document.getElementById(pid);
    if (!box) throw new Error(`#${pid}: not on the page`);
    return ['kashif-person', 'kashif-org']
      .flatMap((name) => [...((CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? [])])
      .filter((r) => box.contains(r.startContainer))
      .map((r) => r.toString());
  }, id);
}

export function highlightCount(page: EvaluatingPage): Promise<number> {
  return page.evaluate(
    () => (CSS.highlights.get('kashif-person')?.size ?? 0) + (CSS.highlights.get('kashif-org')?.size ?? 0),
    undefined,
  );
}

/** Waits until the highlights have not changed for a moment (the content script works in slices and batches). */
export async function settledHighlights(page: EvaluatingPage, atLeast = 1, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const n = await highlightCount(page);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    }
    if (n >= atLeast && Date.now() - stableSince > 600) return n;
    if (Date.now() > deadline) throw new Error(`highlights did not settle: ${n} (wanted at least ${atLeast})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The texts of the ranges of one of Kashif's highlights (kashif-person, kashif-org, kashif-new), in the whole page. */
export function highlightTexts(page: EvaluatingPage, highlightName: string): Promise<string[]> {
  return page.evaluate(
    (name) => [...((CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? [])].map((r) => r.toString()),
    highlightName,
  );
}

/** Every text any of Kashif's highlights covers, in the whole page. */
export async function allHighlightedTexts(page: EvaluatingPage): Promise<string[]> {
  const names = ['kashif-person', 'kashif-org', 'kashif-new'];
  return (await Promise.all(names.map((n) => highlightTexts(page, n)))).flat();
}
