import { describe, expect, it } from 'vitest';
import { owner, personsBuiltFrom as persons } from '../harness/built-entities';
import { latinTies } from '../../lib/extract/latin-names';
import { isDotSlip } from '../../lib/extract/typos';

// Issue 12, "Text in English inside Arabic articles": a titled Latin name and a mistyped surname in one article.

describe('a Latin name after an English title', () => {
  it('is read up to the end of its line, without the title', () => {
    expect(latinTies('نص عربي\nAmbassador Karen Donfried\nMet today with students .')).toEqual([
      { latin: ['Karen Donfried'] },
    ]);
    expect(latinTies('Secretary of State Antony Blinken said')).toEqual([{ latin: ['Antony Blinken'] }]);
  });

  it('is no name without a title or with one word only', () => {
    expect(latinTies('Karen Donfried\nMet today')).toEqual([]);
    expect(latinTies('Ambassador Donfried met')).toEqual([]);
  });

  it('becomes the Latin alias of the person the article names in Arabic with those letters', () => {
    const found = persons([
      'قالت مساعدة وزير الخارجية كارين دونفريد إن المحادثات مفيدة . واستقبلها الوزير خالد العبيدي .\nAmbassador Karen Donfried\nMet today with officials .',
    ]);
    expect(owner(found, 'Karen Donfried').map((e) => e.name)).toEqual(['كارين دونفريد']);
  });

  it('ties to nobody when no person of the article is written with its letters', () => {
    const found = persons([
      'قالت مساعدة وزير الخارجية كارين دونفريد إن المحادثات مفيدة .\nAmbassador John Smith\nMet today .',
      'وقال السفير جون سميث إن الزيارة ناجحة .',
    ]);
    expect(owner(found, 'John Smith')).toEqual([]);
  });
});

describe('a slip of the dots in a surname, in the same article', () => {
  it('a lone surname mistyped is an alias of the person, not one of its own', () => {
    const found = persons([
      'قالت مساعدة وزير الخارجية كارين دونفريد إن المحادثات مفيدة . وأضافت دونقريد أن الحوار مستمر .',
    ]);
    expect(owner(found, 'دونقريد').map((e) => e.name)).toEqual(['كارين دونفريد']);
    expect(found.map((e) => e.name)).not.toContain('دونقريد');
  });

  it('a full name with the same given name and the surname mistyped is the same person', () => {
    const found = persons([
      'قالت الوزيرة كارين دونفريد إن المحادثات مفيدة . وقالت السفيرة كارين دونقريد إن الحوار مستمر . وأكدت الوزيرة كارين دونفريد ذلك .',
    ]);
    expect(owner(found, 'كارين دونقريد').map((e) => e.name)).toEqual(['كارين دونفريد']);
  });

  it('two real surnames a letter apart are two people', () => {
    const found = persons(['وقال الوزير كريم الحسيني إن الخطة جاهزة . وقال النائب سالم الحسني إن الخطة متأخرة .']);
    expect(owner(found, 'كريم الحسيني')).toHaveLength(1);
    expect(owner(found, 'كريم الحسيني')).not.toEqual(owner(found, 'سالم الحسني'));
  });

  it('counts only a dot, never a letter more or less, nor short words and given names', () => {
    expect(isDotSlip('سنسون', 'سيسون')).toBe(true);
    expect(isDotSlip('دونقريد', 'دونفريد')).toBe(true);
    // a letter added or dropped: «حسن» / «حسين», «حسني» / «حسيني»
    expect(isDotSlip('حسني', 'حسيني')).toBe(false);
    expect(isDotSlip('عباس', 'عباسي')).toBe(false);
    // short: a dot tells them apart
    expect(isDotSlip('حبيب', 'خبيب')).toBe(false);
    // two letters of different shapes
    expect(isDotSlip('سيسون', 'سيمون')).toBe(false);
    // at the end ن and ي have shapes of their own
    expect(isDotSlip('كاتبن', 'كاتبي')).toBe(false);
    // given names are written with care
    expect(isDotSlip('عبدالله', 'عبدالله')).toBe(false);
    expect(isDotSlip('سامية', 'شامية', new Set(['سامية']))).toBe(false);
  });
});
