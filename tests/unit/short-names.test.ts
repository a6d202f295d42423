import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { splitGluedTitles } from '../../lib/extract/glued';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a body's short name written after its full name without parentheses.
const orgs = (text: string) => tokenize(text).flatMap((s) => recognize(splitGluedTitles(s)).orgs);
const aliasesOf = (text: string, name: string) => orgs(text).find((o) => o.name === name)?.aliases ?? [];

describe('short names in apposition', () => {
  it('a quoted short name after the full name is its alias', () => {
    expect(
      aliasesOf('وقالت الهيئة الوطنية للرقابة المالية " رقمال " إن التقرير جاهز.', 'الهيئة الوطنية للرقابة المالية'),
    ).toContain('رقمال');
  });

  it('a bare short name after the full name, before the verb, is its alias', () => {
    expect(
      aliasesOf('وأكدت القيادة الجنوبية الأوروبية مارسكوم أن المناورات انتهت.', 'القيادة الجنوبية الأوروبية'),
    ).toContain('مارسكوم');
  });

  it('after a title, the word after the body is the person at its head', () => {
    const found = orgs('وقال رئيس الحكومة الفرنسية لوكورنو إن الميزانية جاهزة.');
    expect(found.flatMap((o) => o.aliases)).not.toContain('لوكورنو');
  });

  it('an inflected word after the body is no short name', () => {
    expect(orgs('وأعلنت الحكومة العراقية عزمها إجراء الانتخابات.').flatMap((o) => o.aliases)).toEqual([]);
    expect(orgs('وقالت الوزارة المالية والجمارك إن الأسعار ارتفعت.').flatMap((o) => o.aliases)).toEqual([]);
  });

  it('a name that goes on after an indefinite word is not cut into a short name', () => {
    expect(orgs('وقالت صحيفة فاينانشال تايمز إن السوق هادئة.').flatMap((o) => o.aliases)).not.toContain('تايمز');
  });
});
