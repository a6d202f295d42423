import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { splitGluedTitles } from '../../lib/extract/glued';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: parties, movements and forces named by ordinary words after their head noun.
const orgs = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(splitGluedTitles(s)).orgs)
    .map((o) => o.name);

describe('bodies named by ordinary words after a head noun', () => {
  it('a movement after a title', () => {
    expect(orgs('واستقبل رئيس حركة الإصلاح سامر خليل في مكتبه.')).toContain('حركة الإصلاح');
  });

  it('a coalition whose name is a construct chain', () => {
    expect(orgs('وقال رئيس ائتلاف دولة المواطنة إن الحوار مستمر.')).toContain('ائتلاف دولة المواطنة');
  });

  it('forces named by a noun and its adjective, behind a conjunction', () => {
    expect(orgs('اندلعت اشتباكات بين الجيش وقوات التدخل السريع في المدينة.')).toContain('قوات التدخل السريع');
  });

  it('one ordinary word after the head names no body where no title or body precedes it', () => {
    expect(orgs('وقال إن حركة الأسعار كانت بطيئة.')).not.toContain('حركة الأسعار');
  });

  it('an imperfect verb after the head opens a clause, not a name', () => {
    expect(orgs('وقال إن حزب يمثل الأغلبية.').some((n) => n.includes('يمثل'))).toBe(false);
  });
});
