/**
 * Proclitics in front of a name: the conjunctions و ف, the prepositions ب ك ل, the article ال, and their
 * combinations (وال بال كال فال لل ولل فلل وبال …). They are part of the written word but not of the name.
 */

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const KAF = 0x643;
const LAM = 0x644;
const ALEF = 0x627;

/** The letters the clitic readings look for (the text code gives each a byte of its own: lib/match/make-text-code). */
export const CLITIC_LETTERS: readonly number[] = [WAW, FA, BA, KAF, LAM, ALEF];

/** The shortest part of a word left after clitics that can still be a name. */
const MIN_STEM = 2;

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
  if ((first === WAW || first === FA) && wordEnd - (wordStart + 1) >= MIN_STEM) count = afterConjunction(codes, wordStart + 1, wordEnd, out, count);
  return count >> 1;
}

// The helpers below are module-level functions taking everything as arguments: closures made per word cost a
// few allocations each, which on a page's hundred thousand words was most of the matcher's time.

/** The readings after a conjunction (or none) ending at c: no preposition, or ب ك ل. */
function afterConjunction(codes: ArrayLike<number>, c: number, wordEnd: number, out: Int32Array, count: number): number {
  count = withArticle(codes, c, false, wordEnd, out, count);
  const q = c < wordEnd ? codes[c]! : -1;
  if ((q === BA || q === KAF || q === LAM) && wordEnd - (c + 1) >= MIN_STEM) count = withArticle(codes, c + 1, q === LAM, wordEnd, out, count);
  return count;
}

/** The name starting at nameStart, its key there or after the article. */
function withArticle(codes: ArrayLike<number>, nameStart: number, afterLam: boolean, wordEnd: number, out: Int32Array, count: number): number {
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

/** A name's dictionary key: its matching form without a leading article (the text may add or drop it). */
export function withoutArticle(normalizedName: string): string {
  return normalizedName.startsWith('ال') && normalizedName.length > 2 + MIN_STEM && normalizedName.charCodeAt(2) !== 0x20
    ? normalizedName.slice(2)
    : normalizedName;
}
