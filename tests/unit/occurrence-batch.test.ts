import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchedEntity } from '../../lib/messages/protocol';
import { OccurrenceBatch } from '../../lib/page/occurrence-batch';

/** Stand-ins for text nodes and blocks: the batch only keeps them and hands them back. */
const fake = <T>(id: number) => ({ id }) as unknown as T;
const entities: MatchedEntity[] = [
  { id: 'a', type: 'person', name: 'أ' },
  { id: 'b', type: 'org', name: 'ب' },
];

describe("a scan's mentions kept as columns", () => {
  it('gives back each mention as it was pushed, groups consecutive mentions of a block into runs, and tallies them by entity', () => {
    const mention = fc.record({
      block: fc.integer({ min: 0, max: 3 }),
      start: fc.integer({ min: 0, max: 5 }),
      span: fc.integer({ min: 0, max: 2 }),
      startOffset: fc.nat(99),
      endOffset: fc.nat(99),
      entity: fc.integer({ min: 0, max: 1 }),
    });
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 300 }), (list) => {
        // mentions come in document order: nodes never go back
        let node = 0;
        const pushed = list.map((m) => ({ ...m, startNode: (node += m.start), endNode: node + m.span }));
        const blocks = [0, 1, 2, 3].map((b) => fake<Node>(-b - 1));
        const nodes = new Map<number, Text>();
        const nodeOf = (k: number) => nodes.get(k) ?? nodes.set(k, fake<Text>(k)).get(k)!;
        const batch = new OccurrenceBatch(entities);
        for (const m of pushed)
          batch.push(blocks[m.block]!, nodeOf(m.startNode), m.startOffset, nodeOf(m.endNode), m.endOffset, m.entity);

        expect(batch.count).toBe(pushed.length);
        const seen: number[] = [];
        for (let r = 0; r < batch.runBlocks.length; r++) {
          for (let i = batch.runStarts[r]!; i < batch.runEnd(r); i++) {
            const m = pushed[i]!;
            expect(batch.runBlocks[r]).toBe(blocks[m.block]);
            expect(batch.occurrence(i, blocks[m.block]!)).toEqual({
              entity: entities[m.entity],
              block: blocks[m.block],
              startNode: nodeOf(m.startNode),
              startOffset: m.startOffset,
              endNode: nodeOf(m.endNode),
              endOffset: m.endOffset,
              range: undefined,
            });
            expect(batch.entity(i)).toBe(entities[m.entity]);
            seen.push(i);
          }
          if (r > 0) expect(batch.runBlocks[r]).not.toBe(batch.runBlocks[r - 1]);
        }
        expect(seen).toEqual(pushed.map((_, i) => i));
        // the badge's count: each entity's mentions, tallied over a range of them
        const from = pushed.length >> 2;
        const tally = batch.newTally();
        batch.tallyEntities(from, batch.count, tally);
        expect([...tally]).toEqual(entities.map((_, e) => pushed.slice(from).filter((m) => m.entity === e).length));
        expect(entities.map((_, e) => batch.entityAt(e))).toEqual(entities);
      }),
      { numRuns: 200 },
    );
  });
});
