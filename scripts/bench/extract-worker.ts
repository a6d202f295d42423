/**
 * One extraction measurement in a fresh process, so that its peak memory is its own:
 *   node --import tsx scripts/bench/extract-worker.ts <MB>
 * Generates the corpus prefix of that size, times the normalize() floor over it, then one buildDictionary,
 * sampling memory between articles, and prints one JSON line (ExtractionRun).
 */
import { buildDictionary } from '../../lib/extract/build';
import { normalize } from '../../lib/arabic/normalize';
import { generateCorpus, readSeeds } from './corpus';
import { gc, MB, median, memoryNow, peakRss, timeRuns } from './measure';

export interface ExtractionRun {
  targetMB: number;
  bytes: number;
  articles: number;
  extractMs: number;
  /** median of 3 normalize() passes over the same articles */
  normalizeMs: number;
  persons: number;
  orgs: number;
  /** growth over the baseline taken after a full GC with the corpus loaded: the input text is not counted */
  heapPeakGrowth: number;
  rssPeakGrowth: number;
  /** heap still held after a full GC with only the dictionary kept */
  retainedHeap: number;
}

const SAMPLE_EVERY = 16; // articles between memory samples: often enough to see the peak, too rare to cost time

function run(targetMB: number): ExtractionRun {
  const seeds = readSeeds();
  const { articles, bytes } = generateCorpus(seeds, targetMB * MB);
  const normalizeMs = median(
    timeRuns(3, () => {
      for (const a of articles) normalize(a.text);
    }),
  );

  gc();
  const base = memoryNow();
  let heapPeak = base.heap;
  let rssPeak = base.rss;
  // getrusage's high-water mark counts the corpus generation too: it is only read if the build raised it
  const peakBefore = peakRss();
  const sample = () => {
    const m = memoryNow();
    if (m.heap > heapPeak) heapPeak = m.heap;
    if (m.rss > rssPeak) rssPeak = m.rss;
  };
  const t = performance.now();
  const dictionary = buildDictionary(articles, {
    now: new Date(0),
    onProgress: (done) => {
      if (done % SAMPLE_EVERY === 0) sample();
    },
  });
  const extractMs = performance.now() - t;
  sample();
  if (peakRss() > peakBefore) rssPeak = Math.max(rssPeak, peakRss());
  gc();
  const retainedHeap = memoryNow().heap - base.heap;
  return {
    targetMB,
    bytes,
    articles: articles.length,
    extractMs,
    normalizeMs,
    persons: dictionary.entities.filter((e) => e.type === 'person').length,
    orgs: dictionary.entities.filter((e) => e.type === 'org').length,
    heapPeakGrowth: heapPeak - base.heap,
    rssPeakGrowth: rssPeak - base.rss,
    retainedHeap,
  };
}

const targetMB = Number(process.argv[2]);
if (!(targetMB > 0)) {
  console.error('usage: node --import tsx scripts/bench/extract-worker.ts <MB>');
  process.exit(2);
}
process.stdout.write(JSON.stringify(run(targetMB)) + '\n');
