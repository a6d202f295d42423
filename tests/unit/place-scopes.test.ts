import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a body told by the place it works in takes the place into its name.
const orgs = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(s).orgs)
    .map((o) => ({ name: o.name, aliases: o.aliases, description: o.adjectivesOnly }));
const names = (text: string) => orgs(text).map((o) => o.name);

describe('bodies scoped by «في + place»', () => {
  it('a description with its place is a name, with no alias', () => {
    expect(orgs('وشارك الجيش في التحالف الدولي في سوريا منذ سنوات.')).toEqual([
      { name: 'التحالف الدولي في سوريا', aliases: [], description: false },
    ]);
  });

  it('the description alone stays a description', () => {
    expect(orgs('وشارك الجيش في التحالف الدولي منذ سنوات.')).toEqual([
      { name: 'التحالف الدولي', aliases: [], description: true },
    ]);
  });

  it('a mission of a known body takes its country', () => {
    expect(names('وقالت بعثة الاتحاد الأوروبي في مالي إن الوضع هادئ.')).toEqual(['بعثة الاتحاد الأوروبي في مالي']);
  });

  it('an embassy named by its state takes its city', () => {
    expect(names('وأعلنت سفارة كندا في عمان إغلاق أبوابها.')).toEqual(['سفارة كندا في عمان']);
    expect(names('وأعلنت سفارة كندا إغلاق أبوابها.')).toEqual(['سفارة كندا']);
  });

  it('a direction and its place are the place', () => {
    expect(names('وزار الوفد مكتب الصليب الأحمر في شمال العراق.')).toEqual(['مكتب الصليب الأحمر في شمال العراق']);
  });

  it('the name ends at the place: the clause after it is not swallowed', () => {
    expect(names('وقصف التحالف الدولي في سوريا يوم الأحد مواقع للمسلحين.')).toEqual(['التحالف الدولي في سوريا']);
    expect(names('وأعلنت السفارة الفرنسية في تونس والجزائر إغلاقها.')).toEqual(['السفارة الفرنسية في تونس']);
  });

  it('«في» before no place leaves the body as it was', () => {
    expect(names('وقالت بعثة الاتحاد الأوروبي في بيانها إن الوضع هادئ.')).toEqual(['بعثة الاتحاد الأوروبي']);
  });

  it('a known body and a country’s forces keep their names', () => {
    expect(names('وقالت الأمم المتحدة في جنيف إن المساعدات وصلت.')).toEqual(['الأمم المتحدة']);
    expect(names('وقالت القوات الأمريكية في العراق إنها انسحبت.')).toEqual(['القوات الأمريكية']);
  });

  it('a current of thought in a country is no body', () => {
    expect(orgs('وانضم إلى الحركة الأصولية في بريطانيا قبل سنوات.')).toEqual([
      { name: 'الحركة الأصولية', aliases: [], description: true },
    ]);
  });

  it('a team’s delegation is no embassy', () => {
    expect(names('وقال رئيس بعثة كندا إلى البطولة إن فريقه مستعد.')).toEqual([]);
  });
});
