/**
 * The in-browser benchmark: Kashif in headless Chromium (Debian's /usr/bin/chromium, the built extension of
 * .output/chrome-mv3) on generated Arabic news pages of 1 MB and 5 MB of text, with dictionaries of 1,000 and
 * 100,000 entries, against two references in a page without the extension: a bare TreeWalker pass over every text
 * node (the floor) and mark.js's markRegExp with one alternation of all the names.
 *
 *   npx tsx scripts/bench/browser/main.ts              # 3 runs of each, medians (about 6–8 minutes)
 *   npx tsx scripts/bench/browser/main.ts --quick      # 1 run of each
 *   npx tsx scripts/bench/browser/main.ts --diagnose   # also: where Kashif's main-thread time goes (full trace, CPU profile)
 *   npx tsx scripts/bench/browser/focus.ts             # one pair, Kashif and the floor only, while working on it
 *
 * Kashif's content script starts as the page finishes loading, and the page's own late work falls in the same
 * window; each pair is also run with Kashif paused, and Kashif's work is the difference (see runs.ts). Kashif's
 * longest task is the longest that ran its script, found by V8's sampling profiler in one more run.
 *
 * "1 MB of text" is 1,000,000 characters of readable text (about 1.8 MB as UTF-8), markup, scripts and
 * textareas not counted. Needs `npm run build` first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, extensionPath, launchWithExtension, root } from '../../../tests/harness/browser';
import { serveNewsSite } from '../../../tests/harness/news-site';
import { dictionaryNames, makeDictionary, makePage, type Page } from './data';
import { measureInterface, type InterfaceRun } from './interface';
import { diagnose } from './diagnose';
import { dictionaryReady, importDictionary, stopServiceWorkers, type Ready } from './dictionary';
import { median } from '../measure';
import {
  baselineHeap,
  floorRun,
  kashifRun,
  kashifScriptTasks,
  markJsRun,
  namesRegExpSource,
  pageAloneRun,
  setPaused,
  SETTLE_MS,
  type KashifRun,
  type ReferenceRun,
  type Work,
} from './runs';

const argv = process.argv.slice(2);
const RUNS = argv.includes('--quick') ? 1 : 3;
const DIAGNOSE = argv.includes('--diagnose');
/** a mark.js run slower than this is not repeated */
const MARKJS_ONCE_MS = 20_000;

const SIZES = [
  { label: '1 MB', chars: 1_000_000, seed: 11 },
  { label: '5 MB', chars: 5_000_000, seed: 55 },
];
const DICTS = [1_000, 100_000];

