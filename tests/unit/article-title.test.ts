import { describe, expect, it } from 'vitest';
import { articleTitle } from '../../lib/article/title';

describe("an article's headline from its page's titles", () => {
  it('og:title loses the site name the page declares, before or after the headline', () => {
    expect(articleTitle({ social: 'وزير الري يشهد توقيع عقد - اليوم السابع', siteNames: ['اليوم السابع'] })).toBe(
      'وزير الري يشهد توقيع عقد',
    );
    expect(articleTitle({ social: 'المدينة نيوز - أميركا: 50 ألفا حصيلة الوفيات', siteNames: ['المدينة نيوز'] })).toBe(
      'أميركا: 50 ألفا حصيلة الوفيات',
    );
  });

  it('a name at an edge of both og:title and <title> is the site, even undeclared', () => {
    expect(
      articleTitle({
        social: ' المدينة نيوز - أميركا: 50 ألفا حصيلة الوفيات',
        document: 'أميركا: 50 ألفا حصيلة الوفيات - المدينة نيوز',
        siteNames: [],
      }),
    ).toBe('أميركا: 50 ألفا حصيلة الوفيات');
  });

  it('keeps a dash that belongs to the headline when nothing marks a segment as the site', () => {
    expect(articleTitle({ social: 'قمة السيسي - بوتين تبحث ملف الطاقة', siteNames: ['البيان'] })).toBe(
      'قمة السيسي - بوتين تبحث ملف الطاقة',
    );
  });

  it('without og:title, <title> loses the section trail and the site; the h1 confirms the headline', () => {
    expect(
      articleTitle({
        document: 'القائم بأعمال السفارة يثمن جهود الإمارات - عبر الإمارات - أخبار وتقارير - البيان',
        siteNames: [],
      }),
    ).toBe('القائم بأعمال السفارة يثمن جهود الإمارات');
    expect(
      articleTitle({
        document: 'صحيفة الغد | البرلمان يقر الموازنة العامة',
        h1: 'البرلمان يقر الموازنة العامة',
        siteNames: [],
      }),
    ).toBe('البرلمان يقر الموازنة العامة');
  });

  it('runs of spaces inside the headline become one', () => {
    expect(articleTitle({ social: 'الناشط خالد ماسا لـ«الصباح»:  كل الشروط متوفرة', siteNames: [] })).toBe(
      'الناشط خالد ماسا لـ«الصباح»: كل الشروط متوفرة',
    );
  });

  it('falls back to the h1, and to nothing', () => {
    expect(articleTitle({ h1: ' البرلمان يقر الموازنة ', siteNames: [] })).toBe('البرلمان يقر الموازنة');
    expect(articleTitle({ siteNames: [] })).toBeUndefined();
  });
});
