import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: the short names bodies are called by alone.
const found = (text: string) => tokenize(text).flatMap(findOrganizations);
const names = (text: string) => found(text).map((o) => o.name);

describe('a proper name after a head, with the body’s nationality', () => {
  it('the proper name alone is the body’s alias', () => {
    const [o] = found('وأعلنت شركة زيلكو الأمريكية أرباحها.');
    expect(o?.name).toBe('شركة زيلكو الأمريكية');
    expect(o?.aliases).toEqual(['زيلكو']);
  });

  it('a place in construct with the head is no alias of the longer name', () => {
    const [o] = found('وقال مركز جنيف للسياسات الأمنية إن الوضع خطير.');
    expect(o?.aliases).toEqual([]);
  });
});

describe('news agencies named alone', () => {
  it('an agency is found without its head', () => {
    expect(names('وأضاف المسؤول في تصريح لرويترز أن المحادثات مستمرة.')).toEqual(['رويترز']);
    expect(names('وذلك وفق ما نقلته الأسوشيتد برس عن الشرطة.')).toEqual(['أسوشيتد برس']);
  });

  it('an agency named after a place, quoted after its head, is the agency', () => {
    expect(names('حسبما أوردت وكالة "الأناضول" عن مصدر.')).toEqual(['الأناضول']);
  });

  it('after a direction the place is the region, not the agency', () => {
    expect(names('وتقع القرية في جنوب شرق الأناضول قرب الحدود.')).toEqual([]);
  });
});

describe('bodies named after people, purposes and teams', () => {
  it('a foundation’s proper name is its founder, no alias of it', () => {
    const [o] = found('وتبرعت مؤسسة زيلكو بمليون دولار.');
    expect(o?.name).toBe('مؤسسة زيلكو');
    expect(o?.aliases).toEqual([]);
  });

  it('«ل» and a noun right after a definite head is a purpose, not the name', () => {
    expect(names('ونقل المصاب إلى المستشفى لتلقي العلاج.')).toEqual([]);
  });

  it('a racing driver’s team is named after «سائق»', () => {
    expect(names('وحل الإيطالي ماريو سائق زيبرانو ثالثا.')).toEqual(['زيبرانو']);
  });
});
