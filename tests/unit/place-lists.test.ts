import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { splitGluedTitles } from '../../lib/extract/glued';
import { tokenize } from '../../lib/extract/tokenize';

// lib/extract/place-lists.ts: one-word names, each followed by «في» and a country, in a list.
const persons = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(splitGluedTitles(s)).persons)
    .map((p) => p.name);

describe('names in a list of «X في <country>»', () => {
  it('each item of two or more that is no ordinary word is a person, «بن» and a given name too', () => {
    expect(persons('وقارن الكاتب بين تجربة الكرملي في ليبيا والدوسري في قطر وبن سالم في تونس.')).toEqual([
      'الكرملي',
      'الدوسري',
      'بن سالم',
    ]);
  });

  it('an item that is an ordinary word keeps the list going but is no name', () => {
    expect(persons('وقارن الكاتب بين المعارك في ليبيا والدوسري في قطر.')).toEqual(['الدوسري']);
  });

  it('a list of ordinary words is no list of people', () => {
    expect(persons('وتحدث عن الحرب في سوريا والأزمة في اليمن.')).toEqual([]);
  });

  it('one item alone is no list', () => {
    expect(persons('وقارن الكاتب تجربة الدوسري في قطر بغيرها.')).toEqual([]);
  });
});
