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

import { isForeignShaped, variantKey, wordVariantKey } from './variant-key';

const G_LETTERS = ['غ', 'ج', 'ق', 'ك'];
/** the G letters of any word; ق and ك are G only in foreign-shaped ones (variant-key.ts) */
const FREE_G_LETTERS = ['غ', 'ج'];
const ARABIC_G = new Set(['ق', 'ك']);
const S_LETTERS = ['س', 'ش'];
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);
const HAMZA = 'ء';
const HYPHEN = '-';
/** Words written glued to the next or spaced from it: عبد الله، أبو بكر. Normalized. */
const COMPOUND_FIRSTS = ['عبد', 'ابو'];
/** each compound's first word, and the pattern of it glued to the next word (made once, not per name) */
const COMPOUNDS = COMPOUND_FIRSTS.map((first) => ({ first, glued: new RegExp(`(^| )${first}(?=[^ ]{2})`, 'gu') }));

const HAS_COMPOUND = new RegExp(`(^| )(?:${COMPOUND_FIRSTS.join('|')})`, 'u');

/** At most this many variants per name: the matcher's table grows with them. */
export const MAX_VARIANTS = 48;

/**
 * Alternative spellings of a normalized name (the name itself excluded), at most MAX_VARIANTS, the closest first:
 * the compound glued or spaced, then one change in one word, then two, then (in a name of three words or more) two
 * words varied, so that one word always stays as written.
 */
export function spellingVariants(normalizedName: string): string[] {
  const out = new Set<string>();
  // each word's variants keep its key; only a compound, glued into one word by the key, needs the name checked whole
  const key = HAS_COMPOUND.test(normalizedName) ? variantKey(normalizedName) : undefined;
  // «جان-ايف لودريان» is also written spaced
  if (normalizedName.includes(HYPHEN) && !addVariant(out, normalizedName, key, normalizedName.replaceAll(HYPHEN, ' ')))
    return [...out];
  if (key !== undefined)
    for (const { first, glued } of COMPOUNDS)
      for (const v of [normalizedName.replaceAll(`${first} `, first), normalizedName.replace(glued, `$1${first} `)])
        if (!addVariant(out, normalizedName, key, v)) return [...out];
  const words = normalizedName.split(' ');
  // the name around word i, made once: each variant is then a few concatenations (no closures here: this runs for
  // every person of a dictionary, and a function made per call costs more than the loops)
  const before = words.map((_, i) => (i ? words.slice(0, i).join(' ') + ' ' : ''));
  const after = words.map((_, i) => (i < words.length - 1 ? ' ' + words.slice(i + 1).join(' ') : ''));
  const one = words.map(oneChange);
  for (let i = 0; i < words.length; i++)
    for (const w of one[i]!) if (!addVariant(out, normalizedName, key, before[i]! + w + after[i]!)) return [...out];
  const two = words.map((w, i) => twoChanges(w, one[i]!));
  for (let i = 0; i < words.length; i++)
    for (const w of two[i]!) if (!addVariant(out, normalizedName, key, before[i]! + w + after[i]!)) return [...out];
  if (words.length < 3) return [...out];
  // two words varied, the closest first: one change in each, then one and two, then two in each
  for (const [a, b] of [
    [one, one],
    [one, two],
    [two, one],
    [two, two],
  ] as const)
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const between = j > i + 1 ? ' ' + words.slice(i + 1, j).join(' ') + ' ' : ' ';
        for (const w of a[i]!)
          for (const u of b[j]!)
            if (!addVariant(out, normalizedName, key, before[i]! + w + between + u + after[j]!)) return [...out];
      }
  return [...out];
}

/** Adds a variant of `name` (whose variant key is `key` when it has a compound); false once there are enough. */
function addVariant(out: Set<string>, name: string, key: string | undefined, v: string): boolean {
  if (v !== name && (key === undefined || variantKey(v) === key)) out.add(v);
  return out.size < MAX_VARIANTS;
}

/** Words recur across a dictionary's names (given names, family names): each is varied once. */
const oneChangeCache = new Map<string, string[]>();
const MAX_CACHED_WORDS = 50_000;

/** A word's spellings within its family one change away. */
function oneChange(word: string): string[] {
  const cached = oneChangeCache.get(word);
  if (cached) return cached;
  const key = wordVariantKey(word);
  const variants = [...new Set(edits(word).filter((w) => wordVariantKey(w) === key))];
  if (oneChangeCache.size >= MAX_CACHED_WORDS) oneChangeCache.clear();
  oneChangeCache.set(word, variants);
  return variants;
}

/** A word's spellings within its family two changes away, from those one change away (`one`: oneChange(word)). */
function twoChanges(word: string, one: readonly string[]): string[] {
  if (one.length === 0) return [];
  const cached = twoChangesCache.get(word);
  if (cached) return cached;
  const two = twoChangesOf(word, one);
  if (twoChangesCache.size >= MAX_CACHED_WORDS) twoChangesCache.clear();
  twoChangesCache.set(word, two);
  return two;
}

const twoChangesCache = new Map<string, string[]>();

function twoChangesOf(word: string, one: readonly string[]): string[] {
  const key = wordVariantKey(word);
  const seen = new Set(one);
  const two: string[] = [];
  for (const w of one)
    for (const x of edits(w))
      if (x !== word && !seen.has(x) && wordVariantKey(x) === key) {
        seen.add(x);
        two.push(x);
      }
  return two;
}

/**
 * The single changes the families allow (a G or s letter swapped, a long vowel or hamza left out); the key sorts
 * them. A word shaped like an Arabic one (fewer than four consonants) keeps its vowels, ق, ك and an inner s, so only
 * the changes its key lets through are tried: most words of a dictionary are such, and this is most of compiling it.
 */
function edits(word: string): string[] {
  if (!word.includes(HYPHEN)) return partEdits(word);
  // each part of a hyphenated word is varied as the word it is
  const parts = word.split(HYPHEN);
  return parts.flatMap((part, k) => partEdits(part).map((e) => parts.map((p, j) => (j === k ? e : p)).join(HYPHEN)));
}

function partEdits(word: string): string[] {
  const out: string[] = [];
  const at = (i: number, s: string) => word.slice(0, i) + s + word.slice(i + 1);
  const foreign = isForeignShaped(word);
  const last = word.length - 1;
  // after the article a vowel is written, and a word's first and last letters always are
  const from = word.startsWith('ال') ? 3 : 1;
  for (let i = 0; i <= last; i++) {
    const ch = word[i]!;
    const family =
      G_LETTERS.includes(ch) && (foreign || !ARABIC_G.has(ch))
        ? foreign
          ? G_LETTERS
          : FREE_G_LETTERS
        : S_LETTERS.includes(ch) && (foreign || i === last)
          ? S_LETTERS
          : undefined;
    if (family) for (const other of family) if (other !== ch) out.push(at(i, other));
    if (ch === HAMZA || (foreign && LONG_VOWELS.has(ch) && i >= from && i < last)) out.push(at(i, ''));
  }
  return out;
}