const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const mb = (x: number) => `${x.toFixed(1)} MB`;
const ratio = (x: number) => (x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(1)}×`);
const log = (s: string) => process.stderr.write(`${s}\n`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

if (!fs.existsSync(path.join(extensionPath, 'manifest.json')))
  throw new Error(`${extensionPath}: not built; run npm run build first`);
if (!fs.existsSync(path.join(import.meta.dirname, '../../../node_modules/mark.js/dist/mark.min.js')))
  throw new Error('mark.js is missing: npm install -D mark.js');

// ---- inputs
log('generating dictionaries and pages …');
const dict100k = makeDictionary(100_000);
const dictionaries = new Map(
  DICTS.map((n) => [
    n,
    n === dict100k.entities.length ? dict100k : { ...dict100k, entities: dict100k.entities.slice(0, n) },
  ]),
);
const pool = dictionaries.get(1_000)!.entities;
const extra = dict100k.entities.slice(1_000);
const pages = new Map<string, Page>(SIZES.map((s) => [s.label, makePage(s.chars, pool, extra, s.seed)]));
const regexSources = new Map(DICTS.map((n) => [n, namesRegExpSource(dictionaryNames(dictionaries.get(n)!))]));

const site = await serveNewsSite(
  path.join(root, 'seeds'),
  Object.fromEntries([...pages].map(([label, p]) => [`/${label.replace(' ', '')}.html`, p.html])),
);
const { origin } = site;
const urlOf = (label: string) => `${origin}/${label.replace(' ', '')}.html`;

// ---- references, without the extension
const floors = new Map<string, ReferenceRun[]>();
const marks = new Map<string, ReferenceRun[]>();
const heapBase = new Map<string, number>();
{
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  for (const { label } of SIZES) {
    heapBase.set(label, await baselineHeap(context, urlOf(label)));
    const runs: ReferenceRun[] = [];
    for (let k = 0; k < RUNS; k++) runs.push(await floorRun(context, urlOf(label)));
    floors.set(label, runs);
    log(`[${elapsed()}] floor ${label}: ${runs.map((r) => ms(r.work)).join(', ')}`);
    for (const n of DICTS) {
      const list: ReferenceRun[] = [];
      for (let k = 0; k < RUNS; k++) {
        list.push(await markJsRun(context, urlOf(label), regexSources.get(n)!));
        if (list[0]!.work > MARKJS_ONCE_MS) break;
      }
      marks.set(`${label}|${n}`, list);
      log(
        `[${elapsed()}] mark.js ${label} × ${n}: ${list.map((r) => ms(r.work)).join(', ')} (${list[0]!.count} marks)`,
      );
    }
  }
  await browser.close();
}

// ---- Kashif
const kashif = new Map<string, KashifRun[]>();
/** the page's own work in Kashif's window (Kashif paused), and Kashif's longest task that ran its script */
const alone = new Map<string, Work[]>();
const ownTasks = new Map<string, { longest: number; tasks: number }>();
let diagnosis: string[] = [];
const ready = new Map<number, Ready>();
const imports = new Map<number, number>();
let ui: InterfaceRun | undefined;
{
  const browser = await launchWithExtension();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const probe = pages
    .get(SIZES[0]!.label)!
    .html.slice(20_000, 30_000)
    .replace(/<[^>]+>/gu, '');
  for (const n of DICTS) {
    imports.set(n, await importDictionary(popup, dictionaries.get(n)!));
    const r = await dictionaryReady(popup, probe);
    let restart: { first: number; second: number } | undefined;
    if (await stopServiceWorkers(browser.context, popup)) restart = await dictionaryReady(popup, probe);
    ready.set(n, { ...r, ...(restart ? { restartFirst: restart.first, restartSecond: restart.second } : {}) });
    log(
      `[${elapsed()}] dictionary ${n}: import ${ms(imports.get(n)!)}, first match ${ms(r.first)} (compile), second ${ms(r.second)}${restart ? `, after a worker restart ${ms(restart.first)} then ${ms(restart.second)}` : ''}`,
    );
    for (const { label } of SIZES) {
      const runs: KashifRun[] = [];
      for (let k = 0; k < RUNS; k++) runs.push(await kashifRun(browser.context, urlOf(label)));
      kashif.set(`${label}|${n}`, runs);
      log(
        `[${elapsed()}] Kashif ${label} × ${n}: ${runs.map((r) => `${ms(r.work)} work, in place at ${ms(r.inPlace)}, longest ${ms(r.longest)}`).join('; ')} (${runs[0]!.highlights} highlights, ${runs[0]!.visibility})`,
      );
      const windowMs = median(runs.map((r) => r.windowMs));
      await setPaused(popup, true);
      const controls: Work[] = [];
      for (let k = 0; k < RUNS; k++) controls.push(await pageAloneRun(browser.context, urlOf(label), windowMs));
      await setPaused(popup, false);
      alone.set(`${label}|${n}`, controls);
      ownTasks.set(`${label}|${n}`, await kashifScriptTasks(browser.context, urlOf(label)));
      log(
        `[${elapsed()}]   the page alone in the same ${ms(windowMs)}: ${controls.map((r) => `${ms(r.work)} work, longest ${ms(r.longest)}`).join('; ')}; Kashif's longest script task ${ms(ownTasks.get(`${label}|${n}`)!.longest)}`,
      );
    }
  }
  // the last dictionary imported is the 100,000-entry one
  ui = await measureInterface(browser.context, browser.extensionId);
  log(
    `[${elapsed()}] interface: popup usable at ${ui.popupUsable.map(ms).join(', ')}; manager filled at ${ms(ui.managerUsable)}; scroll: ${ui.scrollLongTasks} tasks > 50 ms`,
  );
  if (DIAGNOSE)
    diagnosis = await diagnose(
      browser.context,
      popup,
      SIZES.map((s) => ({ label: s.label, url: urlOf(s.label) })),
      DICTS.map((n) => ({ n, dictionary: dictionaries.get(n)! })),
      log,
    );
  await popup.close();
  await browser.close();
}
await site.close();

