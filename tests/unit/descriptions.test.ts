import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: phrases a head noun opens that describe a body rather than name it.
const orgs = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(s).orgs)
    .map((o) => o.name);

describe('descriptions', () => {
  it('an outlet told by its country alone is no body', () => {
    expect(orgs('وأضافت الصحيفة الكندية أن الاتفاق قريب.')).toEqual([]);
  });

  it('an outlet with its name stays a body', () => {
    expect(orgs('وقالت صحيفة الصباح الكندية إن الاتفاق قريب.')).toEqual(['صحيفة الصباح الكندية']);
  });

  it('a programme told by its adjectives is a policy', () => {
    expect(orgs('وناقش الطرفان البرنامج الفضائي في الاجتماع.')).toEqual([]);
  });

  it('the electric current is no movement', () => {
    expect(orgs('وانقطع التيار الكهربائي عن المدينة ساعات.')).toEqual([]);
  });
});
