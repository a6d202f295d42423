import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_PIECE_CHARS, MAX_PIECE_CHARS, MIN_PIECE_CHARS, PieceSize } from '../../lib/page/piece-size';
import { SLICE_MS } from '../../lib/page/slices';

describe('the size of the pieces a page sends, learnt from what sending costs', () => {
  it('settles where sending a piece takes about a slice, on a slow machine and a fast one', () => {
    for (const nsPerChar of [60, 25, 6.5]) {
      const size = new PieceSize();
      for (let k = 0; k < 6; k++) size.sent(size.chars, (size.chars * nsPerChar) / 1e6);
      const expected = Math.min(MAX_PIECE_CHARS, Math.max(MIN_PIECE_CHARS, (SLICE_MS * 1e6) / nsPerChar));
      expect(size.chars).toBeGreaterThan(expected * 0.99);
      expect(size.chars).toBeLessThan(expected * 1.01);
    }
    // 60 ns a character: a fifth of the million characters the pieces had before they were sized
    const slow = new PieceSize();
    slow.sent(FIRST_PIECE_CHARS, FIRST_PIECE_CHARS * 60e-6);
    expect(slow.chars).toBe(Math.round((SLICE_MS * 1e6) / 60));
  });

  it('stays within its bounds, grows at most fourfold at a time, and learns nothing from a short piece', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 3_000_000 }), fc.double({ min: 0, max: 500, noNaN: true })), { maxLength: 20 }), (sends) => {
      const size = new PieceSize();
      for (const [chars, ms] of sends) {
        const before = size.chars;
        size.sent(chars, ms);
        expect(size.chars).toBeGreaterThanOrEqual(MIN_PIECE_CHARS);
        expect(size.chars).toBeLessThanOrEqual(MAX_PIECE_CHARS);
        expect(size.chars).toBeLessThanOrEqual(Math.max(MIN_PIECE_CHARS, before * 4));
        if (chars < MIN_PIECE_CHARS / 4) expect(size.chars).toBe(before);
      }
    }));
  });
});
