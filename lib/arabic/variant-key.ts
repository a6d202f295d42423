/**
 * One key for every spelling of a name within one transliteration family (see variants.ts for the spellings the
 * matcher tries): G written غ ج ق ك (گ folds to ك in normalize), a Latin s written س or ش, long vowels written
 * or left out inside a word, a hamza seat or none, compounds glued or spaced (عبد العزيز / عبدالعزيز), a compound
 * name hyphenated or spaced (جان-إيف / جان إيف).
 *
 * Two names with one key are spellings of one name, not yet one person: the merge asks for more evidence
 * (a word written the same, a shared role). Everything else in a name is kept, so names whose consonants
 * differ beyond these rules never share a key.
 *
 * The looser rules (a long vowel left out, ق or ك for G, س or ش inside a word) hold only in words of four
 * consonants or more, which is how foreign names are shaped. Short words keep their vowels: there one vowel tells
 * names apart, Arabic and foreign alike (حسن / حسين, سعد / سعيد, بيل / بول, تيم / توم, جون / جين). The count
 * is the same for every spelling of a family (its rules never add or drop a consonant), so the key stays one
 * key per family.
 */
import { arabicGivenNames } from './given-names';

const G_CLASS = new Set(['غ', 'ج', 'ق', 'ك']);
/** ق and ك are ordinary Arabic letters: they stand for G only in foreign-shaped words */
const ARABIC_G = new Set(['ق', 'ك']);
const S_CLASS = new Set(['س', 'ش']);
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);
const HAMZA = 'ء';
/** joins the words of a compound name written as one («جان-ايف»): lib/extract/tokenize */
const HYPHEN = '-';
/** a word glued to the next or spaced from it (normalized), with the article or without: عبد الله، عبدالعزيز، أبو بكر */
const COMPOUND = /(^| )(عبد|ابو) ?(?:ال)?(?=[^ ]{2})/gu;
const COMPOUND_WORD = /^(عبد|ابو)(.*)$/u;
/** a word of at least this many consonants is shaped like a foreign name */
export const MIN_FOREIGN_CONSONANTS = 4;

/**
 * The variant key of a normalized name. `fixedWords` are words spelled one way only, kept as written: by default
 * the Arabic given names (given-names.ts), whose letters carry meaning («حسن» and «حسين», «محمد» and «محمود»
 * are different names, not spellings of one).
 */
export function variantKey(normalizedName: string, fixedWords: ReadonlySet<string> = arabicGivenNames()): string {
  const glued = normalizedName.replaceAll(HYPHEN, ' ').replace(COMPOUND, '$1$2').split(' ');
  return glued.map((w) => wordVariantKey(w, fixedWords)).join(' ');
}

/**
 * The variant key of one normalized word (no spaces): the key of a name is its words' keys, compounds glued first.
 * The parts of a hyphenated word («جان-ايف») are keyed as the words they are when spaced.
 */
export function wordVariantKey(word: string, fixedWords: ReadonlySet<string> = arabicGivenNames()): string {
  if (word.includes(HYPHEN))
    return word
      .split(HYPHEN)
      .map((w) => wordVariantKey(w, fixedWords))
      .join(' ');
  return isFixed(word, fixedWords) ? word : wordKey(word);
}

/** «حسين», or «عبدالحسين» glued or spaced: a given name kept as written */
function isFixed(word: string, fixedWords: ReadonlySet<string>): boolean {
  if (fixedWords.has(word)) return true;
  const compound = COMPOUND_WORD.exec(word);
  if (!compound) return false;
  const [, first, rest] = compound as unknown as [string, string, string];
  return [rest, `ال${rest}`, `${first}ال${rest}`].some((w) => fixedWords.has(w));
}

/** Where a word's name begins: after the article, whose letters are not part of the name's skeleton. */
function stemStart(word: string): number {
  return word.startsWith('ال') ? 2 : 0;
}

