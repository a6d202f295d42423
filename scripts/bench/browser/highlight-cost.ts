/**
 * What a page that rewrites itself every 10 ms (the hostile ticker) pays for registered highlights, without
 * Kashif: the page alone, with an empty highlight, and with 30 to 2,000 ranges (live Ranges or StaticRanges) in
 * one, each over 4 s, main-thread busy share (CDP TaskDuration: wall time) and thread time (ThreadTime: the time the
 * thread ran). Attributes the ticker's cost between Kashif's own work and the browser's repainting.
 *
 *   npx tsx scripts/bench/browser/highlight-cost.ts
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../../tests/harness/browser';
import { rewritingPage } from '../../../tests/harness/hostile-pages';
const body = Buffer.from(rewritingPage(2000));
const server = http.createServer((_, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/p.html`;
const b = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 1100, height: 900 } });
async function run(setup: string) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(setup);
  await page.waitForTimeout(1000);
  const m = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map(
        (x) => [x.name, x.value],
      ),
    ) as Record<string, number>;
  const a = await m();
  const t0 = Date.now();
  await page.waitForTimeout(4000);
  const z = await m();
  const s = (Date.now() - t0) / 1000;
  await page.close();
  return `busy ${(((z.TaskDuration! - a.TaskDuration!) / s) * 100).toFixed(0)}% thread ${((((z.ThreadTime ?? 0) - (a.ThreadTime ?? 0)) / s) * 100).toFixed(0)}%`;
}
const ranges = (n: number, kind: string, where: string) => `(() => {
  const h = new Highlight();
  const ps = [...document.querySelectorAll('${where}')].slice(0, ${n});
  for (const p of ps) { const t = p.firstChild; const r = ${kind === 'static' ? 'new StaticRange({ startContainer: t, startOffset: 10, endContainer: t, endOffset: 20 })' : '(() => { const r = new Range(); r.setStart(t, 10); r.setEnd(t, 20); return r; })()'}; h.add(r); }
  CSS.highlights.set('x', h);
})()`;
const cases: [string, string][] = [
  ['alone', '0'],
  ['empty highlight registered', "CSS.highlights.set('x', new Highlight())"],
  ['30 Ranges in view', ranges(30, 'range', 'main p')],
  ['300 Ranges (view + 2 screens)', ranges(300, 'range', 'main p')],
  ['300 StaticRanges', ranges(300, 'static', 'main p')],
  ['2000 Ranges', ranges(2000, 'range', 'main p')],
];
for (let k = 0; k < 2; k++) for (const [label, setup] of cases) console.log(label.padEnd(32), await run(setup));
await b.close();
server.close();
