import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIECE_CHARS, pieces } from '../../lib/page/annotator';
import { BLOCK_SEPARATOR } from '../../lib/page/page-text';

describe('cutting a page\'s text into pieces for the background', () => {
  it('covers the text exactly, cuts only at block separators, and keeps pieces near the size', () => {
    const block = fc.string({ minLength: 0, maxLength: PIECE_CHARS / 3 });
    fc.assert(fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
      const text = blocks.join(BLOCK_SEPARATOR);
      const cut = pieces(text);
      expect(cut.map(([a, b]) => text.slice(a, b)).join('')).toBe(text);
      cut.forEach(([a, b], k) => {
        expect(b).toBeGreaterThan(a);
        if (k > 0) expect(text[a]).toBe(BLOCK_SEPARATOR);
        if (b < text.length) expect(text[b]).toBe(BLOCK_SEPARATOR);
      });
    }), { numRuns: 50 });
  });
});
