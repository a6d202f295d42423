import type { EvaluatingPage } from './highlights';

/**
 * Checks of how Kashif backs off a region that keeps changing (lib/page/changes.ts), on rewritingPage's ticker,
 * for both browsers' tests. How long a check watches the ticker: longer than it must be still to calm (CALM_MS).
 */
const WATCH_MS = 4000;

/** How many of Kashif's ranges start in the element with id `id`. */
export function rangesIn(page: EvaluatingPage, id: string): Promise<number> {
  return page.evaluate(
    (pid) =>
      ['kashif-person', 'kashif-org']
        .flatMap((name) => [...((CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? [])])
        .filter((r) => document.getElementById(pid)?.contains(r.startContainer)).length,
    id,
  );
}

/** How many of Kashif's ranges lie more than a screen away from the viewport. */
export function rangesOffScreen(page: EvaluatingPage): Promise<number> {
  return page.evaluate(
    () =>
      ['kashif-person', 'kashif-org']
        .flatMap((name) => [...((CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? [])])
        .filter((r) => {
          const box = r.getBoundingClientRect();
          return box.bottom < -innerHeight || box.top > 2 * innerHeight;
        }).length,
    undefined,
  );
}

/**
 * Kashif's ranges on screen: how many, and how many different names they cover (while a region keeps changing,
 * each name is marked once on screen, see lib/page/first-mentions.ts).
 */
export function marksOnScreen(page: EvaluatingPage): Promise<{ ranges: number; names: number }> {
  return page.evaluate(() => {
    const onScreen = ['kashif-person', 'kashif-org']
      .flatMap((name) => [...((CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? [])])
      .filter((r) => {
        const box = r.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight && box.width > 0;
      });
    return { ranges: onScreen.length, names: new Set(onScreen.map((r) => r.toString())).size };
  }, undefined);
}

/**
 * Watches the ticker (#ticker) for WATCH_MS while the page rewrites it: how many of the samples, every 20 ms, found
 * a range of Kashif's in it, and how many samples there were.
 */
export function tickerSamplesWithRanges(page: EvaluatingPage): Promise<{ withRanges: number; samples: number }> {
  return page.evaluate(
    (ms) =>
      new Promise<{ withRanges: number; samples: number }>((resolve) => {
        const ticker = document.getElementById('ticker')!;
        let withRanges = 0;
        let samples = 0;
        const sample = setInterval(() => {
          samples++;
          const inTicker = ['kashif-person', 'kashif-org']
            .flatMap((name) => [...((CSS.highlights.get(name) as unknown as Set<Range> | undefined) ?? [])])
            .some((r) => ticker.contains(r.startContainer));
          if (inTicker) withRanges++;
        }, 20);
        setTimeout(() => {
          clearInterval(sample);
          resolve({ withRanges, samples });
        }, ms);
      }),
    WATCH_MS,
  );
}

/** Stops the page's ticker (see rewritingPage). */
export function stopTicker(page: EvaluatingPage): Promise<void> {
  return page.evaluate(() => (window as unknown as { __stopTicker: () => void }).__stopTicker(), undefined);
}
