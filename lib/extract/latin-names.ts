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
// a gloss is looked for at each «(» only: the name before it (anchored at the end of what precedes), the Latin
// after it (anchored at its start); a pattern tried at every Arabic word cost a tenth of the extraction
const ARABIC_BEFORE = new RegExp(`(${ARABIC_NAME})\\s*$`, 'u');
const LATIN_AFTER = new RegExp(`^(${LATIN_NAME}|${HANDLE})\\)`, 'u');
/** The longest Arabic name (five words) and the space before «(» fit in this many characters before it. */
const GLOSS_REACH = 200;

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
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const latin = LATIN_AFTER.exec(text.slice(at + 1, at + 1 + GLOSS_REACH));
    if (!latin) continue;
    const arabic = ARABIC_BEFORE.exec(text.slice(Math.max(0, at - GLOSS_REACH), at));
    if (arabic) ties.push({ arabic: arabic[1]!, latin: [latin[1]!] });
  }
  return ties;
}