// ---- report
const med = <T>(runs: T[], f: (r: T) => number) => median(runs.map(f));
const lines: string[] = [];
const out = (s = '') => lines.push(s);
const pad = (cells: string[], widths: number[]) =>
  cells.map((c, k) => (k < 2 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ');

out(
  `Kashif in-browser benchmark — ${new Date().toISOString().slice(0, 10)}, ${path.basename(chromiumPath())} ${await chromiumVersion()}, headless, ${RUNS === 1 ? '1 run' : `median of ${RUNS} runs`}`,
);
for (const { label } of SIZES) {
  const p = pages.get(label)!;
  out(
    `page ${label}: ${p.textChars.toLocaleString('en')} characters of text (${(p.textBytes / 2 ** 20).toFixed(1)} MiB UTF-8), HTML ${(p.html.length / 2 ** 20).toFixed(1)} M characters`,
  );
}
out();
out("Main-thread work (sum of the renderer main thread's tasks, their microtasks included). Kashif: from its content");
out(
  `script's first task to ${SETTLE_MS / 1000} s after the last highlight (style, layout, paint, GC included), minus the same window of the`,
);
out("same page with Kashif paused (the page's own work after load). References: from the evaluation to 2 s after it.");
const W = [6, 7, 9, 8, 8, 8, 8, 8, 8, 8, 9, 8, 8, 9];
out(
  pad(
    [
      'page',
      'dict',
      'in place',
      'window',
      'page',
      'Kashif',
      'Kashif',
      'longest',
      'heap',
      'floor',
      'mark.js',
      'mark',
      '×floor',
      'mark/K',
    ],
    W,
  ),
);
out(
  pad(
    [
      '',
      '',
      'from nav',
      'work',
      'alone',
      'work',
      'longest',
      'in wind.',
      '+retain',
      'work',
      'work',
      'longest',
      '≤3×',
      '≥5×',
    ],
    W,
  ),
);
const summary: {
  label: string;
  n: number;
  k: KashifRun[];
  a: Work[];
  own: { longest: number; tasks: number };
  f: ReferenceRun[];
  m: ReferenceRun[];
}[] = [];
/** Kashif's own work: its window's median minus the page-alone median */
const ownWork = (x: { k: KashifRun[]; a: Work[] }) => Math.max(0, med(x.k, (r) => r.work) - med(x.a, (r) => r.work));
for (const { label } of SIZES) {
  for (const n of DICTS) {
    const key = `${label}|${n}`;
    const k = kashif.get(key)!;
    const a = alone.get(key)!;
    const own = ownTasks.get(key)!;
    const f = floors.get(label)!;
    const m = marks.get(key)!;
    summary.push({ label, n, k, a, own, f, m });
    const kw = ownWork({ k, a });
    const fw = med(f, (r) => r.work);
    const mw = med(m, (r) => r.work);
    out(
      pad(
        [
          label,
          n.toLocaleString('en'),
          ms(med(k, (r) => r.inPlace)),
          ms(med(k, (r) => r.work)),
          ms(med(a, (r) => r.work)),
          ms(kw),
          ms(own.longest),
          `${ms(med(k, (r) => r.longest))}`,
          mb(med(k, (r) => r.heapRetained) - heapBase.get(label)!),
          ms(fw),
          `${ms(mw)}${m.length < RUNS ? '¹' : ''}`,
          ms(med(m, (r) => r.longest)),
          ratio(kw / fw),
          ratio(mw / kw),
        ],
        W,
      ),
    );
  }
}
out('¹ one run (too slow to repeat)');
out();
out('Kashif in detail (medians): navigation start → load event end → first highlight → all in place;');
out(
  'tasks in the window, of them over 50 ms, GC inside them; JS heap right after / after a full GC / page alone after a full GC',
);
for (const { label, n, k, a, own } of summary) {
  out(
    `  ${label} × ${n.toLocaleString('en').padEnd(7)}  load ${ms(med(k, (r) => r.loaded))} → first ${ms(med(k, (r) => r.first))} → all ${ms(med(k, (r) => r.inPlace))};  ` +
      `page alone in the window: ${ms(med(a, (r) => r.work))}, longest task ${ms(med(a, (r) => r.longest))};  Kashif ran script in ${own.tasks} tasks, the longest ${ms(own.longest)};  ` +
      `${Math.round(med(k, (r) => r.tasks))} tasks, ${Math.round(med(k, (r) => r.longTasks))} > 50 ms, GC ${ms(med(k, (r) => r.gc))};  ` +
      `heap ${mb(med(k, (r) => r.heap))} / ${mb(med(k, (r) => r.heapRetained))} / ${mb(heapBase.get(label)!)};  LoAF blocking max ${ms(med(k, (r) => r.loafBlocking))}`,
  );
}
out('References in detail (medians): evaluation time as the page sees it, tasks over 50 ms, GC');
for (const { label } of SIZES) {
  const f = floors.get(label)!;
  out(
    `  floor   ${label}            ${ms(med(f, (r) => r.wall))} for ${f[0]!.count.toLocaleString('en')} text nodes (${f[0]!.chars.toLocaleString('en')} chars); longest task ${ms(med(f, (r) => r.longest))}`,
  );
  for (const n of DICTS) {
    const m = marks.get(`${label}|${n}`)!;
    out(
      `  mark.js ${label} × ${n.toLocaleString('en').padEnd(7)}  ${ms(med(m, (r) => r.wall))} to mark and lay out ${m[0]!.count.toLocaleString('en')} names; ${Math.round(med(m, (r) => r.longTasks))} tasks > 50 ms, GC ${ms(med(m, (r) => r.gc))}`,
    );
  }
}
out();
out('Dictionary ready in the background (service worker), timed from an extension page with runtime.sendMessage:');
for (const n of DICTS) {
  const r = ready.get(n)!;
  out(
    `  ${n.toLocaleString('en').padStart(7)} entries: import ${ms(imports.get(n)!)};  first match after import ${ms(r.first)} (reads the entities, compiles, stores the tables), second ${ms(r.second)} → ready in ≈ ${ms(r.first - r.second)}` +
      (r.restartFirst !== undefined
        ? `;  after a worker restart: first ${ms(r.restartFirst)}, second ${ms(r.restartSecond!)}`
        : ''),
  );
}

// ---- targets
const worst = (f: (s: (typeof summary)[number]) => number) => summary.reduce((a, s) => Math.max(a, f(s)), -Infinity);
const best = (f: (s: (typeof summary)[number]) => number) => summary.reduce((a, s) => Math.min(a, f(s)), Infinity);
const vsFloor = worst((s) => ownWork(s) / med(s.f, (r) => r.work));
const vsMark = best((s) => med(s.m, (r) => r.work) / ownWork(s));
const longest = worst((s) => s.own.longest);
const longestInWindow = worst((s) => med(s.k, (r) => r.longest));
const longestAlone = worst((s) => med(s.a, (r) => r.longest));
const r100 = ready.get(100_000)!;
const ready100 = r100.first - r100.second;
const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
out();
out('Targets (worst case over the four page × dictionary pairs):');
out(`  main-thread work vs the floor  ≤ 3×        ${ratio(vsFloor).padStart(6)}   ${check(vsFloor <= 3)}`);
out(`  mark.js work vs Kashif's       ≥ 5×        ${ratio(vsMark).padStart(6)}   ${check(vsMark >= 5)}`);
out(
  `  Kashif's longest task          ≤ 50 ms     ${ms(longest).padStart(6)}   ${check(longest <= 50)}   (longest task in its window ${ms(longestInWindow)}; the page alone, same window: ${ms(longestAlone)})`,
);
out(`  100,000-entry dictionary ready < 150 ms    ${ms(ready100).padStart(6)}   ${check(ready100 < 150)}`);

if (ui) {
  const open = median(ui.popupUsable);
  out();
  out(
    `Interface with ${DICTS.at(-1)!.toLocaleString('en')} entities: popup open → search box usable ${ms(open)} (median of ${ui.popupUsable.length}; target < 100 ms: ${check(open < 100)});`,
  );
  out(
    `  manager open → table filled ${ms(ui.managerUsable)}; scrolling the whole table: ${ui.scrollLongTasks} tasks over 50 ms${ui.scrollLongTasks ? ` (longest ${ms(ui.scrollLongest)})` : ''} (target none: ${check(ui.scrollLongTasks === 0)})`,
  );
}

// ---- README block
out();
out('---- README summary ----');
out('### In the browser');
out();
out(
  `Headless Chromium ${await chromiumVersion()} (Debian), 2 cores; generated Arabic news pages (seed sentences recombined, names`,
);
out('split by `<strong>`, links, scripts, textareas), the built extension; `npx tsx scripts/bench/browser/main.ts`.');
out(
  "Main-thread work: the renderer main thread's tasks, their microtasks included. Kashif's: the window from its content",
);
out(
  `script's first task to ${SETTLE_MS / 1000} s after the last highlight (layout, paint and GC included), minus the same window of the same`,
);
out(
  "page with Kashif paused (the page's own work after load). Kashif's longest task: the longest task that ran its script",
);
out(
  "(found by V8's sampling profiler). Floor: a TreeWalker that only reads every text node. mark.js: `markRegExp` with one",
);
out('alternation of all names (Unicode word edges). References run in a page without the extension, after it settled.');
out();
out(
  "| page text | dictionary | highlights in place (from navigation start) | window work | the page alone | Kashif's work | Kashif's longest task | longest task in the window (page alone) | floor | mark.js | Kashif / floor | mark.js / Kashif |",
);
out('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const s2 of summary) {
  const { label, n, k, a, own, f, m } = s2;
  const kw = ownWork(s2);
  out(
    `| ${label} | ${n.toLocaleString('en')} | ${ms(med(k, (r) => r.inPlace))} | ${ms(med(k, (r) => r.work))} | ${ms(med(a, (r) => r.work))} | ${ms(kw)} | ${ms(own.longest)} | ${ms(med(k, (r) => r.longest))} (${ms(med(a, (r) => r.longest))}) | ${ms(med(f, (r) => r.work))} | ${ms(med(m, (r) => r.work))} | ${ratio(kw / med(f, (r) => r.work))} | ${ratio(med(m, (r) => r.work) / kw)} |`,
  );
}
out();
out(
  `100,000-entry dictionary: ready to match ${ms(ready100)} after import (compiled once, then cached; a match of a short text takes ${ms(r100.second)})` +
    (r100.restartFirst !== undefined
      ? `; after a service-worker restart the first match takes ${ms(r100.restartFirst)} (tables read back, no compile).`
      : '.'),
);
out(
  `Targets: Kashif ≤ 3× the floor — ${check(vsFloor <= 3)} (${ratio(vsFloor)}); ≥ 5× less work than mark.js — ${check(vsMark >= 5)} (${ratio(vsMark)}); Kashif's longest task ≤ 50 ms — ${check(longest <= 50)} (${ms(longest)}; the page's own reach ${ms(longestAlone)}); dictionary ready < 150 ms — ${check(ready100 < 150)} (${ms(ready100)}).`,
);
out('---- end ----');
lines.push(...diagnosis);
console.log(lines.join('\n'));
log(`done in ${elapsed()}`);

async function chromiumVersion(): Promise<string> {
  const { execFileSync } = await import('node:child_process');
  try {
    return (
      /(\d+\.\d+\.\d+\.\d+)/u.exec(
        execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
      )?.[1] ?? ''
    );
  } catch {
    return '';
  }
}
