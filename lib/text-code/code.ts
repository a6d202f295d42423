/**
 * A one-byte code for page text on its way to the matcher. Sending a page's text to the background costs the
 * page's main thread by the byte (the browser serializes messages to UTF-8 JSON, and Arabic takes two bytes a
 * letter): written in printable ASCII instead, the same text costs about a third as much to send.
 *
 * The code is exact as far as the matcher can tell: every code unit becomes one byte (so offsets do not move),
 * and two code units share a byte only when the matcher cannot tell them apart. The matcher sees a code unit
 * only through its fold (lib/arabic/normalize's foldTable): code units that fold alike are alike. Among the folds,
 * those that no dictionary key contains and that the fold and the clitic rules never single out behave alike too,
 * apart from being a word character or not: they share two bytes, «other word character» and «other». Code
 * units that fold to several (presentation-form ligatures, rare) and folds beyond the code's room get no byte:
 * a piece holding one is sent as it is.
 *
 * The code depends on the dictionary (its keys' characters), so the background makes it with the matcher
 * (make.ts); the content script writes in it (encode.ts) and the background reads it back (decode.ts). Only this
 * folder knows the byte layout; everyone else handles a `TextCode` and `EncodedText` as opaque values.
 */

/** What a content script needs to write text in the code, and what it sends back with each coded piece. */
export interface TextCode {
  /**
   * The code as runs over all UTF-16 code units: pairs (first code unit of the run, its byte), in order; the
   * first run starts at 0. NO_BYTE marks the code units that have no byte.
   */
  runs: number[];
  /** code units for the bytes: byte b decodes to decode.charCodeAt(b - FIRST_BYTE) */
  decode: string;
  /** the byte of «other», a code unit that is in no key and not a word character: no name spans it */
  cut: number;
}

/** A piece of page text as it travels: in the code of `decode` when that is given, else as it is. */
export interface EncodedText {
  text: string;
  decode?: string;
}

/** The byte of a code unit that the code cannot write: the only byte with its high bit set. */
export const NO_BYTE = 0xff;
export const HIGH_BIT = 0x80;
export const FIRST_BYTE = 0x20;
export const LAST_BYTE = 0x7e;
/** JSON escapes these two: a byte of the code must cost one byte on the wire */
const ESCAPED = new Set([0x22, 0x5c]);
/** the bytes the code writes, all printable ASCII (below HIGH_BIT) */
export const BYTES: number[] = [];
for (let b = FIRST_BYTE; b <= LAST_BYTE; b++) if (!ESCAPED.has(b)) BYTES.push(b);

/** what a byte outside the code decodes to: not a word character, in no key */
export const SEPARATOR = 0xfffc;
