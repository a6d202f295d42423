/**
 * The hostile ticker's main-thread busy share second by second from the load event, alone and with Kashif, runs
 * interleaved (each --extension DIR is a build; the first build also gives the page alone): where the cost Kashif
 * adds lies, while it reads the page and once the ticker is held back.
 *
 *   npx tsx scripts/bench/browser/ticker-timeline.ts [--runs N] [--extension DIR]...
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchWithExtension } from '../../../tests/harness/browser';
import { rewritingPage } from '../../../tests/harness/hostile-pages';
import { median } from '../measure';
import { makeDictionary } from './data';
import { importDictionary } from './dictionary';
import { setPaused } from './runs';

const RUNS = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 3;
const extensions = process.argv.flatMap((a, k) => (process.argv[k - 1] === '--extension' ? [a] : []));
if (!extensions.length) extensions.push('');
const SECONDS = 12;
const body = Buffer.from(rewritingPage(2000));
const server = http.createServer((_, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/t.html`;
const dictionary = makeDictionary(1_000);
const browsers = [];
for (const extension of extensions) {
  const browser = await launchWithExtension(extension ? { extension } : {});
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await importDictionary(ext, dictionary);
  browsers.push({ browser, ext, label: extension || 'this build' });
}
const series = new Map<string, number[][]>();
for (let r = 0; r < RUNS; r++)
  for (const [k, { browser, ext, label }] of browsers.entries())
    for (const paused of k === 0 ? [true, false] : [false]) {
      await setPaused(ext, paused);
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load' });
      const task = async () =>
        ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find(
          (m) => m.name === 'TaskDuration',
        )!.value;
      const shares: number[] = [];
      let last = await task();
      let t = Date.now();
      for (let s = 0; s < SECONDS; s++) {
        await page.waitForTimeout(1000);
        const now = await task();
        shares.push(((now - last) / ((Date.now() - t) / 1000)) * 100);
        last = now;
        t = Date.now();
      }
      await page.close();
      const key = paused ? 'alone' : label;
      series.set(key, [...(series.get(key) ?? []), shares]);
    }
for (const [key, runs] of series)
  console.log(
    `${key.padEnd(40)} ${Array.from({ length: SECONDS }, (_, s) =>
      median(runs.map((x) => x[s]!))
        .toFixed(0)
        .padStart(3),
    ).join(' ')}`,
  );
for (const { browser } of browsers) await browser.close();
server.close();
