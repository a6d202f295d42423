/**
 * Popup search latency with 100,000 entities: the reader types names letter by letter; every prefix is a query.
 * Peer: a plain scan that normalizes the query and tests every entity's normalized name for it (what a search
 * without an index does), timed on the same queries.
 */
import { normalize } from '../../lib/arabic/normalize';
import type { MatchableEntity } from '../../lib/match/types';
import { buildSearchIndex, search } from '../../lib/search/search';
import { fmt, median, table } from './measure';
import { seeded } from './random';

const TYPED_NAMES = 200;
const PEER_QUERIES = 300;

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** The prefixes a reader types on the way to a name: 2 letters, 3, … the whole name. */
function typedPrefixes(entities: readonly MatchableEntity[]): string[] {
  const rng = seeded(20261124);
  const queries: string[] = [];
  for (let k = 0; k < TYPED_NAMES; k++) {
    const e = entities[Math.floor(rng.next() * entities.length)]!;
    const written = rng.chance(0.3) && e.aliases.length ? e.aliases[0]! : e.name;
    for (let n = 2; n <= written.length; n++) queries.push(written.slice(0, n));
  }
  return queries;
}

export function searchSection(entities: readonly MatchableEntity[]): string[] {
  console.log(
    `4. Search — the popup's lookup over ${entities.length.toLocaleString('en')} entities, every prefix of ${TYPED_NAMES} names as typed`,
  );
  let t = performance.now();
  const index = buildSearchIndex(entities);
  const buildMs = performance.now() - t;
  const queries = typedPrefixes(entities);
  const ms: number[] = [];
  for (const q of queries) {
    t = performance.now();
    search(index, q, 20);
    ms.push(performance.now() - t);
  }
  const names = entities.map((e) => normalize(e.name));
  const peerMs: number[] = [];
  for (const q of queries.slice(0, PEER_QUERIES)) {
    t = performance.now();
    const n = normalize(q);
    let found = 0;
    for (const name of names) if (name.includes(n) && ++found >= 20) break;
    peerMs.push(performance.now() - t);
  }
  const p95 = percentile(ms, 95);
  console.log(
    table(
      ['', 'queries', 'median ms', 'p95 ms', 'max ms'],
      [
        ['kashif search (index)', queries.length, fmt(median(ms), 2), fmt(p95, 2), fmt(Math.max(...ms), 1)],
        [
          'plain scan of names (peer)',
          peerMs.length,
          fmt(median(peerMs), 2),
          fmt(percentile(peerMs, 95), 2),
          fmt(Math.max(...peerMs), 1),
        ],
      ],
    ),
  );
  console.log(
    `   index built in ${fmt(buildMs / 1000, 2)} s (once per dictionary revision, in the background); target p95 < 20 ms: ${p95 < 20 ? 'met' : 'NOT met'}\n`,
  );
  return [
    `| Search, ${entities.length.toLocaleString('en')} entities, ${queries.length} typed prefixes | median ${fmt(median(ms), 2)} ms, p95 ${fmt(p95, 2)} ms | plain scan: median ${fmt(median(peerMs), 2)} ms | target p95 < 20 ms: ${p95 < 20 ? 'met' : 'NOT met'}; index build ${fmt(buildMs / 1000, 2)} s |`,
  ];
}
