import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Locator } from '../../lib/page/locator';
import { BLOCK_SEPARATOR, PageText } from '../../lib/page/page-text';

/** Stand-ins for text nodes and blocks: PageText only keeps them and hands them back. */
const fakeNode = (id: number) => ({ id }) as unknown as Text;

describe("a page's text, handed to the background in pieces as it is read", () => {
  const node = fc.string({ minLength: 1, maxLength: 40 });
  const block = fc.array(node, { minLength: 1, maxLength: 5 });

  it('covers the text exactly, cuts only at block separators, keeps pieces near the size, and maps offsets back to nodes', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 30 }), fc.integer({ min: 1, max: 120 }), (blocks, pieceChars) => {
        const pieces: { text: string; offset: number }[] = [];
        const page = new PageText(({ text }, offset) => pieces.push({ text, offset }), undefined, pieceChars);
        const datas: string[] = [];
        blocks.forEach((nodes, b) =>
          nodes.forEach((data, k) => {
            page.add(fakeNode(datas.length), data, fakeNode(-b - 1), k === 0);
            datas.push(data);
          }),
        );
        page.finish();

        const whole = blocks.map((nodes) => nodes.join('')).join(BLOCK_SEPARATOR);
        expect(pieces.map((p) => p.text).join('')).toBe(whole);
        let offset = 0;
        pieces.forEach((p, k) => {
          expect(p.offset).toBe(offset);
          expect(p.text.length).toBeGreaterThan(0);
          if (k > 0) expect(p.text[0]).toBe(BLOCK_SEPARATOR);
          // a piece ends where a block starts, once it holds at least pieceChars characters
          if (k < pieces.length - 1) expect(p.text.length).toBeGreaterThanOrEqual(pieceChars);
          offset += p.text.length;
        });
        const inOrder = new Locator(page);
        datas.forEach((data, i) => {
          expect(whole.slice(page.starts[i], page.starts[i]! + data.length)).toBe(data);
          expect(inOrder.nodeIndex(page.starts[i]! + (data.length >> 1), false)).toBe(i);
          expect(inOrder.nodeIndex(page.starts[i]! + data.length, true)).toBe(i);
        });
        // backwards too (never so for hits, but the answer must not depend on it)
        const backwards = new Locator(page);
        for (let i = datas.length - 1; i >= 0; i--) {
          expect(backwards.nodeIndex(page.starts[i]!, false)).toBe(i);
          expect(backwards.nodeIndex(page.starts[i]! + datas[i]!.length, true)).toBe(i);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('hands out nothing for a page without text', () => {
    const pieces: string[] = [];
    const page = new PageText(({ text }) => pieces.push(text));
    page.finish();
    expect(pieces).toEqual([]);
  });
});
