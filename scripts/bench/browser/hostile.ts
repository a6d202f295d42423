/**
 * The hostile and huge pages of issue 13 §3, each side by side with the page alone (Kashif paused) in the same
 * browser, runs interleaved:
 *
 *   npx tsx scripts/bench/browser/hostile.ts            # 2 runs of each side
 *   npx tsx scripts/bench/browser/hostile.ts --quick    # 1 run
 *   npx tsx scripts/bench/browser/hostile.ts --runs 5   # 5 runs (0: only --why and --timeline)
 *   npx tsx scripts/bench/browser/hostile.ts --only 5   # only the pages whose label holds «5»
 *   npx tsx scripts/bench/browser/hostile.ts --why      # also: what Kashif's longest tasks are made of (anatomy.ts)
 *   npx tsx scripts/bench/browser/hostile.ts --timeline # also: DOMContentLoaded → first highlight, task by task
 *   npx tsx scripts/bench/browser/hostile.ts --extension DIR   # another build (another branch's .output/chrome-mv3)
 *
 * For each page: the longest long-animation-frame after the load event (what the reader feels as a stutter, the
 * page's own included), the longest wait for a key press to be answered, the main thread's busy share over the
 * window (CDP's TaskDuration), the time from DOMContentLoaded to the first highlight in the viewport, and, on the
 * pages that settle, the longest task that ran Kashif's script (V8's sampling profiler, see runs.ts).
 * Needs `npm run build` first.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../../../tests/harness/browser';
import { median } from '../measure';
import { makeDictionary, makePage } from './data';
import { importDictionary } from './dictionary';
import { hugeBlockPage, rewritingPage, tinyNodesPage } from '../../../tests/harness/hostile-pages';
import { kashifScriptTasks, setPaused } from './runs';
import { kashifTaskAnatomy } from './anatomy';
import { firstHighlightTimeline } from './first-highlight';

const option = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const RUNS = option('--runs') !== undefined ? Number(option('--runs')) : process.argv.includes('--quick') ? 1 : 2;
const WHY = process.argv.includes('--why');
const TIMELINE = process.argv.includes('--timeline');
const EXTENSION = process.argv.includes('--extension')
  ? process.argv[process.argv.indexOf('--extension') + 1]
  : undefined;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
/** how long each run presses keys and measures, from the load event on */
const WINDOW_MS = 8000;
const log = (s: string) => process.stderr.write(`${s}\n`);

const dictionary = makeDictionary(1_000);
const PAGES: { label: string; html: string; settles: boolean }[] = [
  { label: '300,000 tiny text nodes', html: tinyNodesPage(300_000), settles: true },
  { label: '1,000,000 text nodes', html: tinyNodesPage(1_000_000), settles: false },
  { label: 'ticker rewritten every 10 ms', html: rewritingPage(2000), settles: false },
  { label: '5 MB article', html: makePage(5_000_000, dictionary.entities, [], 55).html, settles: true },
  // one text node: the browser's own layout of a block grows steeply with its length (3 M characters did not load in 5 minutes)
  { label: 'one block of 900,000 characters', html: hugeBlockPage(900_000), settles: true },
];

