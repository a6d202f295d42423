import { describe, expect, it } from 'vitest';
import arabic from '../../public/_locales/ar/messages.json';
import english from '../../public/_locales/en/messages.json';
import { languageOf, wordsFor } from '../../lib/ui/words';

describe('the words of a chosen language', () => {
  it('answers from _locales in either language, whatever the browser speaks', () => {
    expect(wordsFor('ar').text('person')).toBe(arabic.person.message);
    expect(wordsFor('en').text('person')).toBe(english.person.message);
    expect(wordsFor('ar').dir).toBe('rtl');
    expect(wordsFor('en').dir).toBe('ltr');
  });

  it('fills named placeholders and $1 as Chrome does', () => {
    expect(wordsFor('en').text('showMore', 12)).toBe(english.showMore.message.replace('$COUNT$', '12'));
    expect(wordsFor('ar').text('showMore', 12)).toContain('12');
    expect(wordsFor('en').text('mentionedIn_other', 7)).toBe('Mentioned in 7 articles');
  });

  it('counts articles in the Arabic plural forms', () => {
    const ar = wordsFor('ar');
    expect([1, 2, 3, 10, 11, 99, 100, 102].map((n) => ar.count('mentionedIn', n))).toEqual([
      'ورد في مقال واحد',
      'ورد في مقالين',
      'ورد في 3 مقالات',
      'ورد في 10 مقالات',
      'ورد في 11 مقالًا',
      'ورد في 99 مقالًا',
      'ورد في 100 مقال',
      'ورد في 102 مقال',
    ]);
    expect(wordsFor('en').count('mentionedIn', 1)).toBe('Mentioned in 1 article');
    expect(wordsFor('en').count('mentionedIn', 2)).toBe('Mentioned in 2 articles');
  });

  it('has every key of one locale in the other', () => {
    expect(Object.keys(arabic).sort()).toEqual(expect.arrayContaining(Object.keys(english).sort()));
  });

  it('shows a missing key as itself, and takes any Arabic tag as Arabic', () => {
    expect(wordsFor('ar').text('noSuchKey' as never)).toBe('noSuchKey');
    expect(['ar', 'ar-DZ', 'AR_eg', 'en-US', 'fr'].map(languageOf)).toEqual(['ar', 'ar', 'ar', 'en', 'en']);
  });
});
