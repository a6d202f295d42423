/**
 * Matching throughput: compileDictionary over 100,000 entries, then findMentions article by article over 20 MB,
 * against two peers timed in the same process: the normalize() floor (the folding every match pays for) and the
 * npm package modern-ahocorasick over the same keys on the pre-normalized text (no word boundaries or clitics:
 * a speed reference only).
 */
import AhoCorasick from 'modern-ahocorasick';
import { normalize } from '../../lib/arabic/normalize';
import type { Article } from '../../lib/extract/build';
import { genericWords } from '../../lib/arabic/generic-words';
import { isTrie } from '../../lib/match/trie';
import { compileDictionary } from '../../lib/match/compile';
import { createMatcher } from '../../lib/match/matcher';
import type { CompiledDictionary, MatchableEntity } from '../../lib/match/types';
import { prefix } from './corpus';
import { trieKeys } from './dictionary';
import { gc, MB, memoryNow, timeRuns, typedArrayBytes } from './measure';

export interface MatchingResult {
  entities: number;
  keys: number;
  textBytes: number;
  compileMs: number[];
  tableBytes: number;
  compiledHeap: number;
  matchMs: number[];
  hits: number;
  normalizeMs: number[];
  peer: { name: string; buildMs: number; textBytes: number; searchMs: number[]; hits: number };
}

/** modern-ahocorasick works on grapheme clusters (Intl.Segmenter), about 100× slower than a code-unit scan: it reads a slice. */
const PEER_MB = 1;

export function measureMatching(
  entities: MatchableEntity[],
  articles: Article[],
  textBytes: number,
  log: (s: string) => void,
): MatchingResult {
  const commonWords = genericWords();
  log(`compiling ${entities.length} entities …`);
  const compileMs = timeRuns(3, () => void compileDictionary(entities, { commonWords }));
  // what the compiled dictionary holds, measured on its own: compile once more between two full GCs
  gc();
  const before = memoryNow().heap;
  const compiled: CompiledDictionary = compileDictionary(entities, { commonWords });
  gc();
  const compiledHeap = memoryNow().heap - before;
  const trie = compiled.automaton;
  if (!isTrie(trie)) throw new Error('bench: the compiled automaton is not the trie scripts/bench knows how to read');
  const keys = trieKeys(trie);

  const matcher = createMatcher(compiled);
  let hits = 0;
  const matchAll = () => {
    hits = 0;
    for (const a of articles) hits += matcher.findMentions(a.text).length;
  };
  log(`matching ${(textBytes / MB).toFixed(0)} MB ×5 …`);
  matchAll(); // warm-up: the first pass also grows the matcher's folding buffers
  const matchMs = timeRuns(5, matchAll);
  const normalizeMs = timeRuns(5, () => {
    for (const a of articles) normalize(a.text);
  });

  log(`modern-ahocorasick: building over ${keys.length} keys, searching ${PEER_MB} MB ×3 …`);
  const slice = prefix(articles, PEER_MB * MB);
  const normalized = slice.articles.map((a) => normalize(a.text));
  gc();
  const t = performance.now();
  const ac = new AhoCorasick(keys);
  const buildMs = performance.now() - t;
  let peerHits = 0;
  const searchMs = timeRuns(3, () => {
    peerHits = 0;
    for (const s of normalized) peerHits += ac.search(s, { strategy: 'leftmost-longest' }).length;
  });

  return {
    entities: entities.length,
    keys: keys.length,
    textBytes,
    compileMs,
    tableBytes: typedArrayBytes(trie),
    compiledHeap,
    matchMs,
    hits,
    normalizeMs,
    peer: { name: 'modern-ahocorasick', buildMs, textBytes: slice.bytes, searchMs, hits: peerHits },
  };
}
