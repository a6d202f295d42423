import { SLICE_MS } from './slices';

/** Bounds of a piece of page text, in characters. */
export const MIN_PIECE_CHARS = 50_000;
export const MAX_PIECE_CHARS = 1_000_000;
/** The first piece of a page: about a slice's worth of sending on the slower machines measured. */
export const FIRST_PIECE_CHARS = 200_000;
/** A piece may grow at most this much from one to the next: one quick send may be the timer's luck. */
const MAX_GROWTH = 4;

/**
 * How many characters the next piece of a page's text may hold, learnt from what sending the last ones cost the
 * page's main thread. `runtime.sendMessage` serializes its message on the spot, in the sender's task, and that cost
 * per character differs tenfold between machines running the same Chromium (measured: 6.5 ns a byte on one, 60 on
 * another). A fixed size is either a long task on the slow machine (a million characters: 60–140 ms) or, on the fast
 * one, more messages than needed (each costs about a millisecond of IPC and its reply a change of the highlights).
 * So each piece is sized so that sending it takes about a slice (`SLICE_MS`), between `MIN_PIECE_CHARS` and
 * `MAX_PIECE_CHARS`.
 */
export class PieceSize {
  chars = FIRST_PIECE_CHARS;

  /** Sending `chars` characters took `ms` of the main thread. */
  sent(chars: number, ms: number): void {
    if (chars < MIN_PIECE_CHARS / 4) return; // a scan's short last piece, or a few changed nodes: too little to learn from
    // below a millisecond the timer (coarsened for content scripts) says little: grow, but only as far as allowed
    const fit = ms >= 1 ? (chars * SLICE_MS) / ms : Infinity;
    this.chars = Math.round(Math.min(MAX_PIECE_CHARS, Math.max(MIN_PIECE_CHARS, Math.min(fit, this.chars * MAX_GROWTH))));
  }
}
