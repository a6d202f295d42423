/**
 * A trie over normalized UTF-16 code units, flattened into typed arrays (structured-clone friendly, compact:
 * about 10 bytes per node, and no per-node objects for the garbage collector).
 *
 * Why a trie and not Aho–Corasick: a name may only begin at the start of a word (after its clitics), so
 * matching starts one walk per word start and never needs failure links; each walk stops at the first
 * character no key continues with, which in running text is within a letter or two.
 *
 * Layout: node k's children are edges firstEdge[k] .. firstEdge[k+1]-1, sorted by character; output[k] is
 * the value of the key ending at k, or -1. vowelSkip[k] is 1 where every key through node k lets a page write one
 * long vowel more right after k's prefix (lib/arabic/variant-key `vowelInsertionPoints`): the scan may then step
 * over one such vowel of the page and go on from k. Tables compiled before it existed have none: no skip.
 * article[k] is the article rule of the key ending at k (article-rule.ts): 1 where the page must write the article
 * in front of it («الجزيرة»), 2 where it must not («عون»), 0 either way. Older tables have none: either way.
 */
import { MAX_VOWEL_POINT } from '../arabic/variant-key';
import type { ArticleRule } from './article-rule';
import type { TrieTables } from './types';

export interface Trie extends TrieTables {
  firstEdge: Uint32Array;
  edgeChar: Uint16Array;
  edgeTarget: Uint32Array;
  output: Int32Array;
  /** the root's child for each code unit, or -1: the first step of every walk is one lookup (most walks end there) */
  rootChild: Int32Array;
  vowelSkip?: Uint8Array;
  article?: Uint8Array;
}

/**
 * Builds the trie of `keys` (distinct, non-empty) → `values`. Sorting first makes each node's children contiguous.
 * `vowelPoints[k]`, when given, says where a page may write one long vowel more than keys[k] (see vowelSkip): bit d
 * for a vowel before its letter d. `article[k]`, when given, is the article rule of keys[k].
 */
export function buildTrie(
  keys: readonly string[],
  values: readonly number[],
  vowelPoints?: ArrayLike<number>,
  article?: ArrayLike<ArticleRule>,
): Trie {
  // the native sort of strings (code-unit order, as charCodeAt walks them) is several times faster than sorting
  // indices with a comparator; the values follow through a map (keys are distinct)
  const indexOf = new Map(keys.map((key, k) => [key, k]));
  const sorted = [...keys].sort();
  const sortedValues = new Int32Array(sorted.length);
  const sortedPoints = new Int32Array(vowelPoints ? sorted.length : 0);
  const sortedArticle = new Uint8Array(sorted.length);
  for (let k = 0; k < sorted.length; k++) {
    const at = indexOf.get(sorted[k]!)!;
    sortedValues[k] = values[at]!;
    if (vowelPoints) sortedPoints[k] = vowelPoints[at]!;
    if (article) sortedArticle[k] = article[at]!;
  }
  let capacity = 1;
  for (const key of sorted) capacity += key.length;

  const firstEdge = new Uint32Array(capacity + 1);
  const edgeChar = new Uint16Array(capacity);
  const edgeTarget = new Uint32Array(capacity);
  const output = new Int32Array(capacity).fill(-1);
  const vowelSkip = new Uint8Array(capacity);
  const articleAt = new Uint8Array(capacity);
  let nodes = 1;
  let edges = 0;
  // breadth-first over (node, key range sharing a prefix of length depth): every node's edges are written together
  const queue = new Int32Array(4 * (capacity + 1));
  let tail = 4;
  queue.set([0, 0, sorted.length, 0]);
  for (let head = 0; head < tail; head += 4) {
    const node = queue[head]!;
    let lo = queue[head + 1]!;
    const hi = queue[head + 2]!;
    const depth = queue[head + 3]!;
    if (vowelPoints && depth > 0 && depth <= MAX_VOWEL_POINT) {
      // a vowel may be stepped over here only when every key through the node lets it
      let every = 1;
      for (let k = lo; k < hi && every; k++) every = (sortedPoints[k]! >>> depth) & 1;
      vowelSkip[node] = every;
    }
    if (lo < hi && sorted[lo]!.length === depth) {
      articleAt[node] = sortedArticle[lo]!;
      output[node] = sortedValues[lo++]!;
    }
    firstEdge[node] = edges;
    while (lo < hi) {
      const ch = sorted[lo]!.charCodeAt(depth);
      let end = lo + 1;
      while (end < hi && sorted[end]!.charCodeAt(depth) === ch) end++;
      edgeChar[edges] = ch;
      edgeTarget[edges] = nodes;
      edges++;
      queue[tail++] = nodes++;
      queue[tail++] = lo;
      queue[tail++] = end;
      queue[tail++] = depth + 1;
      lo = end;
    }
  }
  // nodes are numbered in the order they are visited, so node k's edges end where node k+1's begin
  firstEdge[nodes] = edges;
  const rootChild = new Int32Array(0x10000).fill(-1);
  for (let e = firstEdge[0]!; e < firstEdge[1]!; e++) rootChild[edgeChar[e]!] = edgeTarget[e]!;
  return {
    rootChild,
    firstEdge: firstEdge.slice(0, nodes + 1),
    edgeChar: edgeChar.slice(0, edges),
    edgeTarget: edgeTarget.slice(0, edges),
    output: output.slice(0, nodes),
    vowelSkip: vowelSkip.slice(0, nodes),
    article: articleAt.slice(0, nodes),
  };
}

/** The child of `node` along `ch`, or -1. */
export function step(trie: Trie, node: number, ch: number): number {
  let lo = trie.firstEdge[node]!;
  let hi = trie.firstEdge[node + 1]!;
  const chars = trie.edgeChar;
  // binary search down to a few edges (the root and the first letters have dozens), then a linear scan
  while (hi - lo > 8) {
    const mid = (lo + hi) >>> 1;
    const c = chars[mid]!;
    if (c === ch) return trie.edgeTarget[mid]!;
    if (c < ch) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < hi; lo++) {
    const c = chars[lo]!;
    if (c === ch) return trie.edgeTarget[lo]!;
    if (c > ch) return -1;
  }
  return -1;
}

export function isTrie(data: TrieTables): data is Trie {
  return (
    data.rootChild instanceof Int32Array &&
    data.firstEdge instanceof Uint32Array &&
    data.edgeChar instanceof Uint16Array &&
    data.edgeTarget instanceof Uint32Array &&
    data.output instanceof Int32Array &&
    (data.vowelSkip === undefined || data.vowelSkip instanceof Uint8Array) &&
    (data.article === undefined || data.article instanceof Uint8Array)
  );
}
