
/**
 * Latin names and @handles that the text itself ties to an Arabic name:
 *   «— Ramtane Lamamra | رمطان لعمامرة (@Lamamra_dz)»   (a tweet's signature)
 *   «رمطان لعمامرة (Ramtane Lamamra)»                      (a name glossed in parentheses)
 *   «رمطان لعمامرة (@Lamamra_dz)»
 * Returns, per normalized Arabic name, the Latin forms tied to it. Nothing is guessed from transliteration.
 */
const LATIN_NAME = String.raw`[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,3}`;
// Arabic letters, tatweel and tashkeel: one range (U+0621–U+065F), so no letter is paired with a mark inside a class
const ARABIC_NAME = String.raw`[\u0621-\u065F]+(?:\s+[\u0621-\u065F]+){0,4}`;
const HANDLE = String.raw`@[A-Za-z0-9_]{2,}`;

const SIGNATURE = new RegExp(`(${LATIN_NAME})\\s*\\|\\s*(${ARABIC_NAME})\\s*(?:\\((${HANDLE})\\))?`, 'gu');
const GLOSS = new RegExp(`(${ARABIC_NAME})\\s*\\((${LATIN_NAME}|${HANDLE})\\)`, 'gu');

export interface LatinTie {
  /** the Arabic words as written, possibly with words in front of the name («السيد رمطان لعمامرة») */
  arabic: string;
  latin: string[];
}

export function latinTies(text: string): LatinTie[] {
  const ties: LatinTie[] = [];
  for (const m of text.matchAll(SIGNATURE)) {
    ties.push({ arabic: m[2]!, latin: [m[1]!, ...(m[3] ? [m[3]] : [])] });
  }
  for (const m of text.matchAll(GLOSS)) ties.push({ arabic: m[1]!, latin: [m[2]!] });
  return ties;
}