const WATCH = `(() => {
  const h = { loaf: [], delays: [], dcl: -1, firstInView: -1 };
  window.__hostile = h;
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) h.loaf.push([e.startTime, e.duration]); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
  addEventListener('DOMContentLoaded', () => { h.dcl = performance.now(); });
  addEventListener('keydown', (e) => { h.delays.push(performance.now() - e.timeStamp); });
  // checked on each frame, not by a timer: what the reader sees is a frame, and the walk's scheduler.yield()
  // continuations run ahead of timers, so a timer's poll saw the first highlights hundreds of ms after their frame
  const frame = () => {
    for (const name of ['kashif-person', 'kashif-org']) {
      for (const r of CSS.highlights.get(name) ?? []) {
        const b = r.getBoundingClientRect();
        if (b.bottom > 0 && b.top < innerHeight && b.width > 0) { h.firstInView = performance.now(); return; }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Side {
  loaf: number;
  input: number;
  busy: number;
  firstInView: number;
}

async function run(context: BrowserContext, url: string): Promise<Side> {
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  const taskTime = async () =>
    ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find(
      (m) => m.name === 'TaskDuration',
    )!.value;
  const t0 = Date.now();
  const busy0 = await taskTime();
  while (Date.now() - t0 < WINDOW_MS) {
    await page.keyboard.press('a');
    await page.waitForTimeout(100);
  }
  const busy = ((await taskTime()) - busy0) / ((Date.now() - t0) / 1000);
  const h = await page.evaluate(() => {
    const w = window as unknown as {
      __hostile: { loaf: [number, number][]; delays: number[]; dcl: number; firstInView: number };
    };
    const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { ...w.__hostile, loaded: loaded.loadEventEnd };
  });
  await page.close();
  return {
    loaf: Math.max(0, ...h.loaf.filter(([s, d]) => s + d > h.loaded).map(([, d]) => d)),
    input: Math.max(0, ...h.delays),
    busy: busy * 100,
    firstInView: h.firstInView < 0 ? NaN : h.firstInView - h.dcl,
  };
}

const byPath = new Map(PAGES.map((p, k) => [`/h${k}.html`, Buffer.from(p.html)]));
const server = http.createServer((req, res) => {
  const body = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
  if (!body) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await launchWithExtension(EXTENSION ? { extension: EXTENSION } : {});
const ext = await browser.context.newPage();
await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await importDictionary(ext, dictionary);

const ms = (x: number) => (Number.isNaN(x) ? '–' : `${Math.round(x)} ms`);
const rows: string[] = [];
const HEADER = `| page | longest frame alone | with Kashif | longest key wait alone | with Kashif | busy alone | with Kashif | DOMContentLoaded → first highlight in view | Kashif's longest task |
|---|---|---|---|---|---|---|---|---|`;
for (const [k, p] of PAGES.entries()) {
  if (only !== undefined && !p.label.includes(only)) continue;
  const url = `${origin}/h${k}.html`;
  const alone: Side[] = [];
  const kashif: Side[] = [];
  for (let r = 0; r < RUNS; r++) {
    await setPaused(ext, true);
    alone.push(await run(browser.context, url));
    await setPaused(ext, false);
    kashif.push(await run(browser.context, url));
    log(`${p.label}: run ${r + 1} done`);
  }
  if (RUNS > 0) log(`${p.label}: ${JSON.stringify({ alone, kashif })}`);
  const own =
    RUNS > 0 && p.settles && k !== 1
      ? await kashifScriptTasks(browser.context, url).then(
          (t) => `${ms(t.longest)} (thread ${ms(t.longestThread)})`,
          () => '–',
        )
      : '–';
  const m = (sides: Side[], key: keyof Side) => median(sides.map((s) => s[key]));
  if (RUNS > 0)
    rows.push(
      `| ${p.label} | ${ms(m(alone, 'loaf'))} | ${ms(m(kashif, 'loaf'))} | ${ms(m(alone, 'input'))} | ${ms(m(kashif, 'input'))} | ${m(alone, 'busy').toFixed(0)}% | ${m(kashif, 'busy').toFixed(0)}% | ${ms(m(kashif, 'firstInView'))} | ${own} |`,
    );
  if (RUNS > 0) log(rows[rows.length - 1]!);
  if (WHY && p.settles) log((await kashifTaskAnatomy(browser.context, url)).join('\n'));
  if (TIMELINE && p.settles) log((await firstHighlightTimeline(browser.context, url)).join('\n'));
}
await browser.close();
server.close();

process.stdout.write(`
Hostile pages: medians of ${RUNS} run(s), alone = the same page with Kashif paused, in the same browser
${HEADER}
${rows.join('\n')}
`);
