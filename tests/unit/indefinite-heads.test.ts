import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a head without the article and «ل» after it says «a body for …», not a name.
const names = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(s).orgs)
    .map((o) => o.name);

describe('a head without the article, then «ل»', () => {
  it('is «a body for …», no name', () => {
    expect(names('وأسس رجال أعمال مؤسسة للتنمية في المدينة.')).toEqual([]);
    expect(names('وشكلت الحكومة لجنة للتحقيق في الحادث.')).toEqual([]);
  });

  it('a proper name beginning with «ل» stays', () => {
    expect(names('ودرس الطب في جامعة ليدز.')).toEqual(['جامعة ليدز']);
  });

  it('with the article the same words name a body', () => {
    expect(names('وقالت المؤسسة الوطنية للتنمية إن المشروع بدأ.')).toEqual(['المؤسسة الوطنية للتنمية']);
  });
});
