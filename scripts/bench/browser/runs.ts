/**
 * One measured run each: Kashif annotating a page as it loads (the built extension, a persistent context), and the
 * two references in a page without the extension: a bare TreeWalker pass (the floor) and mark.js's markRegExp.
 *
 * Main-thread work is read from a light Chrome trace (toplevel, v8, user timing: no per-call events, so the trace
 * does not slow the script down): the top-level tasks of the page's renderer main thread, summed over a window that
 * starts with the task that runs the content script (Kashif) or the measured evaluation (references) and ends
 * SETTLE_MS after the last highlight or mark was in place, so that the style, layout, paint and garbage collection
 * the work caused afterwards are counted too.
 *
 * Kashif's content script runs as the page finishes loading, and the page's own late work (its first full paint, the
 * end of a 5 MB document's load) falls in the same window. A third run measures that: the same page with Kashif
 * paused, the same window from its content script's start; Kashif's own work is the difference.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { ROOT } from './data';
import {
  CONTENT_SCRIPT,
  contentScriptCompile,
  forEachSample,
  startTrace,
  stopTrace,
  tasksOf,
  type ProfileNode,
  type Task,
  type TraceEvent,
} from './trace';

/**
 * How long after the last highlight the window runs on (SETTLE_MS=10000 in the environment to see whether work,
 * a major GC above all, was only pushed past it).
 */
export const SETTLE_MS = Number(process.env.SETTLE_MS ?? 2000);
const LIGHT = ['toplevel', 'v8', 'blink.user_timing', '__metadata'];
const GC_EVENTS = new Set([
  'MajorGC',
  'MinorGC',
  'V8.GCIncrementalMarking',
  'V8.GCScavenger',
  'V8.GCFinalizeMC',
  'V8.GCCompactor',
]);

export interface Work {
  /** sum of the window's top-level task durations, ms */
  work: number;
  /** the longest of them, ms */
  longest: number;
  /** tasks over 50 ms */
  longTasks: number;
  /**
   * the same tasks' thread time, ms: the time the main thread actually ran. On a 2-core machine a task's wall time
   * also holds the moments the thread waited for a core (the background matching, the browser process)
   */
  cpu: number;
  /** garbage collection inside them, ms */
  gc: number;
  tasks: number;
}

/** The tasks that run into [from, to) (to: open-ended when not given), trace microseconds. */
function windowWork(tasks: Task[], from: number, to = Infinity): Work {
  const inWindow = tasks.filter((t) => t.ts + t.dur > from && t.ts < to);
  let gc = 0;
  for (const t of inWindow) {
    // nested GC events (a MajorGC holds a V8.GCFinalizeMC): count the outermost only
    let end = -1;
    for (const c of t.children) {
      if (!GC_EVENTS.has(c.name) || c.ts < end) continue;
      gc += c.dur!;
      end = c.ts + c.dur!;
    }
  }
  return {
    work: inWindow.reduce((s, t) => s + t.dur, 0) / 1000,
    cpu: inWindow.reduce((s, t) => s + t.tdur, 0) / 1000,
    longest: Math.max(0, ...inWindow.map((t) => t.dur)) / 1000,
    longTasks: inWindow.filter((t) => t.dur > 50_000).length,
    gc: gc / 1000,
    tasks: inWindow.length,
  };
}

/** The task (start time) that holds the event, or the event's own time when no task does. */
function taskStartAt(tasks: Task[], ts: number): number {
  const t = tasks.find((x) => x.ts <= ts && ts <= x.ts + x.dur);
  return t ? t.ts : ts;
}

async function heapUsed(cdp: CDPSession, collect: boolean): Promise<number> {
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

// ---------------------------------------------------------------------------------------------------------------
// Kashif

/** Installed in the page's main world before its scripts: watches Kashif's highlights every 20 ms. */
const WATCH_HIGHLIGHTS = `(() => {
  const kb = { count: 0, first: -1, last: -1, loaf: [] };
  window.__kb = kb;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) kb.loaf.push([e.startTime, e.duration, e.blockingDuration]); })
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  setInterval(() => {
    const n = (CSS.highlights.get('kashif-person')?.size ?? 0) + (CSS.highlights.get('kashif-org')?.size ?? 0);
    if (n !== kb.count) { const now = performance.now(); if (kb.first < 0) kb.first = now; kb.count = n; kb.last = now; performance.mark('kb-highlights'); }
  }, 20);
})();`;

export interface KashifRun extends Work {
  /** navigation start → first highlight, ms */
  first: number;
  /** navigation start → every highlight in place, ms */
  inPlace: number;
  /** navigation start → load event end, ms */
  loaded: number;
  highlights: number;
  /** JS heap of the page right after, and after a full GC, MB */
  heap: number;
  heapRetained: number;
  /** the window's length: content script start → SETTLE_MS after the last highlight, ms */
  windowMs: number;
  /** longest long-animation-frame that ended after the load event, ms (and its blocking duration) */
  loaf: number;
  loafBlocking: number;
  visibility: string;
}

/** How the bench asks the page whether the highlights settled, and how often (the page-alone run asks the same). */
const POLL = 'JSON.stringify({ count: __kb.count, last: __kb.last, now: performance.now() })';
const POLL_MS = 200;

async function pollPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: T } };
  return r.result.value;
}

