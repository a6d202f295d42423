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
  args?: {
    name?: string;
    data?: Record<string, unknown> & {
      url?: string;
      functionName?: string;
      frame?: string;
      stackTrace?: { url?: string }[];
    };
  };
}

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-devtools.timeline',
  '__metadata',
];

export async function startTrace(cdp: CDPSession, categories = TRACE_CATEGORIES): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)),
  );
  await cdp.send('Tracing.end');
  const stream = await done;
  const chunks: string[] = [];
  for (;;) {
    const r = (await cdp.send('IO.read', { handle: stream, size: 1 << 22 })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const json = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(json) ? json : json.traceEvents;
}

/** The path of Kashif's content script in the built extension, as trace events and profile frames name it. */
export const CONTENT_SCRIPT = '/content-scripts/content.js';

/** The event of the content script's compilation: its thread is the page's main thread, its time the script's start. */
export function contentScriptCompile(events: TraceEvent[]): TraceEvent | undefined {
  return events.find((e) => e.name === 'v8.compile' && String(e.args?.data?.url ?? '').includes(CONTENT_SCRIPT));
}

/** A top-level task: start and wall duration (µs), thread time (µs, tdur: the time its thread ran), nested events. */
export interface Task {
  ts: number;
  dur: number;
  tdur: number;
  children: TraceEvent[];
}

/**
 * The thread's top-level tasks (RunTask and its like), each with the complete events nested inside it. The
 * microtasks a task leaves run right after it, in a checkpoint the trace logs as a top-level event of its own
 * (BlinkScheduler_PerformMicrotaskCheckpoint): they are part of that task, as the page feels it. Script that resumes
 * after an `await` runs there, so a checkpoint can hold most of a task's work.
 */
export function tasksOf(events: TraceEvent[], thread: { pid: number; tid: number }): Task[] {
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: Task[] = [];
  let current: Task | undefined;
  for (const e of own) {
    if (current && e.ts < current.ts + current.dur) {
      current.children.push(e);
      continue;
    }
    if (!e.cat.includes('toplevel')) {
      current = undefined;
      continue;
    }
    const last = tasks.at(-1);
    if (e.name === MICROTASKS && last && e.ts - (last.ts + last.dur) < ADJACENT_US) {
      // the checkpoint closes the task before it
      last.dur = e.ts + e.dur! - last.ts;
      last.tdur += e.tdur ?? e.dur!;
      last.children.push(e);
      current = last;
    } else if (e.name === MICROTASKS || e.name === 'RunTask' || e.name.startsWith('ThreadController')) {
      current = { ts: e.ts, dur: e.dur!, tdur: e.tdur ?? e.dur!, children: e.name === MICROTASKS ? [e] : [] };
      tasks.push(current);
    } else {
      current = undefined;
    }
  }
  return tasks;
}

const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** a checkpoint that starts within this many microseconds of a task's end belongs to that task */
const ADJACENT_US = 50;

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber: number };
  parent?: number;
}

/**
 * Walks the V8 sampling profile a trace holds for a thread (Profile / ProfileChunk events, category
 * disabled-by-default-v8.cpu_profiler): `visit` gets each sample's time (trace microseconds), its duration (ms),
 * its leaf frame, and the frames by id (parents are linked by `parent`).
 */
export function forEachSample(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  visit: (time: number, ms: number, leaf: ProfileNode, nodes: Map<number, ProfileNode>) => void,
): void {
  // profile ids are per process: key them by pid
  const idOf = (e: TraceEvent) => `${e.pid}:${(e as unknown as { id: string }).id}`;
  const ids = new Set(
    events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid).map(idOf),
  );
  const nodes = new Map<number, ProfileNode>();
  let time = 0;
  const chunks = events
    .filter((e) => (e.name === 'ProfileChunk' || e.name === 'Profile') && ids.has(idOf(e)))
    .sort((a, b) => a.ts - b.ts);
  for (const e of chunks) {
    const data = e.args?.data as
      | { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
      | undefined;
    if (!data) continue;
    if (e.name === 'Profile') {
      time = data.startTime ?? e.ts;
      continue;
    }
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      time += deltas[i] ?? 0;
      const leaf = nodes.get(samples[i]!);
      if (leaf) visit(time, (deltas[i + 1] ?? deltas[i] ?? 0) / 1000, leaf, nodes);
    }
  }
}
