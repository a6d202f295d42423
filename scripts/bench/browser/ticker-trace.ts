/**
 * Where the hostile ticker's main-thread time goes, alone and with Kashif: a trace of 9 s from navigation, self
 * time by trace event on the page's renderer main thread, in two windows (0–3 s: Kashif reads the page; 3–9 s).
 *
 *   npx tsx scripts/bench/browser/ticker-trace.ts [--extension DIR]
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchWithExtension } from '../../../tests/harness/browser';
import { rewritingPage } from '../../../tests/harness/hostile-pages';
import { makeDictionary } from './data';
import { importDictionary } from './dictionary';
import { setPaused } from './runs';
import { startTrace, stopTrace, type TraceEvent } from './trace';

const extension = process.argv.includes('--extension')
  ? process.argv[process.argv.indexOf('--extension') + 1]
  : undefined;
const body = Buffer.from(rewritingPage(2000));
const server = http.createServer((_, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/t.html`;
const browser = await launchWithExtension(extension ? { extension } : {});
const ext = await browser.context.newPage();
await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await importDictionary(ext, makeDictionary(1_000));
const WINDOWS = [0, 3000, 9000];
for (const paused of [true, false]) {
  await setPaused(ext, paused);
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await startTrace(cdp, ['toplevel', 'devtools.timeline', 'blink', 'v8.execute', '__metadata']);
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(WINDOWS.at(-1)! - (Date.now() - t0));
  const events = await stopTrace(cdp);
  await page.close();
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const start = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  let best: { key: string; self: Map<string, number>[] } | undefined;
  let bestTotal = -1;
  for (const m of mains) {
    const own = events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const self = WINDOWS.slice(1).map(() => new Map<string, number>());
    const stack: TraceEvent[] = [];
    const selfOf = new Map<TraceEvent, number>();
    for (const e of own) {
      while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) selfOf.set(parent, selfOf.get(parent)! - e.dur!);
      selfOf.set(e, e.dur!);
      stack.push(e);
    }
    let total = 0;
    for (const [e, s] of selfOf) {
      const at = (e.ts - start) / 1000;
      const w = WINDOWS.findIndex((x, k) => k > 0 && at < x) - 1;
      if (w < 0) continue;
      self[w]!.set(e.name, (self[w]!.get(e.name) ?? 0) + s / 1000);
      total += s;
    }
    if (total > bestTotal) {
      bestTotal = total;
      best = { key: `${m.pid}:${m.tid}`, self };
    }
  }
  console.log(`\n${paused ? 'alone' : 'with Kashif'} (thread ${best!.key})`);
  best!.self.forEach((map, w) => {
    const span = WINDOWS[w + 1]! - WINDOWS[w]!;
    const sum = [...map.values()].reduce((a, b) => a + b, 0);
    const top = [...map].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(
      `  ${WINDOWS[w]}–${WINDOWS[w + 1]} ms: ${((sum / span) * 100).toFixed(0)}% — ${top.map(([n, s]) => `${n} ${((s / span) * 100).toFixed(1)}%`).join(', ')}`,
    );
  });
}
await browser.close();
server.close();
