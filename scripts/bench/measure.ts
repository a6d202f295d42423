/** Timing and memory helpers. These machines are noisy: report medians, and ratios against a peer timed in the same run. */
import v8 from 'node:v8';
import vm from 'node:vm';

/** MB here is 10^6 bytes (UTF-8 for text), so MB/s figures compare with other tools' throughput figures. */
export const MB = 1e6;

/** A full garbage collection, so that memory readings start from live data only. */
export const gc: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds of each of `runs` calls of `fn`, each after a full GC (so one run does not pay for another's garbage). */
export function timeRuns(runs: number, fn: () => void): number[] {
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc();
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return ms;
}

export const mbPerS = (bytes: number, ms: number) => bytes / MB / (ms / 1000);

/** heap: V8 heap in use plus ArrayBuffer backing stores (typed arrays live outside the V8 heap). */
export interface Memory {
  heap: number;
  rss: number;
}

export function memoryNow(): Memory {
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
}

/** The process's peak resident set so far, in bytes (getrusage: it includes moments no sample saw). */
export const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** Bytes held by the typed arrays of an object of tables (the compiled automaton). */
export function typedArrayBytes(tables: Record<string, unknown>): number {
  let bytes = 0;
  for (const v of Object.values(tables)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
  return bytes;
}

export const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
export const mb = (bytes: number, digits = 1) => fmt(bytes / MB, digits);

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