export async function kashifRun(
  context: BrowserContext,
  url: string,
  options: { trace?: string[]; profile?: boolean; keep?: (events: TraceEvent[], profile: unknown) => void } = {},
): Promise<KashifRun> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_HIGHLIGHTS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  await startTrace(cdp, options.trace ?? LIGHT);
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  const deadline = Date.now() + 180_000;
  let state: { count: number; last: number; now: number };
  for (;;) {
    state = await pollPage(cdp, POLL).then((s) => JSON.parse(s as unknown as string) as typeof state);
    if (state.count > 0 && state.now - state.last > SETTLE_MS) break;
    if (Date.now() > deadline) throw new Error(`Kashif: highlights did not settle on ${url} (${state.count})`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const heap = await heapUsed(cdp, false);
  const profile = options.profile ? ((await cdp.send('Profiler.stop')) as { profile: unknown }).profile : undefined;
  const events = await stopTrace(cdp);
  const heapRetained = await heapUsed(cdp, true);
  const kb = JSON.parse(
    await pollPage<string>(
      cdp,
      `JSON.stringify({ ...__kb, loaded: performance.getEntriesByType('navigation')[0].loadEventEnd, visibility: document.visibilityState })`,
    ),
  ) as {
    count: number;
    first: number;
    last: number;
    loaf: [number, number, number][];
    loaded: number;
    visibility: string;
  };
  options.keep?.(events, profile);
  await page.close();

  const compile = contentScriptCompile(events);
  if (!compile) throw new Error('Kashif: the content script did not run (no v8.compile of content.js in the trace)');
  const thread = { pid: compile.pid, tid: compile.tid };
  const tasks = tasksOf(events, thread);
  const from = taskStartAt(tasks, compile.ts);
  // the window ends SETTLE_MS after the last highlight (polling stopped the trace a little later), which the page's
  // watcher marked on the trace's clock
  const lastChange = events.filter((e) => e.name === 'kb-highlights').reduce((t, e) => Math.max(t, e.ts), -Infinity);
  if (!Number.isFinite(lastChange)) throw new Error('Kashif: no highlight change marked in the trace');
  const windowMs = (lastChange - from) / 1000 + SETTLE_MS;
  const work = windowWork(tasks, from, from + windowMs * 1000);
  const loafs = kb.loaf.filter(([start, duration]) => start + duration > kb.loaded);
  return {
    ...work,
    windowMs,
    first: kb.first,
    inPlace: kb.last,
    loaded: kb.loaded,
    highlights: kb.count,
    heap,
    heapRetained,
    loaf: Math.max(0, ...loafs.map((l) => l[1])),
    loafBlocking: Math.max(0, ...loafs.map((l) => l[2])),
    visibility: kb.visibility,
  };
}

/**
 * The longest task that ran Kashif's content script, ms, and how many did: a run with V8's sampling profiler in the
 * trace, a task being Kashif's when a sample inside it has a frame of content.js (sampling slows script down a
 * little: the figure errs long), by wall time and by thread time (on a loaded machine a task's wall time also holds
 * the moments its thread waited for a core). Tasks without script (style, layout, paint, GC) are not counted: the page-alone
 * run shows how long the page's own are.
 */
export async function kashifScriptTasks(
  context: BrowserContext,
  url: string,
): Promise<{ longest: number; longestThread: number; tasks: number }> {
  let found = { longest: 0, longestThread: 0, tasks: 0 };
  await kashifRun(context, url, {
    trace: SAMPLED,
    keep: (events) => {
      const compile = contentScriptCompile(events);
      if (!compile) return;
      const thread = { pid: compile.pid, tid: compile.tid };
      const times: number[] = [];
      forEachSample(events, thread, (time, _, leaf, nodes) => {
        for (let n: ProfileNode | undefined = leaf; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
          if (n.callFrame.url?.includes(CONTENT_SCRIPT)) {
            times.push(time);
            return;
          }
        }
      });
      const own = tasksOf(events, thread).filter(
        (t) => t.ts + t.dur > compile.ts && times.some((x) => x >= t.ts && x <= t.ts + t.dur),
      );
      found = {
        longest: Math.max(0, ...own.map((t) => t.dur)) / 1000,
        longestThread: Math.max(0, ...own.map((t) => t.tdur)) / 1000,
        tasks: own.length,
      };
    },
  });
  return found;
}

const SAMPLED = [...LIGHT, 'disabled-by-default-v8.cpu_profiler'];

/**
 * The page's own work in Kashif's window: the same page, loaded, watched and polled the same way with Kashif paused
 * (its content script starts, asks whether it is on, and stops), tasks summed from the content script's start over
 * `windowMs`.
 */
export async function pageAloneRun(context: BrowserContext, url: string, windowMs: number): Promise<Work> {
  const page = await context.newPage();
  // the same watcher and the same polling as Kashif's run: their work is the bench's, and falls in both windows
  await page.addInitScript(WATCH_HIGHLIGHTS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  await startTrace(cdp, LIGHT);
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  const until = Date.now() + windowMs + 500;
  while (Date.now() < until) {
    await pollPage(cdp, POLL);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const events = await stopTrace(cdp);
  await page.close();
  const compile = contentScriptCompile(events);
  if (!compile)
    throw new Error('page alone: the content script did not run (no v8.compile of content.js in the trace)');
  const tasks = tasksOf(events, { pid: compile.pid, tid: compile.tid });
  const from = taskStartAt(tasks, compile.ts);
  return windowWork(tasks, from, from + windowMs * 1000);
}

/** Pauses or resumes Kashif everywhere (the popup's switch), from an extension page. */
export async function setPaused(extensionPage: Page, paused: boolean): Promise<void> {
  await extensionPage.evaluate((p) => chrome.runtime.sendMessage({ type: 'setPaused', paused: p }), paused);
}

// ---------------------------------------------------------------------------------------------------------------
// references, in a page without the extension

export interface ReferenceRun extends Work {
  /** the evaluation's own duration (performance.now around it, layout forced and two frames included for mark.js), ms */
  wall: number;
  /** text nodes read (floor) or marks made (mark.js) */
  count: number;
  chars: number;
}

export const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

async function loadedPage(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  // the page's own layout and paint after load, then quiet
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(1000);
  return { page, cdp };
}

export async function baselineHeap(context: BrowserContext, url: string): Promise<number> {
  const { page, cdp } = await loadedPage(context, url);
  const heap = await heapUsed(cdp, true);
  await page.close();
  return heap;
}

async function measured(
  page: Page,
  cdp: CDPSession,
  run: () => Promise<{ wall: number; count: number; chars: number }>,
): Promise<ReferenceRun> {
  await startTrace(cdp, LIGHT);
  const result = await run();
  await page.waitForTimeout(SETTLE_MS);
  const events = await stopTrace(cdp);
  await page.close();
  const mark = events.find((e) => e.name === 'bench-start' && e.cat.includes('blink.user_timing'));
  if (!mark) throw new Error('reference: no bench-start mark in the trace');
  const tasks = tasksOf(events, { pid: mark.pid, tid: mark.tid });
  return { ...windowWork(tasks, taskStartAt(tasks, mark.ts)), ...result };
}

/** The floor: a TreeWalker that reads every text node's data once, nothing else. */
export async function floorRun(context: BrowserContext, url: string): Promise<ReferenceRun> {
  const { page, cdp } = await loadedPage(context, url);
  return measured(page, cdp, () =>
    page.evaluate(() => {
      performance.mark('bench-start');
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let count = 0;
      let chars = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        count++;
        chars += (n as Text).data.length;
      }
      const wall = performance.now() - t0;
      performance.mark('bench-end');
      return { wall, count, chars };
    }),
  );
}

/** The regex mark.js is given: one alternation of every name, longest first, with Unicode-aware word edges. */
export function namesRegExpSource(names: readonly string[]): string {
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`;
}

/** mark.js's fastest use: markRegExp with one regex, text node by text node (not across elements). */
export async function markJsRun(context: BrowserContext, url: string, source: string): Promise<ReferenceRun> {
  const { page, cdp } = await loadedPage(context, url);
  await page.addScriptTag({ content: fs.readFileSync(MARK_JS, 'utf8') });
  return measured(
    page,
    cdp,
    () =>
      page.evaluate(`(${MARK_IN_PAGE})(${JSON.stringify(source)})`) as Promise<{
        wall: number;
        count: number;
        chars: number;
      }>,
  );
}

// a string, not a function: tsx would wrap named functions in a __name() the page does not have
const MARK_IN_PAGE = `async (src) => {
  performance.mark('bench-start');
  const t0 = performance.now();
  const re = new RegExp(src, 'gu');
  let count = 0;
  let chars = 0;
  await new Promise((resolve) => new Mark(document.body).markRegExp(re, {
    exclude: ['textarea'],
    each: (element) => { count++; chars += element.textContent.length; },
    done: () => resolve(),
  }));
  // the marks are DOM: style and layout follow, then the frames that show them
  document.body.getBoundingClientRect();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const wall = performance.now() - t0;
  performance.mark('bench-end');
  return { wall, count, chars };
}`;
