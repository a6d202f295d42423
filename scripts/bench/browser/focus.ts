/**
 * A quick look at one pair while working on the content script: Kashif and the floor only (no mark.js, no
 * interface), on one generated page with one dictionary, runs interleaved so that the machine's drift touches
 * both alike. Prints every run and the medians; with --profile, Kashif's JavaScript self time by function too.
 *
 *   npx tsx scripts/bench/browser/focus.ts [--mb 5] [--dict 100000] [--runs 5] [--profile] [--timeline]
 *
 * Each run also prints its three longest tasks and its tasks grouped by their largest event (--timeline: with the
 * full devtools timeline, so that style, layout and paint show inside them).
 *
 * The full benchmark (main.ts) is the one whose figures go in the README.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath, launchWithExtension } from '../../../tests/harness/browser';
import { makeDictionary, makePage } from './data';
import { importDictionary } from './dictionary';
import { median } from '../measure';
import {
  floorRun,
  kashifRun,
  kashifScriptTasks,
  pageAloneRun,
  setPaused,
  type KashifRun,
  type ReferenceRun,
  type Work,
} from './runs';
import { contentScriptCompile, TRACE_CATEGORIES, tasksOf, type TraceEvent } from './trace';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    dict: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    profile: { type: 'boolean' },
    timeline: { type: 'boolean' },
  },
});
const chars = Number(values.mb) * 1_000_000;
const entries = Number(values.dict);
const runs = Number(values.runs);

const dictionary = makeDictionary(Math.max(entries, 1_000));
const pool = dictionary.entities.slice(0, 1_000);
const page = makePage(chars, pool, dictionary.entities.slice(1_000), chars === 1_000_000 ? 11 : 55);
const body = Buffer.from(page.html);
const server = http.createServer((_, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page.html`;

const plain = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
const plainContext = await plain.newContext({ viewport: { width: 1100, height: 900 } });
const withKashif = await launchWithExtension();
const popup = await withKashif.context.newPage();
await popup.goto(`chrome-extension://${withKashif.extensionId}/popup.html`);
await importDictionary(popup, { ...dictionary, entities: dictionary.entities.slice(0, entries) });

const self = new Map<string, number>();
const floors: ReferenceRun[] = [];
const kashif: KashifRun[] = [];
const alone: Work[] = [];
for (let k = 0; k < runs; k++) {
  floors.push(await floorRun(plainContext, url));
  kashif.push(
    await kashifRun(withKashif.context, url, {
      ...(values.timeline ? { trace: [...TRACE_CATEGORIES, 'v8'] } : {}),
      profile: values.profile,
      keep: (events, profile) => {
        addSelfTimes(profile as CpuProfile);
        longTasks(events);
      },
    }),
  );
  await setPaused(popup, true);
  alone.push(await pageAloneRun(withKashif.context, url, kashif.at(-1)!.windowMs));
  await setPaused(popup, false);
  const f = floors.at(-1)!,
    r = kashif.at(-1)!,
    a = alone.at(-1)!;
  console.log(
    `run ${k + 1}: floor ${f.work.toFixed(0)} ms; window ${r.work.toFixed(0)} ms − page alone ${a.work.toFixed(0)} ms = Kashif ${(r.work - a.work).toFixed(0)} ms (${((r.work - a.work) / f.work).toFixed(1)}×), longest ${r.longest.toFixed(0)} ms (alone ${a.longest.toFixed(0)}), GC ${r.gc.toFixed(0)} ms, ${r.highlights} highlights, tasks ${r.tasks} (alone ${a.tasks}); thread time: floor ${f.cpu.toFixed(0)} ms, Kashif ${(r.cpu - a.cpu).toFixed(0)} ms (${((r.cpu - a.cpu) / f.cpu).toFixed(1)}×)`,
  );
}
const own = await kashifScriptTasks(withKashif.context, url);
console.log(`Kashif's own tasks (a sampled run): ${own.tasks}, the longest ${own.longest.toFixed(0)} ms`);
const fw = median(floors.map((r) => r.work));
const kw = median(kashif.map((r, k) => r.work - alone[k]!.work));
console.log(
  `\n${values.mb} MB × ${entries.toLocaleString('en')}: floor ${fw.toFixed(0)} ms, Kashif ${kw.toFixed(0)} ms = ${(kw / fw).toFixed(1)}× (median of ${runs}); window ${median(kashif.map((r) => r.work)).toFixed(0)} ms, page alone ${median(alone.map((r) => r.work)).toFixed(0)} ms; longest task ${median(kashif.map((r) => r.longest)).toFixed(0)} ms; GC ${median(kashif.map((r) => r.gc)).toFixed(0)} ms`,
);
if (values.profile) {
  console.log("\nKashif, JavaScript self time by function over all runs (sampled; the page's main thread):");
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${(t / runs).toFixed(0).padStart(6)} ms/run  ${name}`);
}
await plain.close();
await withKashif.close();
server.close();

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function addSelfTimes(profile: CpuProfile | undefined) {
  if (!profile) return;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let k = 0; k < profile.samples.length; k++) {
    const frame = byId.get(profile.samples[k]!)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + profile.timeDeltas[k]! / 1000);
  }
}

/** The run's tasks on the page's main thread after the content script started: by kind, and the three longest with what they held. */
function longTasks(events: TraceEvent[]) {
  const compile = contentScriptCompile(events);
  if (!compile) return;
  const all = tasksOf(events, { pid: compile.pid, tid: compile.tid }).filter((t) => t.ts >= compile.ts);
  const tasks = [...all].sort((a, b) => b.dur - a.dur).slice(0, 3);
  const kinds = new Map<string, [number, number]>();
  for (const t of all) {
    const main = [...t.children].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0]?.name ?? '(no event)';
    const k = kinds.get(main) ?? [0, 0];
    kinds.set(main, [k[0] + 1, k[1] + t.dur / 1000]);
  }
  console.log(
    '    tasks by their largest event: ' +
      [...kinds]
        .sort((a, b) => b[1][1] - a[1][1])
        .slice(0, 8)
        .map(([n, [c, d]]) => `${n} ×${c} ${d.toFixed(0)} ms`)
        .join('; '),
  );
  for (const t of tasks) {
    const inner = t.children
      .filter((c) => (c.dur ?? 0) > 1000)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 5)
      .map((c) => `${c.name} ${(c.dur! / 1000).toFixed(0)}`);
    console.log(
      `    task at +${((t.ts - compile.ts) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(0)} ms  ${inner.join(', ')}`,
    );
  }
}
