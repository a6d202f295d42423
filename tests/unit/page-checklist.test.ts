import { describe, expect, it } from 'vitest';
import { isAnaphorOf, parseChecklist } from '../harness/page-checklist';

// The shape of ../shared/pages/SOURCES.md's body lists, on a made-up page: the scorer reads it at eval time.
const SOURCES = `# pages

| file | … |
|---|---|

## Officials and organizations in the article body (main ones)
- **01_example** (a topic): سمير الخوري / «الخوري» (وزير المالية), وزارة المالية («الوزارة»), كتلة «التيار الجديد», الهيئة العامة (government; optional-type mention).
- **02_other**: وكالة الأنباء («(وأ)»), زيد، عمرو، بكر named as former rulers; نادي الصيد. Short body; a related block mentions «وزارة الداخلية» (not body).
- **03_anaphors**: مركز جامعة الشرق / «مركز الجامعة», هيئة الرقابة («الهيئة»), صحيفة «الصحيفة», سمير الخوري («الوزير الخوري»).
`;

describe("the pages' checklist", () => {
  it("reads each page's items, their spellings, and which are optional", () => {
    const pages = parseChecklist(SOURCES);
    expect([...pages.keys()]).toEqual(['01_example', '02_other', '03_anaphors']);
    expect(pages.get('01_example')).toEqual([
      { names: ['سمير الخوري', 'الخوري'], optional: false },
      { names: ['وزارة المالية'], optional: false },
      { names: ['كتلة التيار الجديد', 'التيار الجديد'], optional: false },
      { names: ['الهيئة العامة'], optional: true },
    ]);
  });

  it('splits on Arabic commas and semicolons, drops nested notes and the English prose that ends a line', () => {
    expect(
      parseChecklist(SOURCES)
        .get('02_other')!
        .map((i) => i.names),
    ).toEqual([['وكالة الأنباء', 'وأ'], ['زيد'], ['عمرو'], ['بكر'], ['نادي الصيد']]);
  });

  it('takes a quoted form in a note as a spelling, and no spelling that only refers back to the name', () => {
    expect(
      parseChecklist(SOURCES)
        .get('03_anaphors')!
        .map((i) => i.names),
    ).toEqual([
      ['مركز جامعة الشرق'],
      ['هيئة الرقابة'],
      // a quoted name inside a longer one is the name, even one word with the article
      ['صحيفة الصحيفة', 'الصحيفة'],
      ['سمير الخوري', 'الوزير الخوري'],
    ]);
  });

  it("tells an anaphor (the name's common noun made definite) from a short form of the name", () => {
    expect(isAnaphorOf('الوزارة', 'وزارة الموارد المائية')).toBe(true);
    expect(isAnaphorOf('مركز الجامعة', 'مركز جامعة جونز هوبكنز')).toBe(true);
    expect(isAnaphorOf('الحكومة', 'حكومة الإمارات')).toBe(true);
    expect(isAnaphorOf('بترا', 'وكالة بترا')).toBe(false);
    expect(isAnaphorOf('عبد العاطي', 'محمد عبد العاطي')).toBe(false);
    expect(isAnaphorOf('البشير', 'عمر البشير')).toBe(false);
    expect(isAnaphorOf('الرئيس البشير', 'عمر البشير')).toBe(false);
    expect(isAnaphorOf('جامعة القاهرة', 'كلية الهندسة جامعة القاهرة')).toBe(false);
  });
});
