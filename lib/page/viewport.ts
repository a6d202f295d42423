import { outermost } from './changes';
import { blockOf, isInsideSkipped } from './text-walk';

/** Points sampled across the viewport: enough to meet every paragraph a screen holds. */
const COLUMNS = 6;
const ROWS = 30;

/**
 * The blocks the reader sees now, found by hit-testing a grid of points over the viewport: read first, so that
 * the highlights on screen come before the rest of a long page is read, and on a page too large to read whole,
 * the only ones read as the reader scrolls.
 */
export function blocksInViewport(): Node[] {
  const width = document.documentElement.clientWidth || window.innerWidth;
  const height = document.documentElement.clientHeight || window.innerHeight;
  const found = new Set<Node>();
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const node = nodeAt(((col + 0.5) * width) / COLUMNS, ((row + 0.5) * height) / ROWS);
      // text only: a point between paragraphs gives their container, which may hold the whole page
      if (node?.nodeType !== Node.TEXT_NODE) continue;
      const block = blockOf(node);
      if (block === document.body || block === document.documentElement || block.nodeType !== Node.ELEMENT_NODE) continue;
      if (!found.has(block) && !isInsideSkipped(block.firstChild ?? block)) found.add(block);
    }
  }
  return outermost(found);
}

function nodeAt(x: number, y: number): Node | undefined {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null };
  if (doc.caretPositionFromPoint) return doc.caretPositionFromPoint(x, y)?.offsetNode ?? undefined;
  return document.caretRangeFromPoint?.(x, y)?.startContainer ?? undefined;
}
