import { describe, expect, it } from 'vitest';
import { entityKey } from '../../lib/dictionary/ids';
import { shortFormLinks } from '../../lib/extract/org-short-forms';

// Made-up names: a body's head and last complement alone are its short form.
const links = (names: string[]) => shortFormLinks(names.map(entityKey));

describe("a body's name shortened to its head and last complement", () => {
  it('links the short form to the one full name with adjectives between', () => {
    expect(links(['اتحاد الفلاحين', 'الاتحاد العام المغربي للفلاحين'])).toEqual([[0, 1]]);
  });

  it('leaves it alone when two full names fit', () => {
    expect(links(['وكالة الأنباء', 'الوكالة الليبية للأنباء', 'الوكالة المغربية للأنباء'])).toEqual([]);
  });

  it('never through a national adjective or a noun between', () => {
    expect(links(['مجلس الأمن', 'المجلس القومي للأمن'])).toEqual([]);
    expect(links(['اتحاد الكتاب', 'اتحاد نقابات العمال للكتاب'])).toEqual([]);
  });
});
