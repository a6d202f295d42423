/**
 * Spellings of foreign names in Arabic news. Transliteration is not standardized: G is written غ ج ق or ك,
 * long vowels are written or left out (لافروف / لافرف), compounds are glued or spaced (عبد الله / عبدالله).
 * V (ڤ) and P (پ) already fold to ف and ب in lib/arabic/normalize.
 *
 * Variants are generated one change at a time, so that a name never drifts two letters from how the
 * dictionary writes it: that keeps unrelated names apart (and lib/match drops a variant that another
 * entity's real name or alias already uses). Each variant keeps the name's variant key (variant-key.ts), so the
 * extraction's merge and the matcher agree on which spellings are one name.
 */

import { variantKey } from './variant-key';

const G_LETTERS = ['غ', 'ج', 'ق', 'ك'];
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);
/** Words written glued to the next or spaced from it: عبد الله، أبو بكر. Normalized. */
const COMPOUND_FIRSTS = ['عبد', 'ابو'];
/** each compound's first word, and the pattern of it glued to the next word (made once, not per name) */
const COMPOUNDS = COMPOUND_FIRSTS.map((first) => ({ first, glued: new RegExp(`(^| )${first}(?=[^ ]{2})`, 'gu') }));

/** At most this many variants per name: the matcher's table grows with them. */
export const MAX_VARIANTS = 32;

/** Alternative spellings of a normalized name (the name itself excluded), at most MAX_VARIANTS. */
export function spellingVariants(normalizedName: string): string[] {
  const out = new Set<string>();
  const key = variantKey(normalizedName);
  const add = (v: string) => {
    if (v !== normalizedName && out.size < MAX_VARIANTS && variantKey(v) === key) out.add(v);
  };
  // normalized names are Arabic and Latin letters: one code unit each, so string indices are letters
  const chars = normalizedName.split('');

  chars.forEach((ch, i) => {
    if (G_LETTERS.includes(ch) && isForeignG(chars, i))
      for (const g of G_LETTERS) if (g !== ch) add(normalizedName.slice(0, i) + g + normalizedName.slice(i + 1));
  });
  chars.forEach((ch, i) => {
    // a long vowel inside a word (not its first or last letter) is often left out
    if (LONG_VOWELS.has(ch) && isInsideWord(chars, i)) add(normalizedName.slice(0, i) + normalizedName.slice(i + 1));
  });
  for (const { first, glued } of COMPOUNDS) {
    add(normalizedName.replaceAll(`${first} `, first));
    add(normalizedName.replace(glued, `$1${first} `));
  }
  return [...out];
}

function isInsideWord(chars: string[], i: number): boolean {
  return (
    i > 0 &&
    chars[i - 1] !== ' ' &&
    i + 1 < chars.length &&
    chars[i + 1] !== ' ' &&
    !(chars[i - 1] === 'ل' && chars[i - 2] === 'ا')
  );
}

/**
 * ق and ك are ordinary Arabic letters; they stand for G only in foreign names, which a reader cannot tell
 * from one letter. غ and ج are tried freely; ق and ك only in words of five letters or more (short Arabic words
 * with ق/ك are common nouns and given names: قاسم would drift to جاسم, another name).
 */
function isForeignG(chars: string[], i: number): boolean {
  if (chars[i] === 'غ' || chars[i] === 'ج') return true;
  let from = i;
  while (from > 0 && chars[from - 1] !== ' ') from--;
  let to = i;
  while (to < chars.length && chars[to] !== ' ') to++;
  return to - from >= 5;
}
