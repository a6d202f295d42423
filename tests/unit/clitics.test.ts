import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliticSplits, MAX_SPLITS, withoutArticle, withoutArticles, wordReadings } from '../../lib/arabic/clitics';
import { normalize } from '../../lib/arabic/normalize';
import { entityKey } from '../../lib/dictionary/ids';
import { keyOf } from '../../lib/match/compile';
import { buildSearchIndex, search } from '../../lib/search/search';

/** The (nameStart, keyStart) pairs of the code-unit form, for a whole word. */
function splitsOf(word: string): [number, number][] {
  const codes = Uint16Array.from(word, (c) => c.charCodeAt(0));
  const out = new Int32Array(MAX_SPLITS * 2);
  const n = cliticSplits(codes, 0, codes.length, out);
  return Array.from({ length: n }, (_, k) => [out[2 * k]!, out[2 * k + 1]!]);
}

/** The same pairs read off the string form: a reading without the article, then its article reading if any. */
function pairsOfReadings(word: string): [number, number][] {
  return wordReadings(word).flatMap((r): [number, number][] => {
    const nameStart = r.clitics.length;
    return r.definite
      ? [
          [nameStart, nameStart],
          [nameStart, word.length - r.bare.length],
        ]
      : [[nameStart, nameStart]];
  });
}

describe('clitic segmentation', () => {
  it('reads the same clitics in a string as in code units', () => {
    const letters = fc.constantFrom('و', 'ف', 'ب', 'ك', 'ل', 'ا', 'م', 'د');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 8 }), (chars) => {
        const word = chars.join('');
        expect(pairsOfReadings(word)).toEqual(splitsOf(word));
      }),
      { numRuns: 3000 },
    );
  });

  it('restores the article elided after ل, down to a stem of two letters, as the matcher does', () => {
    // «للدم» = ل + (ا)ل + دم: the string form used to want three letters after «لل» where the matcher wanted two
    expect(wordReadings('للدم')).toContainEqual({ clitics: 'ل', stem: 'الدم', bare: 'دم', definite: true });
    expect(splitsOf('للدم')).toContainEqual([1, 2]);
    // a single letter is no stem
    expect(wordReadings('للد').some((r) => r.definite)).toBe(false);
  });

  it('search finds a name behind «لل» with a two-letter word', () => {
    const index = buildSearchIndex([{ id: 'p', type: 'person', name: 'الأب توما', aliases: [] }]);
    expect(search(index, 'للأب').map((h) => h.matched)).toEqual(['الأب توما']);
  });
});

describe('name keys', () => {
  it('give the matcher and the entity the same key for a short definite name', () => {
    // «الأب»: the matcher kept the article (a two-letter key matches short words anywhere), the entity key dropped it
    expect(keyOf('الأب')).toBe('الاب');
    expect(entityKey('الأب')).toBe(keyOf('الأب'));
    expect(entityKey('آلمو')).toBe('المو');
  });

  it('drop the article when three letters or more are left', () => {
    expect(keyOf('الناتو')).toBe('ناتو');
    expect(entityKey('الناتو')).toBe('ناتو');
    expect(keyOf('الأب توما')).toBe('اب توما');
    expect(entityKey('الأب توما')).toBe('اب توما');
  });

  it('drop only the first word’s article from a matcher key, every word’s from an entity key', () => {
    const name = normalize('الأمين العام');
    expect(withoutArticle(name)).toBe('امين العام');
    expect(withoutArticles(name)).toBe('امين عام');
  });

  it('keep a first word that is the article alone or the article and one letter', () => {
    expect(withoutArticle('ال')).toBe('ال');
    // the matcher's key used to count the whole name's length: «الا …» lost its article and left «ا …»
    expect(withoutArticle('الا سمير')).toBe('الا سمير');
  });
});
