import type { PageText } from './page-text';

/**
 * Maps offsets of the whole text back to text nodes. Offsets met in increasing order, as a scan's hits are, are
 * found from the last answer on: a page's tens of thousands of hits cost one pass over its text nodes.
 */
export class Locator {
  private index = 0;

  constructor(private readonly page: PageText) {}

  /** The index of the node holding offset `at` (for an end offset: the node it ends in). */
  nodeIndex(at: number, isEnd: boolean): number {
    const starts = this.page.starts;
    let i = this.index;
    // an offset behind the last answer (never, for hits in order): search the whole list
    if (i > 0 && (isEnd ? starts[i]! >= at : starts[i]! > at)) i = nodeIndexAt(starts, at, isEnd, 0, i);
    while (i + 1 < starts.length && (isEnd ? starts[i + 1]! < at : starts[i + 1]! <= at)) i++;
    return (this.index = i);
  }
}

/** Binary search in [lo, hi]: the last node starting at or before `at` (for an end offset, strictly before). */
function nodeIndexAt(starts: readonly number[], at: number, isEnd: boolean, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (isEnd ? s < at : s <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
