/**
 * Where the matcher lets a page write one long vowel more than a person's key («لافروف» for «لافرف»: issue 12 §3,
 * long vowels written or left out are one family). The trie (trie.ts) steps over such a vowel where every key
 * through its node lets it; this module says where each key does.
 */
import { MIN_VARIED_SURNAME_LENGTH } from '../arabic/names';
import { MAX_VOWEL_POINT, vowelInsertionPoints, wordVariantKey } from '../arabic/variant-key';

/** A key as written (a name or alias), a surname alone, or a surname alone spelled otherwise (`from` the surname). */
export type KeyKind = 'written' | 'surname' | 'surname-variant';

/**
 * Where a page may write one long vowel more than a person's key (lib/arabic/variant-key `vowelInsertionPoints`),
 * so that one word at least stays as written: in any word of a name or alias as written, and in a surname alone,
 * as written or in a spelling one change away. A surname alone takes one only when as long as the surnames that
 * are varied alone (lib/arabic/names), and not where the vowel would make a common word.
 */
export function vowelPointsOf(key: string, kind: KeyKind, common: ReadonlySet<string>, from?: string): number {
  const oneWord = !key.includes(' ');
  // a name of one word is the least sure of names (often an ordinary word read as one): only a surname alone,
  // whose person has a longer name, takes a vowel
  if (oneWord && (key.length < MIN_VARIED_SURNAME_LENGTH || kind === 'written')) return 0;
  let points = 0;
  if (kind !== 'surname-variant') points = vowelInsertionPoints(key);
  else if (from !== undefined) {
    const changed = changedOnce(key, from);
    if (changed) points = vowelInsertionPoints(key, undefined, changed);
  }
  // a vowel let in keeps the key: only a common word of the same key could be made (most keys have none, and most
  // are no common word less a vowel, which one lookup tells)
  if (points && oneWord && lessAVowel(common).has(key)) {
    const keyKey = wordVariantKey(key);
    let sameKeyIsCommon: boolean | undefined;
    const makesCommon = (word: string) =>
      isCommon(word, common) &&
      // a common word of the key's own key, as a vowel let in makes; one of another key (a word kept as written)
      // counts only when some common word has the key's key (the set of those keys is made only then: it is slow)
      (wordVariantKey(word) === keyKey || (sameKeyIsCommon ??= keysOf(common).has(keyKey)));
    for (let d = 1; d < key.length && d <= MAX_VOWEL_POINT; d++)
      if ((points >>> d) & 1 && LONG_VOWELS.some((v) => makesCommon(key.slice(0, d) + v + key.slice(d))))
        points &= ~(1 << d);
  }
  return points;
}

/**
 * The positions (bits, as vowelInsertionPoints) of the words `key` spells one change away from the same word of
 * `from`: a vowel more makes two, as many as a generated spelling makes at most. 0 when the words do not pair up.
 */
function changedOnce(key: string, from: string): number {
  let bits = 0;
  let a = 0;
  let f = 0;
  while (a <= key.length && f <= from.length) {
    const b = wordEnd(key, a);
    const g = wordEnd(from, f);
    if (b - a <= g - f && isOneChange(key, a, b, from, f, g))
      for (let d = a; d <= b && d <= MAX_VOWEL_POINT; d++) bits |= 1 << d;
    a = b + 1;
    f = g + 1;
  }
  return a > key.length && f > from.length ? bits : 0;
}

const wordEnd = (s: string, from: number) => {
  const space = s.indexOf(' ', from);
  return space < 0 ? s.length : space;
};

/**
 * Whether key[a, b) is from[f, g) with one letter swapped or left out (what a generated spelling changes:
 * lib/arabic/variants).
 */
function isOneChange(key: string, a: number, b: number, from: string, f: number, g: number): boolean {
  if (b - a === g - f) {
    let diff = 0;
    for (let i = 0; i < b - a && diff < 2; i++) if (key[a + i] !== from[f + i]) diff++;
    return diff === 1;
  }
  if (b - a !== g - f - 1) return false;
  let i = 0;
  while (i < b - a && key[a + i] === from[f + i]) i++;
  for (; i < b - a; i++) if (key[a + i] !== from[f + i + 1]) return false;
  return true;
}

/** The variant keys of a set of common words, with and without their article: made once per set. */
const commonKeys = new WeakMap<ReadonlySet<string>, Set<string>>();
function keysOf(common: ReadonlySet<string>): Set<string> {
  let keys = commonKeys.get(common);
  if (!keys) {
    keys = new Set();
    for (const w of common) {
      keys.add(wordVariantKey(w));
      if (w.startsWith('ال')) keys.add(wordVariantKey(w.slice(2)));
    }
    commonKeys.set(common, keys);
  }
  return keys;
}

/**
 * The common words, and their article-less forms, each with one long vowel left out: a key a vowel let in makes a
 * common word of is among them. Made once per set, of slices alone, where the set of variant keys (keysOf) takes a
 * key per word: tens of ms on the first compile of every process (the CLI, the extension's background).
 */
const vowelLess = new WeakMap<ReadonlySet<string>, Set<string>>();
function lessAVowel(common: ReadonlySet<string>): Set<string> {
  let words = vowelLess.get(common);
  if (!words) {
    words = new Set();
    for (const word of common)
      for (const w of word.startsWith('ال') ? [word, word.slice(2)] : [word])
        for (let i = 1; i < w.length; i++) if (LONG_VOWELS.includes(w[i]!)) words.add(w.slice(0, i) + w.slice(i + 1));
    vowelLess.set(common, words);
  }
  return words;
}

const LONG_VOWELS = ['ا', 'و', 'ي'];
const isCommon = (word: string, common: ReadonlySet<string>) => common.has(word) || common.has(`ال${word}`);
