import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { splitGluedTitles } from '../../lib/extract/glued';
import { tokenize } from '../../lib/extract/tokenize';

// lib/extract/definite-given-names.ts: given names written with the article, before a word that is only a name's.
const persons = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(splitGluedTitles(s)).persons)
    .map((p) => p.name);

describe('given names written with the article', () => {
  it('before a word no list knows, they begin a name without any title', () => {
    expect(persons('وأكد الطيب الكرماني أن الحوار مستمر.')).toEqual(['الطيب الكرماني']);
    expect(persons('ورحب المنصف الدرويشي بالاتفاق.')).toEqual(['المنصف الدرويشي']);
  });

  it('a particle and a name after them are part of the name, and a conjunction in front is not', () => {
    expect(persons('والتقى الوفد والهادي بن سالم أمس.')).toEqual(['الهادي بن سالم']);
  });

  it('before an ordinary word, a number, a second item or a verb they are adjectives or another name', () => {
    expect(persons('وقال الأمين العام إن الحوار مستمر.')).toEqual([]);
    expect(persons('وتوج الحسن الثاني ملكا.')).toEqual([]);
    expect(persons('وزار المسجد الحسن والحسين.')).not.toContain('الحسن والحسين');
    expect(persons('وقال إن الحسين يركز على الهجوم.')).not.toContain('الحسين يركز');
  });
});
