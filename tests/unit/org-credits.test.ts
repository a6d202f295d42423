import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a news agency credited in parentheses.
const credits = (text: string) =>
  tokenize(text)
    .flatMap(findOrganizations)
    .map((o) => ({ name: o.name, inline: !!o.inlineCredit }));

describe('agencies credited in parentheses', () => {
  it('after a dateline, the credit opens the dispatch: it is no inline gloss', () => {
    expect(credits('القاهرة 12 مارس 2024 (بترانا) أعلنت الحكومة خطة جديدة.')).toContainEqual({
      name: 'بترانا',
      inline: false,
    });
  });

  it('a sign-off after dashes credits its agency even when the name is also a place', () => {
    expect(credits('وانتهى الاجتماع مساء أمس.\n--(أراجون)')).toContainEqual({ name: 'أراجون', inline: false });
  });

  it('a place in parentheses inside a sentence is no credit', () => {
    expect(credits('وزار الوفد (أراجون) أمس.')).toEqual([]);
  });

  it('inside a sentence, a word in parentheses stays an inline credit', () => {
    expect(credits('وقال إن الرجل ( عبدالكريم ) وصل إلى المدينة.')).toEqual([{ name: 'عبدالكريم', inline: true }]);
  });
});
