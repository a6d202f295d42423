/**
 * npm run bench [-- --full] [-- --budget SECONDS] [-- --only extraction|matching|search]
 *
 * A benchmark, not a test: it asserts nothing, it prints medians and ratios against peers timed in the same
 * run (these machines are noisy: compare ratios across machines, MB/s only within one). MB = 10^6 bytes of UTF-8.
 *   1. extraction: buildDictionary over a generated corpus of 5 (×3), 10, 25, 50 MB, one fresh process each;
 *      peer: normalize() over the same text. Sizes that would overrun the budget (default 150 s) are skipped
 *      unless --full.
 *   2. matching: compileDictionary over 100,000 entries, findMentions over 20 MB ×5; peers: normalize(), and
 *      modern-ahocorasick over the same keys on the normalized text.
 *   3. search: the popup's lookup, every typed prefix of 200 names over 100,000 entities; peer: a plain scan.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { generateCorpus, readSeeds } from './corpus';
import { syntheticDictionary } from './dictionary';
import { measureExtraction, type ExtractionPoint } from './extraction';
import { measureMatching, type MatchingResult } from './matching';
import { fmt, MB, mb, mbPerS, median, table } from './measure';
import { searchSection } from './search';

const EXTRACTION_TARGET = 5; // MB/s
const MATCHING_TARGET = 50; // MB/s
const MATCH_TEXT_MB = 20;
const DICTIONARY_SIZE = 100_000;

const { values } = parseArgs({
  options: { full: { type: 'boolean' }, budget: { type: 'string' }, only: { type: 'string' } },
});
const budgetS = values.budget === undefined ? 150 : Number(values.budget);
if (!(budgetS > 0)) throw new Error(`--budget: expected seconds, got "${values.budget}"`);
const only = values.only;
if (only && !['extraction', 'matching', 'search'].includes(only))
  throw new Error(`--only: extraction, matching or search, not "${only}"`);

const log = (s: string) => process.stderr.write(`  … ${s}\n`);
const started = Date.now();
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const cpu = `${os.cpus()[0]?.model.trim() ?? 'cpu'} ×${os.availableParallelism()}`;
const loadAtStart = load();
console.log(`Kashif benchmark — Node ${process.version}, ${cpu}, load average at start ${loadAtStart}`);
console.log(
  'MB = 10^6 bytes of UTF-8 article text; every MB/s is per MB of original text; medians over the runs shown.\n',
);

const seeds = readSeeds();

function extractionSection(points: ExtractionPoint[]): string[] {
  console.log('1. Extraction — buildDictionary (lib/extract/build.ts), one fresh process per size');
  const rows = points.map((p) => {
    const m = p.median;
    if (!m) return [`${p.targetMB} MB`, '—', '—', '—', '0', 'skipped', '', '', '', '', '', '', ''];
    const text = m.bytes / MB;
    return [
      `${p.targetMB} MB`,
      m.articles,
      m.persons,
      m.orgs,
      p.runs.length,
      fmt(m.extractMs / 1000),
      fmt(mbPerS(m.bytes, m.extractMs), 2),
      fmt(mbPerS(m.bytes, m.normalizeMs)),
      `${fmt(m.extractMs / m.normalizeMs, 0)}×`,
      mb(m.heapPeakGrowth),
      mb(m.rssPeakGrowth),
      fmt(m.rssPeakGrowth / MB / text, 2),
      mb(m.retainedHeap),
    ];
  });
  console.log(
    table(
      [
        'text',
        'articles',
        'persons',
        'orgs',
        'runs',
        'extract s',
        'MB/s',
        'normalize MB/s',
        'extract÷normalize',
        'heap peak +MB',
        'RSS peak +MB',
        'RSS MB per MB',
        'dictionary MB',
      ],
      rows,
    ),
  );
  const done = points.filter((p) => p.median).map((p) => p.median!);
  if (done.length > 1) {
    console.log('\n   growth between sizes (linear: constant s per MB and memory per MB)');
    console.log(
      table(
        ['from → to', 's per MB of text', 'RSS +MB per MB of text', 'heap +MB per MB of text'],
        done.slice(1).map((b, k) => {
          const a = done[k]!;
          const dMB = (b.bytes - a.bytes) / MB;
          return [
            `${a.targetMB} → ${b.targetMB} MB`,
            fmt((b.extractMs - a.extractMs) / 1000 / dMB, 2),
            fmt((b.rssPeakGrowth - a.rssPeakGrowth) / MB / dMB, 2),
            fmt((b.heapPeakGrowth - a.heapPeakGrowth) / MB / dMB, 2),
          ];
        }),
      ),
    );
  }
  for (const p of points)
    if (p.skipped)
      console.log(`   ${p.targetMB} MB: ${p.median ? 'fewer runs than planned: ' : 'not run: '}${p.skipped}`);
  console.log(
    '   heap/RSS peak: growth over the process after a full GC with the corpus in memory (the input text is not counted).\n',
  );

  const five = points[0]?.median;
  const largest = done.at(-1);
  const summary: string[] = [];
  if (five) {
    const speed = mbPerS(five.bytes, five.extractMs);
    summary.push(
      `| Extraction, buildDictionary, 5 MB (median of ${points[0]!.runs.length}) | ${fmt(speed, 2)} MB/s | ${fmt(five.extractMs / five.normalizeMs, 0)}× the time of normalize() (${fmt(mbPerS(five.bytes, five.normalizeMs))} MB/s) | target ≥ ${EXTRACTION_TARGET} MB/s: ${speed >= EXTRACTION_TARGET ? 'met' : 'NOT met'} |`,
    );
  }
  if (largest && largest !== five) {
    summary.push(
      `| Extraction, ${largest.targetMB} MB (1 run) | ${fmt(mbPerS(largest.bytes, largest.extractMs), 2)} MB/s, ${fmt(largest.extractMs / 1000, 0)} s | ${largest.persons} persons, ${largest.orgs} orgs | RSS +${mb(largest.rssPeakGrowth, 0)} MB = ${fmt(largest.rssPeakGrowth / largest.bytes, 2)} MB per MB of text |`,
    );
  }
  for (const p of points)
    if (!p.median) summary.push(`| Extraction, ${p.targetMB} MB | not run | ${p.skipped ?? ''} | |`);
  return summary;
}

function matchingSection(r: MatchingResult): string[] {
  console.log(
    `2. Matching — ${r.entities.toLocaleString('en')} entities (synthetic persons and organizations + the seed dictionary)`,
  );
  const compileS = median(r.compileMs) / 1000;
  console.log(
    table(
      ['compileDictionary', 'value'],
      [
        ['keys (names, aliases, variants, surnames)', r.keys.toLocaleString('en')],
        [
          `time, median of ${r.compileMs.length}`,
          `${fmt(compileS, 2)} s  (runs: ${r.compileMs.map((ms) => fmt(ms / 1000, 2)).join(', ')})`,
        ],
        ['typed-array tables', `${mb(r.tableBytes)} MB`],
        ['held by the compiled dictionary (heap + buffers)', `${mb(r.compiledHeap)} MB`],
      ],
    ),
  );
  const ours = mbPerS(r.textBytes, median(r.matchMs));
  const floor = mbPerS(r.textBytes, median(r.normalizeMs));
  const peer = mbPerS(r.peer.textBytes, median(r.peer.searchMs));
  const runs = (ms: number[]) => ms.map((x) => fmt(x, 0)).join(' ');
  console.log();
  console.log(
    table(
      ['scan', 'text MB', 'runs (ms)', 'MB/s', 'hits', 'findMentions vs this'],
      [
        ['findMentions (word-anchored, clitics)', mb(r.textBytes), runs(r.matchMs), fmt(ours), r.hits, ''],
        [
          'normalize() floor',
          mb(r.textBytes),
          runs(r.normalizeMs),
          fmt(floor),
          '',
          `${fmt(median(r.matchMs) / median(r.normalizeMs))}× slower`,
        ],
        [
          `${r.peer.name} leftmost-longest, normalized text`,
          mb(r.peer.textBytes),
          runs(r.peer.searchMs),
          fmt(peer, 2),
          r.peer.hits,
          ours >= peer ? `${fmt(ours / peer)}× faster` : `${fmt(peer / ours)}× slower`,
        ],
      ],
    ),
  );
  console.log(
    `   ${r.peer.name}: build over the same ${r.keys.toLocaleString('en')} keys ${fmt(r.peer.buildMs / 1000, 1)} s (ours ${fmt(compileS, 2)} s); it has no word boundaries or clitic readings, so it reports every substring hit: a speed reference only.`,
  );
  console.log(
    `   target ≥ ${MATCHING_TARGET} MB/s: ${ours >= MATCHING_TARGET ? 'met' : 'NOT met'} (${fmt(ours)} MB/s)\n`,
  );
  return [
    `| compileDictionary, ${r.entities.toLocaleString('en')} entities → ${r.keys.toLocaleString('en')} keys | ${fmt(compileS, 2)} s | tables ${mb(r.tableBytes)} MB | ${r.peer.name} build: ${fmt(r.peer.buildMs / 1000, 1)} s |`,
    `| Matching, findMentions, ${mb(r.textBytes, 0)} MB (median of ${r.matchMs.length}) | ${fmt(ours)} MB/s | ${fmt(median(r.matchMs) / median(r.normalizeMs))}× the time of normalize() (${fmt(floor)} MB/s); ${fmt(ours / peer)}× ${r.peer.name} (${fmt(peer, 2)} MB/s) | target ≥ ${MATCHING_TARGET} MB/s: ${ours >= MATCHING_TARGET ? 'met' : 'NOT met'} |`,
  ];
}

const summary: string[] = [];
if (!only || only === 'extraction') {
  summary.push(...extractionSection(measureExtraction({ budgetS, full: values.full ?? false, log })));
}
if (!only || only === 'matching') {
  log(`generating ${MATCH_TEXT_MB} MB of text and a ${DICTIONARY_SIZE.toLocaleString('en')}-entry dictionary …`);
  const corpus = generateCorpus(seeds, MATCH_TEXT_MB * MB);
  const entities = syntheticDictionary(seeds.dictionary.entities, DICTIONARY_SIZE);
  summary.push(...matchingSection(measureMatching(entities, corpus.articles, corpus.bytes, log)));
}
if (!only || only === 'search') {
  summary.push(...searchSection(syntheticDictionary(seeds.dictionary.entities, DICTIONARY_SIZE)));
}

const date = new Date().toISOString().slice(0, 10);
console.log('3. Summary (paste into the README)\n');
console.log(
  `Benchmark (\`npm run bench\`, ${date}): Node ${process.version}, ${cpu}, load average ${loadAtStart} → ${load()}; corpus generated from seeds/ (see scripts/bench/corpus.ts).\n`,
);
console.log('| measure | median | peer / ratio | note |');
console.log('|---|---|---|---|');
for (const line of summary) console.log(line);
console.log(`\n(total ${fmt((Date.now() - started) / 1000, 0)} s)`);
