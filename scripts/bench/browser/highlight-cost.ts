/**
 * What a page that rewrites itself every 10 ms (the hostile ticker) pays for registered highlights, without
 * Kashif: main-thread busy share (CDP TaskDuration) over 3 s for each way of registering ranges, alternated over
 * the rounds. Finds what the browser's per-frame cost scales with: how many ranges, on screen or off, live Range
 * or StaticRange, one Highlight or several, in the changing subtree or not, the page editing text or replacing it.
 *
 *   npx tsx scripts/bench/browser/highlight-cost.ts [--rounds N] [--only WORD]
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, root } from '../../../tests/harness/browser';
import { rewritingPage } from '../../../tests/harness/hostile-pages';
import { median } from '../measure';

const option = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const ROUNDS = Number(option('--rounds') ?? 3);
const only = option('--only');
const style = fs.readFileSync(path.join(root, 'entrypoints/content/style.css'), 'utf8');
const pages: Record<string, string> = {
  '/replace': rewritingPage(2000),
  '/edit': rewritingPage(2000, 10, 'edit'),
};
const server = http.createServer((req, res) => {
  const html = pages[new URL(req.url ?? '/', 'http://x').pathname] ?? '';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const b = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 1100, height: 900 } });

interface Setup {
  /** how many ranges, each over a name of a paragraph, from paragraph `from` on */
  n: number;
  from?: number;
  kind?: 'range' | 'static';
  highlights?: number;
  /** ranges in the ticker's own text node (edit page only) */
  inTicker?: boolean;
  page?: 'replace' | 'edit';
  styled?: boolean;
  /** one name per paragraph (ranges in `n` text nodes), not three */
  spread?: boolean;
}

async function run({
  n,
  from = 0,
  kind = 'range',
  highlights = 1,
  inTicker = false,
  page = 'replace',
  styled = true,
  spread = false,
}: Setup) {
  const tab = await ctx.newPage();
  const cdp = await ctx.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
  if (styled)
    await tab.addStyleTag({ content: style.replaceAll('kashif-person', 'x0').replaceAll('kashif-org', 'x1') });
  // a string, not a function: tsx's helpers (__name) do not exist in the page
  await tab.evaluate(`(({ n, from, kind, highlights, inTicker, spread }) => {
    if (n < 0) return;
    const hs = Array.from({ length: highlights }, () => new Highlight());
    hs.forEach((h, k) => CSS.highlights.set('x' + k, h));
    const make = (t, s, e) => {
      if (kind === 'static') return new StaticRange({ startContainer: t, startOffset: s, endContainer: t, endOffset: e });
      const r = new Range();
      r.setStart(t, s);
      r.setEnd(t, e);
      return r;
    };
    const ps = [...document.querySelectorAll('main p')].slice(from);
    // three names a paragraph: «قال سيرغي لافروف أمام مجلس الأمن إن الأمم المتحدة»
    for (let i = 0; i < n; i++) {
      const t = (inTicker ? document.getElementById('ticker') : ps[spread ? i : Math.floor(i / 3)]).firstChild;
      const name = ['سيرغي لافروف', 'مجلس الأمن', 'الأمم المتحدة'][i % 3];
      const at = Math.max(0, t.data.indexOf(name));
      hs[i % highlights].add(make(t, at, Math.min(t.data.length, at + name.length)));
    }
  })(${JSON.stringify({ n, from, kind, highlights, inTicker, spread })})`);
  await tab.waitForTimeout(800);
  const m = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map(
        (x) => [x.name, x.value],
      ),
    ) as Record<string, number>;
  const a = await m();
  const t0 = Date.now();
  await tab.waitForTimeout(3000);
  const z = await m();
  const s = (Date.now() - t0) / 1000;
  await tab.close();
  // busy: wall time in tasks; thread: the time the thread ran (less swayed by other processes on the machine)
  return { busy: ((z.TaskDuration! - a.TaskDuration!) / s) * 100, thread: ((z.ThreadTime! - a.ThreadTime!) / s) * 100 };
}

// about 30 paragraphs (90 names) are on screen at 1100×900; paragraph 1000 is 30 screens down
const cases: [string, Setup][] = [
  ['alone', { n: -1 }],
  ['empty highlight', { n: 0 }],
  ['10 on screen', { n: 10 }],
  ['25 on screen', { n: 25 }],
  ['50 on screen', { n: 50 }],
  ['76 on screen', { n: 76 }],
  ['3 in one paragraph', { n: 3 }],
  ['12 in 12 paragraphs', { n: 12, spread: true }],
  ['24 in 24 paragraphs', { n: 24, spread: true }],
  ['24 in 8 paragraphs', { n: 24 }],
  ['76 on screen, unstyled', { n: 76, styled: false }],
  ['76 StaticRange on screen', { n: 76, kind: 'static' }],
  ['76 on screen, 2 highlights', { n: 76, highlights: 2 }],
  ['76 off screen', { n: 76, from: 1000 }],
  ['600 off screen', { n: 600, from: 1000 }],
  ['600 StaticRange off screen', { n: 600, from: 1000, kind: 'static' }],
  ['edit: alone', { n: -1, page: 'edit' }],
  ['edit: 76 on screen', { n: 76, page: 'edit' }],
  ['edit: 2 in the ticker', { n: 2, page: 'edit', inTicker: true }],
  ['edit: 76 off screen', { n: 76, from: 1000, page: 'edit' }],
];
const results = new Map<string, { busy: number; thread: number }[]>();
for (let k = 0; k < ROUNDS; k++)
  for (const [label, setup] of cases) {
    if (only && !label.includes(only)) continue;
    const r = await run(setup);
    results.set(label, [...(results.get(label) ?? []), r]);
    process.stderr.write(`${label}: busy ${r.busy.toFixed(0)}% thread ${r.thread.toFixed(0)}%\n`);
  }
console.log(`medians of ${ROUNDS} rounds: busy share (TaskDuration), thread share (ThreadTime)`);
for (const [label, rs] of results)
  console.log(
    `${label.padEnd(32)} busy ${median(rs.map((r) => r.busy)).toFixed(0)}%  thread ${median(rs.map((r) => r.thread)).toFixed(0)}%`,
  );
await b.close();
server.close();
