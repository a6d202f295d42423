import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: bodies of their own beside well-known ones, and names the quotes delimit.
const found = (text: string) => tokenize(text).flatMap(findOrganizations);
const names = (text: string) => found(text).map((o) => o.name);

describe('a body beside a well-known one', () => {
  it('a head that names a part of a well-known body makes a body of its own', () => {
    expect(names('وقالت بعثة الاتحاد الأوروبي إن الانتخابات نزيهة.')).toEqual(['بعثة الاتحاد الأوروبي']);
  });

  it('a head that restates the kind of body is that body', () => {
    expect(names('وقالت منظمة الأمم المتحدة إن المساعدات وصلت.')).toEqual(['الأمم المتحدة']);
  });

  it('managing or leading a body is no body: the body managed is', () => {
    expect(names('وكلف الوزير بإدارة المصرف الزراعي مؤقتا.')).toEqual(['المصرف الزراعي']);
    expect(names('وهي واحدة من قيادات عدة تتبع قيادة لوزارة الدفاع الفرنسية.')).toContain('وزارة الدفاع الفرنسية');
  });
});

describe('names in quotes', () => {
  it('a quoted phrase that begins with a head noun is the body, whatever its words', () => {
    expect(names('ويعد «التيار الوسطي» من أبرز خصوم الحكومة.')).toContain('التيار الوسطي');
  });

  it('an outlet named after a place keeps its head, so the place never stands for it', () => {
    const [o] = found('حسبما نقلت صحيفة "الخرطوم" عن مصدر.');
    expect(o?.name).toBe('صحيفة الخرطوم');
    expect(o?.aliases).toEqual([]);
  });
});

describe('a sign glued to a well-known name', () => {
  it('«أوبك+» is a body of its own, not OPEC', () => {
    expect(names('وقالت الحكومة إنها ملتزمة باتفاق (أوبك+) بهدف دعم السوق.')).toEqual(['أوبك+']);
    expect(names('وقالت أوبك إن السوق متوازنة.')).toEqual(['منظمة الدول المصدرة للنفط']);
  });
});

describe("a country's programme", () => {
  it('is a policy, not a body; a programme with no country is a body', () => {
    expect(names('وسط القلق بشأن برنامج باكستان الصاروخي.')).toEqual([]);
    expect(names('وتحدث عن البرنامج النووي الباكستاني.')).toEqual([]);
    expect(names('وقال برنامج الأغذية العالمي إن المساعدات وصلت.')).toEqual(['برنامج الأغذية العالمي']);
  });
});
