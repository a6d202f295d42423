/**
 * `--diagnose`: where Kashif's time goes. A full trace (devtools.timeline, V8's sampling profiler) of Kashif on
 * each page with the dictionary loaded last, read two ways: self time by trace event on the page's main thread
 * (script, style, layout, pre-paint, paint, GC, IPC) and self time by JavaScript function (the built, minified
 * bundles: each function is shown with the start of its source so that it can be found in lib/). Then the same
 * for the service worker: one page's match request, and the first match after an import (the compile).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionPath } from '../../../tests/harness/browser';
import type { Dictionary } from '../../../lib/dictionary/schema';
import { dictionaryReady, importDictionary } from './dictionary';
import { kashifRun } from './runs';
import {
  CONTENT_SCRIPT,
  contentScriptCompile,
  forEachSample,
  startTrace,
  stopTrace,
  tasksOf,
  type ProfileNode,
  type TraceEvent,
} from './trace';

/** rendering and script events (FunctionCall events per DOM callback slow the script down: read proportions) */
const TIMELINE = ['toplevel', 'devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', '__metadata'];
/** V8's sampling profiler in every process, without per-call events */
const PROFILE = ['toplevel', 'v8', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler', '__metadata'];

interface Thread {
  pid: number;
  tid: number;
}

const sources = new Map<string, string[]>();
function snippet(url: string, line: number, column: number): string {
  const file = url.startsWith('chrome-extension://') ? path.join(extensionPath, new URL(url).pathname) : undefined;
  if (!file || !fs.existsSync(file)) return '';
  if (!sources.has(file)) sources.set(file, fs.readFileSync(file, 'utf8').split('\n'));
  return (sources.get(file)![line] ?? '').slice(column, column + 90).replace(/\s+/gu, ' ');
}

/** Self time (ms) by event name on a thread after `from`: each event's duration minus its nested events'. */
function selfTimes(events: TraceEvent[], thread: Thread, from: number): Map<string, number> {
  const tasks = tasksOf(events, thread).filter((t) => t.ts + t.dur > from);
  const self = new Map<string, number>();
  for (const task of tasks) {
    const stack: { name: string; end: number; child: number; dur: number }[] = [
      { name: '(task: no event)', end: task.ts + task.dur, child: 0, dur: task.dur },
    ];
    const close = (upTo: number) => {
      while (stack.length > 1 && stack[stack.length - 1]!.end <= upTo) {
        const e = stack.pop()!;
        self.set(e.name, (self.get(e.name) ?? 0) + (e.dur - e.child));
        stack[stack.length - 1]!.child += e.dur;
      }
    };
    for (const c of task.children) {
      close(c.ts);
      stack.push({ name: c.name, end: c.ts + c.dur!, child: 0, dur: c.dur! });
    }
    close(Infinity);
    const top = stack[0]!;
    self.set(top.name, (self.get(top.name) ?? 0) + (top.dur - top.child));
  }
  for (const [k, v] of self) self.set(k, v / 1000);
  return self;
}

/** V8 sampling profile from the trace (Profile / ProfileChunk events): self time (ms) by function, per thread. */
function profileByFunction(
  events: TraceEvent[],
  thread: Thread,
  from: number,
): { self: Map<string, number>; total: Map<string, number> } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const key = (n: ProfileNode) => {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    if (!url) return functionName || '(anonymous native)';
    const file = url.split('/').slice(-1)[0];
    return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}  «${snippet(url, lineNumber, columnNumber).slice(0, 70)}»`;
  };
  forEachSample(events, thread, (time, dt, leaf, nodes) => {
    if (time < from) return;
    const k = key(leaf);
    if (k === '(idle)') return;
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) {
      const kk = key(n);
      if (seen.has(kk)) continue;
      seen.add(kk);
      total.set(kk, (total.get(kk) ?? 0) + dt);
    }
  });
  return { self, total };
}

function top(map: Map<string, number>, n: number, indent = '    '): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${indent}${v.toFixed(0).padStart(6)} ms  ${k}`);
}

function threadOf(events: TraceEvent[], urlPart: string): Thread | undefined {
  const e = events.find(
    (x) =>
      (x.name === 'FunctionCall' || x.name === 'v8.compile' || x.name === 'EvaluateScript') &&
      String(x.args?.data?.url ?? '').includes(urlPart),
  );
  return e ? { pid: e.pid, tid: e.tid } : undefined;
}

