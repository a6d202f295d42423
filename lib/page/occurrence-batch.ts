import type { MatchedEntity } from '../messages/protocol';
import type { Occurrence } from './occurrence';

/** Numbers per mention in `OccurrenceBatch`'s columns: start node, start offset, end node, end offset, entity. */
const FIELDS = 5;

/**
 * The mentions of one reply of the background, as the scan maps them to text nodes: columns of numbers over
 * shared lists of nodes and entities, grouped in runs of one block. A long page has tens of thousands of mentions
 * and the reader sees a few hundred: a `Occurrence` object is made only when its block needs it (registered near the
 * viewport, hovered, revealed), which spares the page the objects and their garbage collection.
 */
export class OccurrenceBatch {
  private columns = new Int32Array(FIELDS * 256);
  count = 0;
  /** the text nodes the mentions start or end in (a node's mentions share its entry) */
  private readonly nodes: Text[] = [];
  private lastNode: Text | undefined;
  /** runs of consecutive mentions in one block: the block, and the run's first mention */
  readonly runBlocks: Node[] = [];
  readonly runStarts: number[] = [];

  constructor(private readonly entities: readonly MatchedEntity[]) {}

  /** Adds a mention (in document order); `entity` indexes the reply's entities. */
  push(block: Node, startNode: Text, startOffset: number, endNode: Text, endOffset: number, entity: number): void {
    if (this.runBlocks.length === 0 || this.runBlocks[this.runBlocks.length - 1] !== block) {
      this.runBlocks.push(block);
      this.runStarts.push(this.count);
    }
    if (FIELDS * (this.count + 1) > this.columns.length) {
      const grown = new Int32Array(this.columns.length * 2);
      grown.set(this.columns);
      this.columns = grown;
    }
    const at = FIELDS * this.count++;
    this.columns[at] = this.nodeIndex(startNode);
    this.columns[at + 1] = startOffset;
    this.columns[at + 2] = this.nodeIndex(endNode);
    this.columns[at + 3] = endOffset;
    this.columns[at + 4] = entity;
  }

  /** Where run `r` ends (exclusive). */
  runEnd(r: number): number {
    return r + 1 < this.runStarts.length ? this.runStarts[r + 1]! : this.count;
  }

  entity(i: number): MatchedEntity {
    return this.entities[this.columns[FIELDS * i + 4]!]!;
  }

  /** Adds one to `tally[e]` for each of mentions `from` .. `to` - 1 of entity `e` (an index of `entities`). */
  tallyEntities(from: number, to: number, tally: Int32Array): void {
    for (let i = from; i < to; i++) tally[this.columns[FIELDS * i + 4]!]!++;
  }

  /** A tally for `tallyEntities`: one count per entity of the reply. */
  newTally(): Int32Array {
    return new Int32Array(this.entities.length);
  }

  /** The entity of tally index `e`. */
  entityAt(e: number): MatchedEntity {
    return this.entities[e]!;
  }

  /** Occurrence `i` as an object, in `block`. */
  occurrence(i: number, block: Node): Occurrence {
    const at = FIELDS * i;
    const c = this.columns;
    return {
      entity: this.entities[c[at + 4]!]!,
      block,
      startNode: this.nodes[c[at]!]!,
      startOffset: c[at + 1]!,
      endNode: this.nodes[c[at + 2]!]!,
      endOffset: c[at + 3]!,
      range: undefined,
    };
  }

  private nodeIndex(node: Text): number {
    // mentions come in document order: a node's come together
    if (node !== this.lastNode) {
      this.nodes.push(node);
      this.lastNode = node;
    }
    return this.nodes.length - 1;
  }
}
