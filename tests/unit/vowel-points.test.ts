import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arabicGivenNames } from '../../lib/arabic/given-names';
import { MIN_VARIED_SURNAME_LENGTH } from '../../lib/arabic/names';
import { MAX_VOWEL_POINT, vowelInsertionPoints, wordVariantKey } from '../../lib/arabic/variant-key';
import { vowelPointsOf } from '../../lib/match/vowel-points';

const LONG_VOWELS = ['ا', 'و', 'ي'];

/**
 * The rule as first written: a vowel is kept out where it makes a common word (with or without the article), once
 * some common word has the key's variant key. vowelPointsOf must say the same, whatever shortcut it takes.
 */
function byTheRule(key: string, common: ReadonlySet<string>): number {
  if (key.length < MIN_VARIED_SURNAME_LENGTH) return 0;
  let points = vowelInsertionPoints(key);
  const keys = new Set(
    [...common].flatMap((w) => [wordVariantKey(w), ...(w.startsWith('ال') ? [wordVariantKey(w.slice(2))] : [])]),
  );
  if (points && keys.has(wordVariantKey(key)))
    for (let d = 1; d < key.length && d <= MAX_VOWEL_POINT; d++) {
      const made = LONG_VOWELS.map((v) => key.slice(0, d) + v + key.slice(d));
      if ((points >>> d) & 1 && made.some((w) => common.has(w) || common.has(`ال${w}`))) points &= ~(1 << d);
    }
  return points;
}

describe('where a surname alone takes a vowel more', () => {
  it('not where the vowel makes a common word, written with its article or without', () => {
    const all = vowelPointsOf('مسترد', 'surname', new Set());
    expect(vowelPointsOf('مسترد', 'surname', new Set(['مستورد']))).toBe(all & ~(1 << 3));
    expect(vowelPointsOf('مسترد', 'surname', new Set(['المستورد']))).toBe(all & ~(1 << 3));
    expect(vowelPointsOf('مسترد', 'surname', new Set(['مستردات']))).toBe(all);
  });

  it('where it makes a given name (kept as written), only once a common word has the key’s own key', () => {
    const all = vowelPointsOf('اسمعيل', 'surname', new Set());
    expect(all & (1 << 3)).toBeTruthy();
    expect(vowelPointsOf('اسمعيل', 'surname', new Set(['اسماعيل']))).toBe(all);
    expect(vowelPointsOf('اسمعيل', 'surname', new Set(['اسماعيل', 'اسمعيل']))).toBe(all & ~(1 << 3));
  });

  it('says what the rule says, for common words of the key and given names among them', () => {
    const letters = 'بتدرزسشغجفقكلمنه'.split('');
    const givenNames = [...arabicGivenNames()].filter((w) => w.length >= 6);
    const word = fc.array(fc.constantFrom(...letters), { minLength: 4, maxLength: 8 }).map((l) => l.join(''));
    // a given name less one of its long vowels: the vowel let in makes a word kept as written, of another key
    const lessAVowel = givenNames.flatMap((w) =>
      [...w].flatMap((c, i) =>
        i > 0 && i < w.length - 1 && LONG_VOWELS.includes(c) ? [w.slice(0, i) + w.slice(i + 1)] : [],
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(word, fc.constantFrom(...lessAVowel)),
        fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.boolean()), { maxLength: 4 }),
        fc.array(fc.constantFrom(...givenNames), { maxLength: 3 }),
        (key, vowelsIn, names) => {
          // common words a vowel let into the key makes, some with the article, and given names beside them
          const made = vowelsIn.map(([at, v, definite]) => {
            const d = 1 + (at % (key.length - 1));
            return (definite ? 'ال' : '') + key.slice(0, d) + LONG_VOWELS[v]! + key.slice(d);
          });
          const common = new Set([...made, ...names]);
          expect(vowelPointsOf(key, 'surname', common)).toBe(byTheRule(key, common));
        },
      ),
    );
  });
});