/** The thread whose sampled profile has frames of `urlPart`. */
function threadOfProfile(events: TraceEvent[], urlPart: string): Thread | undefined {
  const chunk = events.find((e) => e.name === 'ProfileChunk' && JSON.stringify(e.args?.data ?? {}).includes(urlPart));
  if (!chunk) return undefined;
  const id = (chunk as unknown as { id: string }).id;
  const profile = events.find(
    (e) => e.name === 'Profile' && e.pid === chunk.pid && (e as unknown as { id: string }).id === id,
  );
  return profile ? { pid: profile.pid, tid: profile.tid } : undefined;
}

export async function diagnose(
  context: BrowserContext,
  popup: Page,
  pages: { label: string; url: string }[],
  dicts: { n: number; dictionary: Dictionary }[],
  log: (s: string) => void,
): Promise<string[]> {
  const out: string[] = [
    '',
    '==== diagnosis (full trace: tracing itself slows script down; read proportions, not totals) ====',
  ];
  for (const p of pages) {
    let events: TraceEvent[] = [];
    const run = await kashifRun(context, p.url, {
      trace: TIMELINE,
      keep: (e) => {
        events = e;
      },
    });
    let sampled: TraceEvent[] = [];
    await kashifRun(context, p.url, {
      trace: PROFILE,
      keep: (e) => {
        sampled = e;
      },
    });
    const page = threadOf(events, CONTENT_SCRIPT);
    const worker = threadOf(events, '/background.js');
    if (!page) continue;
    const compile = contentScriptCompile(events)!;
    const tasks = tasksOf(events, page).filter((t) => t.ts + t.dur > compile.ts - 1);
    out.push(
      '',
      `-- ${p.label} page, ${dicts.at(-1)!.n.toLocaleString('en')}-entry dictionary: ${run.highlights} highlights, work ${run.work.toFixed(0)} ms under the full trace, longest task ${run.longest.toFixed(0)} ms`,
    );
    out.push('  page main thread, self time by trace event:');
    out.push(...top(selfTimes(events, page, compile.ts - 1), 14));
    out.push('  longest tasks (start relative to the content script, duration, main events inside):');
    for (const t of [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 8)) {
      const names = new Map<string, number>();
      for (const c of t.children) names.set(c.name, Math.max(names.get(c.name) ?? 0, c.dur!));
      out.push(
        `    +${((t.ts - compile.ts) / 1000).toFixed(0).padStart(5)} ms  ${(t.dur / 1000).toFixed(0).padStart(4)} ms  ${[
          ...names,
        ]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
          .join(', ')}`,
      );
    }
    const sampledCompile = contentScriptCompile(sampled)!;
    const sampledPage = { pid: sampledCompile.pid, tid: sampledCompile.tid };
    const prof = profileByFunction(sampled, sampledPage, sampledCompile.ts - 1);
    out.push('  page main thread, JavaScript self time by function (sampled):');
    out.push(...top(prof.self, 14));
    out.push('  … and total (self + callees) time:');
    out.push(...top(prof.total, 12));
    const sampledWorker = threadOfProfile(sampled, '/background.js');
    if (sampledWorker) {
      const w = profileByFunction(sampled, sampledWorker, sampledCompile.ts - 1);
      out.push('  service worker during this page (the match request), self time by function:');
      out.push(...top(w.self, 12));
    }
    if (worker) {
      out.push('  service worker, self time by trace event:');
      out.push(...top(selfTimes(events, worker, compile.ts - 1), 8));
    }
    log(`diagnosed ${p.label}`);
  }

  // the first match after an import: the compile
  const last = dicts.at(-1)!;
  await importDictionary(popup, last.dictionary);
  const cdp = await context.newCDPSession(popup);
  await startTrace(cdp, PROFILE);
  const t0 = Date.now();
  const ready = await dictionaryReady(popup, 'وقال وزير الخارجية رمطان لعمامرة إن الأمم المتحدة');
  const events = await stopTrace(cdp);
  await cdp.detach();
  const worker = threadOfProfile(events, '/background.js');
  out.push(
    '',
    `-- first match after importing the ${last.n.toLocaleString('en')}-entry dictionary: ${ready.first.toFixed(0)} ms (then ${ready.second.toFixed(0)} ms), traced in ${Date.now() - t0} ms`,
  );
  if (worker) {
    const prof = profileByFunction(events, worker, 0);
    out.push('  service worker, JavaScript self time by function:');
    out.push(...top(prof.self, 16));
    out.push('  … total (self + callees):');
    out.push(...top(prof.total, 14));
  }
  return out;
}
