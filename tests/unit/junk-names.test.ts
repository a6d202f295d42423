import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { splitGluedTitles } from '../../lib/extract/glued';
import { tokenize } from '../../lib/extract/tokenize';
import { lexicon } from '../../lib/extract/lexicon';
import { normalize } from '../../lib/arabic/normalize';

// Words that are no name, and that the rules once read as one. One small made-up sentence each.
const persons = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(splitGluedTitles(s)).persons)
    .map((p) => p.name);
const words = (text: string) => tokenize(text).flatMap((s) => splitGluedTitles(s).tokens.map((t) => t.text));

describe('a title inflected is not a title glued to a name', () => {
  it('a plural ending after a title stays in its word', () => {
    expect(words('ودرب السادة المهندسيين في الموقع')).toEqual(['ودرب', 'السادة', 'المهندسيين', 'في', 'الموقع']);
    expect(persons('وتحدث إلى السادة المهندسيين والجيولوجيين بالقطاع.')).toEqual([]);
  });

  it('a relative plural of a title word stays in its word', () => {
    expect(words('وناقش الملفات الرئيسيين')).toEqual(['وناقش', 'الملفات', 'الرئيسيين']);
  });

  it('a name glued to a title is still split off', () => {
    expect(words('وقالت السفيرةماريا لوبيز')).toEqual(['وقالت', 'السفيرة', 'ماريا', 'لوبيز']);
  });
});

describe('a common noun that folds into a name is no given name', () => {
  it('«عدوى» (contagion) is not the name «عدوي»: the lists are read in the matching form', () => {
    expect(lexicon().givenNames.has(normalize('عدوى'))).toBe(false);
    expect(persons('وتحدث عن عدوى الاحتجاجات التي وصلت العاصمة.')).toEqual([]);
  });

  it('a pronoun or a plural noun spelled like a foreign given name is none', () => {
    for (const w of ['آنا', 'أدوار', 'منى']) expect(lexicon().givenNames.has(normalize(w))).toBe(false);
  });
});
