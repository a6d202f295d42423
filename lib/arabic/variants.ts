/**
 * Spellings of foreign names in Arabic news. Transliteration is not standardized: G is written غ ج ق or ك, a Latin s
 * س or ش, long vowels are written or left out (لافروف / لافرف), compounds are glued or spaced (عبد الله / عبدالله).
 * V (ڤ) and P (پ) already fold to ف and ب in lib/arabic/normalize.
 *
 * A name's variants keep one word as the dictionary writes it and spell the others within their family, each word
 * at most two changes from how it is written: one word the same keeps unrelated names apart, and lib/match drops a
 * variant that another entity's real name or alias already uses. Every variant keeps the name's variant key
 * (variant-key.ts), so the extraction's merge and the matcher agree on which spellings are one name; Arabic given
 * names, which the key keeps as written, are never varied.
 */

import { variantKey } from './variant-key';

const G_LETTERS = ['غ', 'ج', 'ق', 'ك'];
const S_LETTERS = ['س', 'ش'];
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);
const HAMZA = 'ء';
/** Words written glued to the next or spaced from it: عبد الله، أبو بكر. Normalized. */
const COMPOUND_FIRSTS = ['عبد', 'ابو'];
/** each compound's first word, and the pattern of it glued to the next word (made once, not per name) */
const COMPOUNDS = COMPOUND_FIRSTS.map((first) => ({ first, glued: new RegExp(`(^| )${first}(?=[^ ]{2})`, 'gu') }));

/** At most this many variants per name: the matcher's table grows with them. */
export const MAX_VARIANTS = 48;

/**
 * Alternative spellings of a normalized name (the name itself excluded), at most MAX_VARIANTS, the closest first:
 * the compound glued or spaced, then one change in one word, then two, then (in a name of three words or more) two
 * words varied, so that one word always stays as written.
 */
export function spellingVariants(normalizedName: string): string[] {
  const out = new Set<string>();
  const key = variantKey(normalizedName);
  const add = (v: string) => {
    if (v !== normalizedName && out.size < MAX_VARIANTS && variantKey(v) === key) out.add(v);
  };
  for (const { first, glued } of COMPOUNDS) {
    add(normalizedName.replaceAll(`${first} `, first));
    add(normalizedName.replace(glued, `$1${first} `));
  }
  const words = normalizedName.split(' ');
  const variants = words.map(wordVariants);
  const withWord = (i: number, w: string, j = -1, u = '') =>
    words.map((x, k) => (k === i ? w : k === j ? u : x)).join(' ');
  variants.forEach(([one], i) => one.forEach((w) => add(withWord(i, w))));
  variants.forEach(([, two], i) => two.forEach((w) => add(withWord(i, w))));
  // two words varied, the closest first: one change in each, then one and two, then two in each
  if (words.length >= 3)
    for (const [a, b] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ] as const)
      for (let i = 0; i < words.length; i++)
        for (let j = i + 1; j < words.length; j++)
          for (const w of variants[i]![a]) for (const u of variants[j]![b]) add(withWord(i, w, j, u));
  return [...out];
}

/** A word's spellings within its family: those one change away, and those two changes away. */
function wordVariants(word: string): [string[], string[]] {
  const key = variantKey(word);
  const one = new Set(edits(word).filter((w) => variantKey(w) === key));
  const two = new Set<string>();
  for (const w of one) for (const x of edits(w)) if (x !== word && !one.has(x) && variantKey(x) === key) two.add(x);
  return [[...one], [...two]];
}

/** Every single change the families allow (G or s letter swapped, a long vowel or hamza left out); the key sorts them. */
function edits(word: string): string[] {
  const out: string[] = [];
  const at = (i: number, s: string) => word.slice(0, i) + s + word.slice(i + 1);
  // after the article a vowel is written, and a word's first and last letters always are
  const from = word.startsWith('ال') ? 3 : 1;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const family = G_LETTERS.includes(ch) ? G_LETTERS : S_LETTERS.includes(ch) ? S_LETTERS : undefined;
    if (family) for (const other of family) if (other !== ch) out.push(at(i, other));
    if (ch === HAMZA || (LONG_VOWELS.has(ch) && i >= from && i < word.length - 1)) out.push(at(i, ''));
  }
  return out;
}
