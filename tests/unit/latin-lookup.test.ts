import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/arabic/normalize';
import { arabicSkeleton, latinSkeletons } from '../../lib/arabic/romanize';
import { buildSearchIndex, search, type Searchable } from '../../lib/search/search';

const skeleton = (arabic: string) => arabicSkeleton(normalize(arabic));

describe('consonant skeletons', () => {
  it.each([
    ['غوتيريش', 'Guterres'],
    ['روجه', 'Ruge'],
    ['جرينفيلد', 'Greenfield'],
    ['النشيف', 'Al-Nashif'],
    ['حماس', 'Hamas'],
    ['يونيفيل', 'UNIFIL'],
    ['أوبك', 'OPEC'],
    ['إيكواس', 'ECOWAS'],
    ['محمد', 'Muhammad'],
    ['حسن', 'Hassan'],
    ['حمزة', 'Hamzah'],
    ['ميشيل', 'Michele'],
  ])('%s and %s share one', (arabic, latin) => {
    expect(latinSkeletons(latin)).toContain(skeleton(arabic));
  });

  it('keep consonants of different classes apart', () => {
    expect(latinSkeletons('Guterres')).not.toContain(skeleton('غوتيريف'));
    expect(latinSkeletons('Ruge')).not.toContain(skeleton('روبه'));
    expect(latinSkeletons('Nashif')).not.toContain(skeleton('نشيط'));
  });

  it('never depend on vowels or on doubled Latin letters', () => {
    const vowelsOrDoubles = fc.stringMatching(/^[bdfklmnrst]([aeiou]{0,2}[bdfklmnrst]){1,5}$/);
    fc.assert(
      fc.property(vowelsOrDoubles, (word) => {
        const bare = word.replace(/[aeiou]/g, 'a');
        const doubled = word.replace(/([bdfklmnrst])/g, '$1$1');
        expect(latinSkeletons(bare)).toEqual(latinSkeletons(word.replace(/[aeiou]+/g, 'e')));
        expect(latinSkeletons(doubled)[0]).toBe(latinSkeletons(word)[0]);
      }),
    );
  });
});

describe('Latin lookup of names written only in Arabic', () => {
  const entities: Searchable[] = [
    { id: 'p-guterres', type: 'person', name: 'أنطونيو غوتيريش', aliases: ['غوتيريش'] },
    { id: 'p-ruge', type: 'person', name: 'بوريس روجه', aliases: [] },
    { id: 'p-greenfield', type: 'person', name: 'ليندا توماس جرينفيلد', aliases: [] },
    { id: 'p-nashif', type: 'person', name: 'ندى النشيف', aliases: [] },
    { id: 'p-mistura', type: 'person', name: 'ستافان دي ميستورا', aliases: [] },
    { id: 'o-hamas', type: 'org', name: 'حركة المقاومة الإسلامية', aliases: ['حماس'] },
    { id: 'p-gutierrez', type: 'person', name: 'Carlos Gutierrez', aliases: ['Guterres Carlos'] },
  ];
  const index = buildSearchIndex(entities);
  const ids = (query: string) => search(index, query).map((h) => entities[h.entity]!.id);

  it.each([
    ['Guterres', 'p-guterres'],
    ['Ruge', 'p-ruge'],
    ['Boris Ruge', 'p-ruge'],
    ['Greenfield', 'p-greenfield'],
    ['Linda Thomas-Greenfield', 'p-greenfield'],
    ['Nada Al-Nashif', 'p-nashif'],
    ['Staffan de Mistura', 'p-mistura'],
    ['Hamas', 'o-hamas'],
  ])('%s finds %s', (query, id) => {
    expect(ids(query)).toContain(id);
  });

  it('finds a name while its transliteration is still being typed', () => {
    expect(ids('Guter')).toContain('p-guterres');
  });

  it('ranks an exact Latin alias before a transliteration', () => {
    expect(ids('Guterres')[0]).toBe('p-gutierrez');
    expect(ids('Guterres')).toContain('p-guterres');
  });

  it('finds nothing for a Latin name with other consonants', () => {
    expect(ids('Macron')).toEqual([]);
  });
});
