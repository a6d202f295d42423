/**
 * Extraction throughput and memory: one fresh process per corpus size (extract-worker.ts), so that each peak is
 * its own. 5 MB is run three times for medians; 10, 25 and 50 MB once each, in that order, while the time
 * budget lasts (a size whose projected time does not fit is skipped and said so; --full runs them all).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { ExtractionRun } from './extract-worker';
import { median } from './measure';

const WORKER = path.join(import.meta.dirname, 'extract-worker.ts');

export interface ExtractionPoint {
  targetMB: number;
  runs: ExtractionRun[];
  /** the median run's figures (every field the median over the runs) */
  median?: ExtractionRun;
  skipped?: string;
}

function runWorker(targetMB: number, timeoutMs: number): ExtractionRun | string {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', WORKER, String(targetMB)], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.error || child.status !== 0) {
    const why =
      child.signal === 'SIGTERM'
        ? `stopped after ${Math.round(timeoutMs / 1000)} s (over budget)`
        : `worker failed: ${child.stderr.trim().split('\n').slice(-3).join(' / ') || child.error?.message}`;
    return why;
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ExtractionRun;
}

function medianRun(runs: ExtractionRun[]): ExtractionRun {
  const m = { ...runs[0]! };
  for (const k of Object.keys(m) as (keyof ExtractionRun)[]) m[k] = median(runs.map((r) => r[k]));
  return m;
}

/** Seconds a size would take, extrapolated from the largest two sizes done (never assumed better than linear). */
function projectSeconds(done: readonly ExtractionRun[], targetMB: number): number {
  if (!done.length) return 0;
  const last = done.reduce((a, b) => (b.bytes >= a.bytes ? b : a));
  const smaller = done.filter((r) => r.bytes < last.bytes / 1.2);
  const prev = smaller.length ? smaller.reduce((a, b) => (b.bytes >= a.bytes ? b : a)) : undefined;
  const exponent = prev
    ? Math.max(1, Math.log(last.extractMs / prev.extractMs) / Math.log(last.bytes / prev.bytes))
    : 1;
  return (last.extractMs / 1000) * (targetMB / last.targetMB) ** exponent;
}

export function measureExtraction(opts: {
  budgetS: number;
  full: boolean;
  log: (s: string) => void;
}): ExtractionPoint[] {
  const deadline = Date.now() + opts.budgetS * 1000;
  const points: ExtractionPoint[] = [];
  const done: ExtractionRun[] = [];
  for (const [targetMB, repeats] of [
    [5, 3],
    [10, 1],
    [25, 1],
    [50, 1],
  ] as const) {
    const point: ExtractionPoint = { targetMB, runs: [] };
    points.push(point);
    for (let r = 0; r < repeats; r++) {
      const left = (deadline - Date.now()) / 1000;
      const projected = projectSeconds(done, targetMB);
      if (!opts.full && projected > left) {
        // fewer repeats rather than none; a size not run at all says why
        if (r === 0)
          point.skipped = `projected ~${Math.round(projected)} s, ${Math.max(0, Math.round(left))} s of budget left (--full runs it)`;
        break;
      }
      opts.log(
        `extraction ${targetMB} MB, run ${r + 1}/${repeats}${projected ? ` (~${Math.round(projected)} s)` : ''} …`,
      );
      const result = runWorker(targetMB, opts.full ? 0 : Math.round(Math.max(60, left * 2) * 1000));
      if (typeof result === 'string') {
        point.skipped = result;
        break;
      }
      point.runs.push(result);
      done.push(result);
    }
    if (point.runs.length) point.median = medianRun(point.runs);
  }
  return points;
}
