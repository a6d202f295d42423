/**
 * Chrome traces of one page (devtools.timeline categories) and what the benchmark reads from them: the top-level
 * tasks of the page's renderer main thread, and which of them ran Kashif's content script.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; functionName?: string; frame?: string; stackTrace?: { url?: string }[] } };
}

export const TRACE_CATEGORIES = [
  'toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline',
  '__metadata',
];

export async function startTrace(cdp: CDPSession, categories = TRACE_CATEGORIES): Promise<void> {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' } });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  const chunks: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle: stream, size: 1 << 22 }) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const json = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(json) ? json : json.traceEvents;
}

/** pid and tid of the renderer main thread that compiled a script whose URL starts with `url` (the last one). */
export function mainThreadOf(events: TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  let found: { pid: number; tid: number } | undefined;
  for (const e of events) {
    if (e.name !== 'v8.compile' && e.name !== 'EvaluateScript' && e.name !== 'ParseHTML') continue;
    const u = e.args?.data?.url;
    if (typeof u === 'string' && u.startsWith(url)) found = { pid: e.pid, tid: e.tid };
  }
  return found;
}

export interface Task { ts: number; dur: number; children: TraceEvent[] }

/** The thread's top-level tasks (RunTask and its like), each with the complete events nested inside it. */
export function tasksOf(events: TraceEvent[], thread: { pid: number; tid: number }): Task[] {
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: Task[] = [];
  let current: Task | undefined;
  for (const e of own) {
    if (current && e.ts < current.ts + current.dur) { current.children.push(e); continue; }
    if (e.cat.includes('toplevel') && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' || e.name.startsWith('ThreadController'))) {
      current = { ts: e.ts, dur: e.dur!, children: [] };
      tasks.push(current);
    } else {
      current = undefined;
    }
  }
  return tasks;
}

/** The script URLs whose code ran inside a task. */
export function scriptUrls(task: Task): Set<string> {
  const urls = new Set<string>();
  for (const e of task.children) {
    const d = e.args?.data;
    if (!d) continue;
    if (typeof d.url === 'string' && d.url) urls.add(d.url);
    if (Array.isArray(d.stackTrace)) for (const f of d.stackTrace) if (f.url) urls.add(f.url);
  }
  return urls;
}
