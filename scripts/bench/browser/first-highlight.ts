/**
 * Where the time from DOMContentLoaded to the first highlight in the viewport goes (`bench:hostile --timeline`):
 * one traced load of a page, and the renderer main thread's tasks from DOMContentLoaded on, each with its largest
 * events and whether Kashif's script ran in it, between the landmarks of the load (DOMContentLoaded, the load
 * event, the content script's compilation, the page's first contentful paint, the first highlight in view). The
 * gaps between tasks are time the main thread waited: for the background's replies, or for a core.
 */
import type { BrowserContext } from 'playwright-core';
import {
  CONTENT_SCRIPT,
  contentScriptCompile,
  forEachSample,
  startTrace,
  stopTrace,
  tasksOf,
  TRACE_CATEGORIES,
  type ProfileNode,
} from './trace';

const CATEGORIES = [...TRACE_CATEGORIES, 'v8', 'loading', 'disabled-by-default-v8.cpu_profiler'];
/** How long the trace runs on after the load event: the first highlight comes well within it. */
const WAIT_MS = 3000;
/** Tasks shorter than this are summed into the gap lines, not listed. */
const LIST_MS = 3;

/** Marks in the page's trace the first frame that shows a highlight in the viewport (and DOMContentLoaded). */
const WATCH_FIRST = `(() => {
  addEventListener('DOMContentLoaded', () => performance.mark('tl-dcl'));
  const frame = () => {
    for (const name of ['kashif-person', 'kashif-org']) {
      for (const r of CSS.highlights.get(name) ?? []) {
        const b = r.getBoundingClientRect();
        if (b.bottom > 0 && b.top < innerHeight && b.width > 0) { performance.mark('tl-first-in-view'); return; }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

export async function firstHighlightTimeline(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_FIRST);
  const cdp = await context.newCDPSession(page);
  await startTrace(cdp, CATEGORIES);
  await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  // a fixed wait, not a poll: polling evaluates script in the page, tasks of the bench's among the page's
  await page.waitForTimeout(WAIT_MS);
  const events = await stopTrace(cdp);
  await page.close();

  const compile = contentScriptCompile(events);
  const dcl = events.find((e) => e.name === 'tl-dcl');
  if (!compile || !dcl) return ['  timeline: no content script or no DOMContentLoaded in the trace'];
  const thread = { pid: compile.pid, tid: compile.tid };
  const at = (ts: number) => `+${((ts - dcl.ts) / 1000).toFixed(0).padStart(4)} ms`;
  const landmarks: [number, string][] = [
    [dcl.ts, 'DOMContentLoaded'],
    [compile.ts, `content script compiled (${((compile.dur ?? 0) / 1000).toFixed(1)} ms)`],
  ];
  const first = (name: string) => events.find((e) => e.name === name && e.pid === thread.pid);
  for (const [name, label] of [
    ['MarkLoad', 'load event'],
    ['firstContentfulPaint', "the page's first contentful paint"],
    ['tl-first-in-view', 'first highlight in view'],
  ] as const) {
    const e = first(name);
    if (e) landmarks.push([e.ts, label]);
  }
  const end = first('tl-first-in-view')?.ts ?? Infinity;
  const kashifAt: number[] = [];
  forEachSample(events, thread, (time, _ms, leaf, nodes) => {
    for (let n: ProfileNode | undefined = leaf; n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined)
      if (n.callFrame.url?.includes(CONTENT_SCRIPT)) return void kashifAt.push(time);
  });
  const lines: [number, string][] = [...landmarks.map(([ts, l]): [number, string] => [ts, `  ${at(ts)}  == ${l}`])];
  let small = 0;
  let smallCount = 0;
  for (const t of tasksOf(events, thread)) {
    if (t.ts + t.dur < dcl.ts || t.ts > end) continue;
    if (t.dur < LIST_MS * 1000) {
      small += t.dur;
      smallCount++;
      continue;
    }
    const kashif = kashifAt.some((x) => x >= t.ts && x <= t.ts + t.dur);
    const inside = new Map<string, number>();
    for (const c of t.children) inside.set(c.name, Math.max(inside.get(c.name) ?? 0, c.dur!));
    const top = [...inside]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
      .join(', ');
    lines.push([
      t.ts,
      `  ${at(t.ts)}  ${(t.dur / 1000).toFixed(0).padStart(4)} ms (thread ${(t.tdur / 1000).toFixed(0).padStart(3)})${kashif ? ' KASHIF' : '       '}  ${top}`,
    ]);
  }
  lines.sort((a, b) => a[0] - b[0]);
  return [...lines.map(([, l]) => l), `  (${smallCount} shorter tasks, ${(small / 1000).toFixed(0)} ms in all)`];
}
