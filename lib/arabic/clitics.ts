/**
 * The proclitics in front of a word: a written word is [conjunction][preposition][article]stem. The conjunctions
 * are و ف, the prepositions ب ك ل, the article ال; after the preposition ل the article's alef is not written
 * («للأمم» = ل + (ا)ل + أمم). Each clitic must leave MIN_STEM letters or more behind it. They are part of the
 * written word but not of the name.
 *
 * One rule in two forms: `wordReadings` over a string, for the extractor and the search, and `cliticSplits` over
 * code units, for the matcher's scan of every word of a page. tests/unit/clitics.test.ts checks that they agree.
 */

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const KAF = 0x643;
const LAM = 0x644;
const ALEF = 0x627;

/** The letters the clitic readings look for (the text code gives each a byte of its own: lib/text-code/make). */
export const CLITIC_LETTERS: readonly number[] = [WAW, FA, BA, KAF, LAM, ALEF];

/** The shortest part of a word left after a clitic: Arabic has stems of two letters («أب», «يد», «دم»). */
export const MIN_STEM = 2;

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ك', 'ل'];
const ARTICLE = 'ال';

// ---- the string form ----

/** One reading of a written word. */
export interface WordReading {
  /** the conjunction and preposition letters in front («و», «ب», «ول», …) */
  clitics: string;
  /** the rest, with the article restored when the text elides it («للامم» → «الامم») */
  stem: string;
  /** the stem without the article */
  bare: string;
  definite: boolean;
}

/**
 * Every reading of a normalized word (see lib/arabic/normalize), the unsegmented one first, then the preposition,
 * the conjunction, and conjunction and preposition together: the order the extractor's «least segmented wins» needs.
 */
export function wordReadings(word: string): WordReading[] {
  const readings = [reading('', word)];
  for (const c of ['', ...CONJUNCTIONS]) {
    if (c && !word.startsWith(c)) continue;
    const afterConj = word.slice(c.length);
    if (c && afterConj.length >= MIN_STEM) readings.push(reading(c, afterConj));
    for (const p of PREPOSITIONS) {
      if (afterConj.startsWith(p) && afterConj.length - 1 >= MIN_STEM)
        readings.push(reading(c + p, afterConj.slice(1)));
    }
  }
  return readings;
}

function reading(clitics: string, rest: string): WordReading {
  if (clitics.endsWith('ل') && rest.startsWith('ل') && rest.length - 1 >= MIN_STEM) {
    return { clitics, stem: 'ا' + rest, bare: rest.slice(1), definite: true };
  }
  const definite = hasArticle(rest);
  return { clitics, stem: rest, bare: definite ? rest.slice(ARTICLE.length) : rest, definite };
}

/** Whether a normalized word begins with the article and keeps a stem after it. */
export function hasArticle(word: string): boolean {
  return word.startsWith(ARTICLE) && wordLength(word) - ARTICLE.length >= MIN_STEM;
}

/** A normalized word without its article: the `bare` of its unsegmented reading. */
export function bareOf(word: string): string {
  return hasArticle(word) ? word.slice(ARTICLE.length) : word;
}

/** The length of the first word of s. */
function wordLength(s: string): number {
  const space = s.indexOf(' ');
  return space < 0 ? s.length : space;
}

/**
 * The shortest key a name is given without its article: a key of two letters («مو» of «آلمو», «يو» of «أليو»)
 * would match short words of every text, so such a name keeps its article in its key.
 */
const MIN_KEY = 3;

/**
 * A normalized name without the article of its first word: the dictionary key of a name, since the text may add
 * or drop the article («الناتو» / «ناتو»). «الامم المتحده» → «امم المتحده».
 */
export function withoutArticle(normalizedName: string): string {
  const key = bareOf(normalizedName);
  return key.length >= MIN_KEY ? key : normalizedName;
}

/** A normalized name without the article of any of its words: the key two names of one entity share. */
export function withoutArticles(normalizedName: string): string {
  const key = normalizedName.split(' ').map(bareOf).join(' ');
  return key.length >= MIN_KEY ? key : normalizedName;
}

// ---- the code-unit form ----

/**
 * Every way to read the front of the word `codes[wordStart..wordEnd)` as clitics, from none to the most;
 * `codes` are normalized code units (see lib/arabic/normalize). Writes pairs (nameStart, keyStart) into `out`
 * and returns how many: nameStart is where the name as highlighted begins (after conjunction and preposition,
 * article included), keyStart where its dictionary key begins (after the article). The caller tries each and
 * keeps the longest match. No allocation: this runs once per word of every page.
 */
export function cliticSplits(codes: ArrayLike<number>, wordStart: number, wordEnd: number, out: Int32Array): number {
  let count = afterConjunction(codes, wordStart, wordEnd, out, 0);
  const first = wordStart < wordEnd ? codes[wordStart]! : -1;
  if ((first === WAW || first === FA) && wordEnd - (wordStart + 1) >= MIN_STEM)
    count = afterConjunction(codes, wordStart + 1, wordEnd, out, count);
  return count >> 1;
}

// The helpers below are module-level functions taking everything as arguments: closures made per word cost a
// few allocations each, which on a page's hundred thousand words was most of the matcher's time.

/** The readings after a conjunction (or none) ending at c: no preposition, or ب ك ل. */
function afterConjunction(
  codes: ArrayLike<number>,
  c: number,
  wordEnd: number,
  out: Int32Array,
  count: number,
): number {
  count = withArticle(codes, c, false, wordEnd, out, count);
  const q = c < wordEnd ? codes[c]! : -1;
  if ((q === BA || q === KAF || q === LAM) && wordEnd - (c + 1) >= MIN_STEM)
    count = withArticle(codes, c + 1, q === LAM, wordEnd, out, count);
  return count;
}

/** The name starting at nameStart, its key there or after the article. */
function withArticle(
  codes: ArrayLike<number>,
  nameStart: number,
  afterLam: boolean,
  wordEnd: number,
  out: Int32Array,
  count: number,
): number {
  out[count++] = nameStart;
  out[count++] = nameStart;
  const a = nameStart < wordEnd ? codes[nameStart]! : -1;
  if (a === ALEF && nameStart + 1 < wordEnd && codes[nameStart + 1] === LAM && wordEnd - (nameStart + 2) >= MIN_STEM) {
    out[count++] = nameStart;
    out[count++] = nameStart + 2;
  } else if (afterLam && a === LAM && wordEnd - (nameStart + 1) >= MIN_STEM) {
    // «لل»: after the preposition ل the article's alef is not written, so the second ل is the article
    out[count++] = nameStart;
    out[count++] = nameStart + 1;
  }
  return count;
}

/** Room enough for every split of one word: 2 conjunction readings × 2 preposition readings × 2 article readings. */
export const MAX_SPLITS = 8;
