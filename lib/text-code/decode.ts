/** Reads page text sent in the text code (code.ts) back into code units, in the background. */
import { codesToString } from '../arabic/normalize';
import { type EncodedText, FIRST_BYTE, SEPARATOR } from './code';

/**
 * A coded piece back in code units the matcher reads as it would the original (offsets unchanged). A byte outside
 * the code reads as a separator: it can only come from a sender that is not Kashif's content script.
 */
export function decodeText(text: string, decode: string): string {
  const table = new Uint16Array(0x80).fill(SEPARATOR);
  for (let b = 0; b < decode.length && FIRST_BYTE + b < 0x80; b++) table[FIRST_BYTE + b] = decode.charCodeAt(b);
  // into a typed array: no allocation per character
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = text.charCodeAt(i);
    codes[i] = b < 0x80 ? table[b]! : SEPARATOR;
  }
  return codesToString(codes, codes.length);
}

/** The text of a piece as the matcher reads it, whether it came coded or as it is. */
export function decodePiece({ text, decode }: EncodedText): string {
  return decode === undefined ? text : decodeText(text, decode);
}
