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
  let count = 0;
  const at = (k: number) => (k < wordEnd ? codes[k]! : -1);
  const room = (k: number) => wordEnd - k >= MIN_STEM;
  const emit = (nameStart: number, lam: boolean) => {
    out[count++] = nameStart; out[count++] = nameStart;
    if (at(nameStart) === ALEF && at(nameStart + 1) === LAM && room(nameStart + 2)) { out[count++] = nameStart; out[count++] = nameStart + 2; }
    // «لل»: after the preposition ل the article's alef is not written, so the second ل is the article
    else if (lam && at(nameStart) === LAM && room(nameStart + 1)) { out[count++] = nameStart; out[count++] = nameStart + 1; }
  };
  const afterConjunction = (c: number) => {
    emit(c, false);
    const q = at(c);
    if ((q === BA || q === KAF || q === LAM) && room(c + 1)) emit(c + 1, q === LAM);
  };
  afterConjunction(wordStart);
  if ((at(wordStart) === WAW || at(wordStart) === FA) && room(wordStart + 1)) afterConjunction(wordStart + 1);
  return count >> 1;
}

/** Room enough for every split of one word: 2 conjunction readings × 2 preposition readings × 2 article readings. */
export const MAX_SPLITS = 8;

/** A name's dictionary key: its matching form without a leading article (the text may add or drop it). */
export function withoutArticle(normalizedName: string): string {
  return normalizedName.startsWith('ال') && normalizedName.length > 2 + MIN_STEM && normalizedName.charCodeAt(2) !== 0x20
    ? normalizedName.slice(2)
    : normalizedName;
}
