/**
 * One key for every spelling of a name within one transliteration family (see variants.ts for the spellings the
 * matcher tries): G written غ ج ق ك (گ folds to ك in normalize), a Latin s written س or ش, long vowels written
 * or left out inside a word, a hamza seat or none, compounds glued or spaced (عبد العزيز / عبدالعزيز).
 *
 * Two names with one key are spellings of one name, not yet one person: the merge asks for more evidence
 * (a word written the same, a shared role). Everything else in a name is kept, so names whose consonants
 * differ beyond these rules never share a key.
 */

const G_CLASS = new Set(['غ', 'ج', 'ق', 'ك']);
/** ق and ك are ordinary Arabic letters: they stand for G only in longer words, as in variants.ts */
const ARABIC_G = new Set(['ق', 'ك']);
const S_CLASS = new Set(['س', 'ش']);
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);
const HAMZA = 'ء';
/** a word glued to the next or spaced from it (normalized), with the article or without: عبد الله، عبدالعزيز، أبو بكر */
const COMPOUND = /(^| )(عبد|ابو) ?(?:ال)?(?=[^ ]{2})/gu;
const COMPOUND_WORD = /^(عبد|ابو)(.*)$/u;
/** a word of at least this many consonants may write G as ق or ك */
const MIN_CONSONANTS_FOR_ARABIC_G = 4;

/**
 * The variant key of a normalized name. `fixedWords` are words spelled one way only (Arabic given names:
 * «حسن» and «حسين», «محمد» and «محمود» are different names, not spellings of one): they are kept as written.
 */
export function variantKey(normalizedName: string, fixedWords?: ReadonlySet<string>): string {
  const glued = normalizedName.replace(COMPOUND, '$1$2').split(' ');
  return glued.map((w) => (isFixed(w, fixedWords) ? w : wordKey(w))).join(' ');
}

/** «حسين», or «عبدالحسين» glued or spaced: a given name kept as written */
function isFixed(word: string, fixedWords: ReadonlySet<string> | undefined): boolean {
  if (!fixedWords) return false;
  if (fixedWords.has(word)) return true;
  const compound = COMPOUND_WORD.exec(word);
  if (!compound) return false;
  const [, first, rest] = compound as unknown as [string, string, string];
  return [rest, `ال${rest}`, `${first}ال${rest}`].some((w) => fixedWords.has(w));
}

function wordKey(word: string): string {
  const letters = word.replaceAll(HAMZA, '').split('');
  // the article is not part of the name's skeleton: a vowel right after it is written, never left out
  const from = letters[0] === 'ا' && letters[1] === 'ل' ? 2 : 0;
  const kept = letters.filter((ch, i) => !(LONG_VOWELS.has(ch) && i > from && i < letters.length - 1));
  const foreignG = kept.length >= MIN_CONSONANTS_FOR_ARABIC_G;
  return kept
    .map((ch) => (S_CLASS.has(ch) ? 'S' : G_CLASS.has(ch) && (foreignG || !ARABIC_G.has(ch)) ? 'G' : ch))
    .join('');
}