/** Whether a normalized word (no spaces) is shaped like a foreign name: four consonants or more after its article. */
export function isForeignShaped(word: string): boolean {
  let consonants = 0;
  for (let i = stemStart(word); i < word.length; i++) if (!LONG_VOWELS.has(word[i]!) && word[i] !== HAMZA) consonants++;
  return consonants >= MIN_FOREIGN_CONSONANTS;
}

// one pass over the letters: the matcher and the search compute a key for every spelling they try
function wordKey(word: string): string {
  const letters = word.includes(HAMZA) ? word.replaceAll(HAMZA, '') : word;
  const from = stemStart(letters);
  const foreign = isForeignShaped(letters);
  const last = letters.length - 1;
  let key = '';
  for (let i = 0; i <= last; i++) {
    const ch = letters[i]!;
    // a vowel right after the article is written, never left out; the first and last letters are always written
    if (foreign && LONG_VOWELS.has(ch) && i > from && i < last) continue;
    key +=
      S_CLASS.has(ch) && (foreign || i === last) ? 'S' : G_CLASS.has(ch) && (foreign || !ARABIC_G.has(ch)) ? 'G' : ch;
  }
  return key;
}

/** a word written in Arabic letters only: the variant rules are about Arabic spellings */
const ARABIC_LETTERS = /^[\u0621-\u064A]+$/u;

/** Positions past this one take no vowel: a bit each in one 32-bit number (a name is seldom longer). */
export const MAX_VOWEL_POINT = 30;

/**
 * Where a page may write a long vowel that the name leaves out («لافروف» for «لافرف»), keeping the name's key: bit
 * d (d ≤ MAX_VOWEL_POINT) is set when one long vowel may stand right before name[d] of the normalized name. That
 * is inside a foreign-shaped word, after its first letter (the first after the article) and before its last; never
 * in a word kept as written (a given name, a compound with «عبد» or «أبو»), nor in one with a hamza, whose letters
 * the key drops. 0 when there is no such place. A number, not an array: the matcher asks it of every key it
 * compiles; `among` limits the answer (and the work) to the positions of its bits.
 */
export function vowelInsertionPoints(
  normalizedName: string,
  fixedWords: ReadonlySet<string> = arabicGivenNames(),
  among = POINT_BITS,
): number {
  let points = 0;
  let afterCompound = false;
  for (let a = 0; a < normalizedName.length && a <= MAX_VOWEL_POINT;) {
    let b = a;
    while (b < normalizedName.length && normalizedName[b] !== ' ' && normalizedName[b] !== HYPHEN) b++;
    const compound = normalizedName.startsWith('عبد', a) || normalizedName.startsWith('ابو', a);
    // only the words among the positions asked about are read: a word is sliced out for it
    if (!compound && !afterCompound && (among >>> a) % 2 ** (b - a + 1) !== 0)
      points |= wordPoints(normalizedName.slice(a, b), fixedWords) << a;
    afterCompound = compound && normalizedName[b] === ' ';
    a = b + 1;
  }
  return points & among & POINT_BITS;
}

const POINT_BITS = 2 ** (MAX_VOWEL_POINT + 1) - 1;

/** Words recur across the keys of a dictionary (a name's spellings, family names): each is read once. */
const wordPointsCache = new Map<string, number>();
const MAX_CACHED_WORDS = 50_000;

function wordPoints(word: string, fixedWords: ReadonlySet<string>): number {
  const cached = fixedWords === arabicGivenNames() ? wordPointsCache.get(word) : undefined;
  if (cached !== undefined) return cached;
  let points = 0;
  if (ARABIC_LETTERS.test(word) && !word.includes(HAMZA) && !isFixed(word, fixedWords) && isForeignShaped(word))
    for (let i = stemStart(word) + 1; i <= word.length - 1 && i <= MAX_VOWEL_POINT; i++) points |= 1 << i;
  if (fixedWords === arabicGivenNames()) {
    if (wordPointsCache.size >= MAX_CACHED_WORDS) wordPointsCache.clear();
    wordPointsCache.set(word, points);
  }
  return points;
}
