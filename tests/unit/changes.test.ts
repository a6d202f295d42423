import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outermost } from '../../lib/page/changes';

/** A tree of stand-ins for DOM nodes: outermost only follows parentNode. */
function tree(parents: number[]): Node[] {
  const nodes: { id: number; parentNode: unknown }[] = parents.map((_, id) => ({ id, parentNode: null }));
  parents.forEach((p, id) => {
    if (p >= 0 && p < id) nodes[id]!.parentNode = nodes[p];
  });
  return nodes as unknown as Node[];
}
const isAncestor = (a: Node, n: Node) => {
  for (let p = n.parentNode; p; p = p.parentNode) if (p === a) return true;
  return false;
};

describe('the changed regions of a batch', () => {
  it('keeps exactly the nodes no other chosen node contains, once each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 60 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.nat(59), { maxLength: 80 }),
        (parents, picks) => {
          const nodes = tree(parents);
          const chosen = picks.filter((k) => k < nodes.length).map((k) => nodes[k]!);
          const naive = [...new Set(chosen)].filter((n) => !chosen.some((o) => o !== n && isAncestor(o, n)));
          expect(outermost(chosen)).toEqual(naive);
        },
      ),
      { numRuns: 300 },
    );
  });
});
