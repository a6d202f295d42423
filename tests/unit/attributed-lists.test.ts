import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { tokenize } from '../../lib/extract/tokenize';

// Issue 12, people in lists: each item introduced by its country («ل» and the country, or the nisba).
const persons = (text: string) => tokenize(text).flatMap((s) => recognize(s).persons.map((p) => p.name));

describe('people each introduced by their country, in a list', () => {
  it('«ل» and the country before each name, joined by «و»', () => {
    const found = persons(
      'وتنافس على المنصب وزراء الخارجية لكينيا سلمى عثمان و لتشاد ماهامات نغاري ولجمهورية الكونغو بوبكر ديارا .',
    );
    expect(found).toEqual(expect.arrayContaining(['سلمى عثمان', 'ماهامات نغاري']));
  });

  it('the nisba before each name, a word the lists know may begin one', () => {
    const found = persons('وتعاقب على المنصب السنغالي عمارة نغيسان (2001-2004) و المالي ساليف كوناتي (2004-2008) .');
    expect(found).toEqual(expect.arrayContaining(['عمارة نغيسان', 'ساليف كوناتي']));
    expect(found).not.toContain('نغيسان');
  });

  it('a first name that only looks definite', () => {
    const found = persons('وتعاقب عليه السنغالي ساليف كوناتي (2003-2008) و المالي ألفا بوبكر ديارا (2008-2012) .');
    expect(found).toEqual(expect.arrayContaining(['ساليف كوناتي', 'ألفا بوبكر ديارا']));
  });

  it('ordinary words after a country are no names', () => {
    const found = persons('وقدمت الدول المانحة لمصر مساعدات كبيرة و لتونس قروضا ميسرة .');
    expect(found).toEqual([]);
  });

  it('one item alone is no list', () => {
    const found = persons('وسافر الوفد إلى لاغوس ثم المالي ساليف كوناتي .');
    expect(found).not.toContain('ساليف كوناتي');
  });
});
