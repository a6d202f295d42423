import type { MatchedEntity } from '../messages/protocol';

/**
 * Where a name of an entity stands on the page, as text-node offsets (what the highlights and the hover card
 * point at); its Range is made only when needed.
 */
export interface Occurrence {
  entity: MatchedEntity;
  /** the block (nearest non-inline ancestor) of its first text node */
  block: Node;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  range: Range | undefined;
}

/** The occurrence's live Range (made on first use: for the highlight, the hover card, a scroll to it). */
export function rangeOf(m: Occurrence): Range {
  if (!m.range) {
    m.range = new Range();
    m.range.setStart(m.startNode, m.startOffset);
    m.range.setEnd(m.endNode, m.endOffset);
  }
  return m.range;
}

/** Its text nodes are still in the document and still long enough. */
export function isIntact(m: Occurrence): boolean {
  return (
    m.startNode.isConnected &&
    m.endNode.isConnected &&
    m.startOffset <= m.startNode.length &&
    m.endOffset <= m.endNode.length &&
    !m.range?.collapsed
  );
}
