import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewritingPage } from '../harness/hostile-pages';
import { serveNewsSite, type NewsSite } from '../harness/news-site';
import { root } from '../harness/browser';
import { evaluating, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../harness/firefox';
import { settledHighlights } from '../harness/highlights';
import { marksOnScreen, rangesIn, rangesOffScreen, stopTicker, tickerSamplesWithRanges } from '../harness/back-off';

/** Kashif's back-off from a region that keeps changing, in Firefox ESR (hostile-pages.test.ts checks Chromium). */
let ff: FirefoxExtensionBrowser;
let site: NewsSite;

beforeAll(async () => {
  // the ticker's text node edited in place: its ranges would stay in place if it were marked
  site = await serveNewsSite(path.join(root, 'seeds'), { '/ticker': rewritingPage(300, 10, 'edit') });
  ff = await launchFirefoxWithExtension();
}, 120_000);

afterAll(async () => {
  await ff?.close();
  await site?.close();
});

describe('a page that rewrites a region every 10 ms, in Firefox', () => {
  it('has none of its names marked while it changes, and all once it stops', async () => {
    const page = await ff.browser.newPage();
    await page.goto(`${site.origin}/ticker`);
    const view = evaluating(page);
    await settledHighlights(view, 1);
    await expect
      .poll(async () => (await tickerSamplesWithRanges(view)).withRanges, { timeout: 60_000, interval: 0 })
      .toBe(0);
    const { withRanges, samples } = await tickerSamplesWithRanges(view);
    expect(samples).toBeGreaterThan(20);
    expect(withRanges).toBe(0);
    expect(await rangesOffScreen(view)).toBe(0);
    // and on screen, each name is marked once (every paragraph of this page names the same few)
    const whileHot = await marksOnScreen(view);
    expect(whileHot.ranges).toBeGreaterThan(0);
    expect(whileHot.ranges).toBe(whileHot.names);
    await stopTicker(view);
    await expect.poll(() => rangesIn(view, 'ticker'), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => rangesOffScreen(view), { timeout: 10_000 }).toBeGreaterThan(0);
    const quiet = await marksOnScreen(view);
    expect(quiet.ranges).toBeGreaterThan(3 * quiet.names);
    await page.close();
  }, 180_000);
});
