/**
 * What Kashif's longest tasks on a page are made of: one run with the devtools timeline and V8's sampling profiler,
 * and for each of the longest tasks that ran Kashif's script, the largest trace events inside it (script, style,
 * layout, GC, message serialization) and the JavaScript functions sampled inside it by self time. For finding the
 * step that makes a long task; the timeline and the sampling slow script down, so read proportions.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { extensionPath } from '../../../tests/harness/browser';
import { kashifRun } from './runs';
import {
  CONTENT_SCRIPT,
  contentScriptCompile,
  forEachSample,
  tasksOf,
  TRACE_CATEGORIES,
  type ProfileNode,
  type TraceEvent,
} from './trace';

const CATEGORIES = [...TRACE_CATEGORIES, 'v8', 'disabled-by-default-v8.cpu_profiler'];

const sources = new Map<string, string>();
/** The start of a function's source in the built bundle, to find it in lib/ (the bundles are minified). */
function snippet(url: string, line: number, column: number): string {
  const file = url.startsWith('chrome-extension://') ? path.join(extensionPath, new URL(url).pathname) : undefined;
  if (!file || !fs.existsSync(file)) return '';
  if (!sources.has(file)) sources.set(file, fs.readFileSync(file, 'utf8'));
  const text = sources.get(file)!.split('\n')[line] ?? '';
  return text.slice(column, column + 60).replace(/\s+/gu, ' ');
}

export async function kashifTaskAnatomy(context: BrowserContext, url: string, count = 3): Promise<string[]> {
  const out: string[] = [];
  await kashifRun(context, url, {
    trace: CATEGORIES,
    keep: (events: TraceEvent[]) => {
      const compile = contentScriptCompile(events);
      if (!compile) return;
      const thread = { pid: compile.pid, tid: compile.tid };
      const samples: { time: number; ms: number; name: string; kashif: boolean }[] = [];
      forEachSample(events, thread, (time, ms, leaf, nodes) => {
        let kashif = false;
        for (
          let n: ProfileNode | undefined = leaf;
          n && !kashif;
          n = n.parent !== undefined ? nodes.get(n.parent) : undefined
        )
          kashif = !!n.callFrame.url?.includes(CONTENT_SCRIPT);
        const { functionName, url: file, lineNumber, columnNumber } = leaf.callFrame;
        const name = file
          ? `${functionName || '(anonymous)'} «${snippet(file, lineNumber, columnNumber)}»`
          : functionName || '(native)';
        samples.push({ time, ms, name, kashif });
      });
      const own = tasksOf(events, thread).filter(
        (t) => t.ts + t.dur > compile.ts && samples.some((s) => s.kashif && s.time >= t.ts && s.time <= t.ts + t.dur),
      );
      for (const t of [...own].sort((a, b) => b.dur - a.dur).slice(0, count)) {
        const events = new Map<string, number>();
        for (const c of t.children) events.set(c.name, Math.max(events.get(c.name) ?? 0, c.dur!));
        const functions = new Map<string, number>();
        for (const s of samples)
          if (s.time >= t.ts && s.time <= t.ts + t.dur) functions.set(s.name, (functions.get(s.name) ?? 0) + s.ms);
        out.push(
          `  task at +${((t.ts - compile.ts) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(0)} ms (thread time ${(t.tdur / 1000).toFixed(0)} ms); events ${[
            ...events,
          ]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 6)
            .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
            .join(', ')}`,
          ...[...functions]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 6)
            .map(([n, ms]) => `      ${ms.toFixed(1).padStart(6)} ms  ${n}`),
        );
      }
    },
  });
  return out;
}
