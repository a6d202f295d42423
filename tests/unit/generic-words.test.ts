import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericWords, genericWordsAsWritten } from '../../lib/arabic/generic-words';
import { packArabicLetters, unpackArabicLetters } from '../../lib/arabic/letter-packing';
import { normalize } from '../../lib/arabic/normalize';

describe('letter packing', () => {
  const arabicWord = fc
    .array(fc.integer({ min: 0x621, max: 0x64a }), { minLength: 1, maxLength: 12 })
    .map((cs) => String.fromCharCode(...cs));

  it('packs each Arabic letter into one printable ASCII character that JSON keeps as it is, and back', () => {
    fc.assert(
      fc.property(fc.array(arabicWord, { maxLength: 20 }), (words) => {
        const packed = words.map(packArabicLetters).join(' ');
        expect(packed.length).toBe(words.join(' ').length);
        expect(packed).toMatch(/^[0-Y ]*$/u);
        expect(JSON.stringify(packed)).toBe(`"${packed}"`);
        expect(unpackArabicLetters(packed)).toBe(words.join(' '));
      }),
    );
  });

  it('refuses a character it cannot pack, naming the word', () => {
    expect(() => packArabicLetters('كتاب1')).toThrow(/«كتاب1».*U\+0031/u);
    expect(() => packArabicLetters('دُب')).toThrow(/U\+064F/u);
  });
});

describe('the generic words', () => {
  it('hold ordinary words, as written and without their article, and no names', () => {
    expect(genericWordsAsWritten().has(normalize('الخميس'))).toBe(true);
    expect(genericWords().has(normalize('خميس'))).toBe(true);
    expect(genericWordsAsWritten().has(normalize('خميس'))).toBe(false);
    expect(genericWords().has(normalize('لافروف'))).toBe(false);
  });
});
