import { describe, expect, it } from 'vitest';
import { parseChecklist } from '../harness/page-checklist';

// The shape of ../shared/pages/SOURCES.md's body lists, on a made-up page: the scorer reads it at eval time.
const SOURCES = `# pages

| file | … |
|---|---|

## Officials and organizations in the article body (main ones)
- **01_example** (a topic): سمير الخوري / «الخوري» (وزير المالية), وزارة المالية («الوزارة»), كتلة «التيار الجديد», الهيئة العامة (government; optional-type mention).
- **02_other**: وكالة الأنباء («(وأ)»), زيد، عمرو، بكر named as former rulers; نادي الصيد. Short body; a related block mentions «وزارة الداخلية» (not body).
`;

describe("the pages' checklist", () => {
  it("reads each page's items, their spellings, and which are optional", () => {
    const pages = parseChecklist(SOURCES);
    expect([...pages.keys()]).toEqual(['01_example', '02_other']);
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
    ).toEqual([['وكالة الأنباء'], ['زيد'], ['عمرو'], ['بكر'], ['نادي الصيد']]);
  });
});
