/**
 * Arabic letters (U+0621–U+064A) as one printable ASCII character each, for word lists bundled into the extension.
 * WXT builds with esbuild's `charset: 'ascii'`, which writes every Arabic letter of a bundled string as `\u06xx`:
 * six bytes a letter. Shifted into '0'..'Y' (no quote, no backslash: JSON and JS keep them as they are), a letter
 * costs one byte, and unpacking a list is one pass over a string when the list is first used.
 */
const FIRST_LETTER = 0x621;
const LAST_LETTER = 0x64a;
const FIRST_ASCII = 0x30;

/** A word of Arabic letters as ASCII; throws on any other character, so a list cannot be packed wrong. */
export function packArabicLetters(word: string): string {
  let packed = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < FIRST_LETTER || c > LAST_LETTER)
      throw new Error(
        `packArabicLetters: «${word}» has a character outside the Arabic letters (U+${c.toString(16).toUpperCase().padStart(4, '0')})`,
      );
    packed += String.fromCharCode(c - FIRST_LETTER + FIRST_ASCII);
  }
  return packed;
}

/** The Arabic letters of a packed string; characters outside the packed range (spaces between words) are kept. */
export function unpackArabicLetters(packed: string): string {
  let word = '';
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    word +=
      c >= FIRST_ASCII && c <= FIRST_ASCII + LAST_LETTER - FIRST_LETTER
        ? String.fromCharCode(c - FIRST_ASCII + FIRST_LETTER)
        : packed[i];
  }
  return word;
}
