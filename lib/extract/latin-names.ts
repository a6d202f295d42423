/**
 * Latin names and @handles that the text itself ties to an Arabic name:
 *   «— Ramtane Lamamra | رمطان لعمامرة (@Lamamra_dz)»   (a tweet's signature)
 *   «رمطان لعمامرة (Ramtane Lamamra)»                      (a name glossed in parentheses)
 *   «رمطان لعمامرة (@Lamamra_dz)»
 * Returns, per normalized Arabic name, the Latin forms tied to it. Nothing is guessed from transliteration here;
 * a Latin name the text gives with an English title alone («Ambassador Michele Sison» under an Arabic article) is
 * returned without its Arabic words: the merge ties it by its letters to a person the same article names.
 */
const LATIN_NAME = String.raw`[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,3}`;
// Arabic letters, tatweel and tashkeel: one range (U+0621–U+065F), so no letter is paired with a mark inside a class
const ARABIC_NAME = String.raw`[\u0621-\u065F]+(?:\s+[\u0621-\u065F]+){0,4}`;
const HANDLE = String.raw`@[A-Za-z0-9_]{2,}`;

const SIGNATURE = new RegExp(`(${LATIN_NAME})\\s*\\|\\s*(${ARABIC_NAME})\\s*(?:\\((${HANDLE})\\))?`, 'gu');
// a gloss is looked for at each «(» only: the name before it (anchored at the end of what precedes), the Latin
// after it (anchored at its start); a pattern tried at every Arabic word cost a tenth of the extraction
// (ARABIC_NAME before «(», read backwards by arabicNameBefore: the pattern anchored at the end, run by a regex
// engine, is tried from every character of the reach)
const LATIN_AFTER = new RegExp(`^(${LATIN_NAME}|${HANDLE})\\)`, 'u');
/** The longest Arabic name (five words) and the space before «(» fit in this many characters before it. */
const GLOSS_REACH = 200;

export interface LatinTie {
  /**
   * the Arabic words as written, possibly with words in front of the name («السيد رمطان لعمامرة»); absent for a
   * Latin name after an English title, which only its letters tie to an Arabic name (merge.ts)
   */
  arabic?: string;
  latin: string[];
}

/** English titles that say the capitalized words after them are a person's name. */
const ENGLISH_TITLE = String.raw`(?:Ambassador|(?:Vice )?President|Prime Minister|(?:Foreign |Defen[cs]e )?Minister|Secretary(?:-General| General| of State)?|Senator|Governor|General|Admiral|(?:Special )?Envoy|Commissioner|Chancellor|King|Queen|Prince|Princess|Sheikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)`;
// the name's words on the title's line: a line under a tweet's signature begins with a capital too
const TITLED_NAME = new RegExp(String.raw`\b${ENGLISH_TITLE}[ \t]+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,3})`, 'gu');
/** A text without a capital followed by a small letter has no titled name: most Arabic articles. */
const LATIN_WORD = /[A-Z][a-z]/u;

export function latinTies(text: string): LatinTie[] {
  const ties: LatinTie[] = [];
  for (const m of text.matchAll(SIGNATURE)) {
    ties.push({ arabic: m[2]!, latin: [m[1]!, ...(m[3] ? [m[3]] : [])] });
  }
  if (LATIN_WORD.test(text)) for (const m of text.matchAll(TITLED_NAME)) ties.push({ latin: [m[1]!] });
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const latin = LATIN_AFTER.exec(text.slice(at + 1, at + 1 + GLOSS_REACH));
    if (!latin) continue;
    const arabic = arabicNameBefore(text, Math.max(0, at - GLOSS_REACH), at);
    if (arabic) ties.push({ arabic, latin: [latin[1]!] });
  }
  return ties;
}

/** [\u0621-\u065F]: the letters, tatweel and tashkeel of ARABIC_NAME */
const isNameLetter = (c: number) => c >= 0x621 && c <= 0x65f;
/** JavaScript's \s */
const SPACE = /\s/u;
const isSpace = (text: string, i: number) => SPACE.test(text[i]!);

/**
 * What `(ARABIC_NAME)\s*$` finds in text[from, to): the words of Arabic letters (at most five, spaces between them)
 * that end it, before any spaces, or undefined. The leftmost match is the run of such words reaching furthest back.
 */
function arabicNameBefore(text: string, from: number, to: number): string | undefined {
  let end = to;
  while (end > from && isSpace(text, end - 1)) end--;
  if (end === from || !isNameLetter(text.charCodeAt(end - 1))) return undefined;
  let start = end;
  while (start > from && isNameLetter(text.charCodeAt(start - 1))) start--;
  for (let words = 1; words < 5; words++) {
    let gap = start;
    while (gap > from && isSpace(text, gap - 1)) gap--;
    if (gap === start || gap === from || !isNameLetter(text.charCodeAt(gap - 1))) break;
    start = gap;
    while (start > from && isNameLetter(text.charCodeAt(start - 1))) start--;
  }
  return text.slice(start, end);
}
