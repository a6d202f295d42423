import { describe, expect, it } from 'vitest';
import { buildDictionary, type Article } from '../../lib/extract/build';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: departments, news sites and parts of bodies as pages write them.
const names = (text: string) =>
  tokenize(text)
    .flatMap(findOrganizations)
    .map((o) => o.name);

describe('a sector as a department', () => {
  it('is a body under a title', () => {
    expect(names('وقال أحمد سالم رئيس قطاع الطرق الريفية إن العمل بدأ.')).toEqual(['قطاع الطرق الريفية']);
  });

  it('is a body when its ministry follows', () => {
    expect(names('وينفذ قطاع الري الحديثي بالوزارة المشروع.')).toContain('قطاع الري الحديثي');
  });

  it('is the economy’s sector or a place otherwise', () => {
    expect(names('ويعاني قطاع السياحة المحلي من الركود.')).toEqual([]);
    expect(names('ووصلت المساعدات إلى قطاع غزة أمس.')).toEqual([]);
  });
});

describe('a news site named with an English media word', () => {
  it('is the word and the media word, never the media word alone', () => {
    expect(names('الوادي نيوز :- ارتفعت الأسعار أمس.')).toEqual(['الوادي نيوز']);
    expect(names('وقال موقع نيوز إن')).toEqual([]);
  });
});

describe('a part of a body', () => {
  it('named by two heads and the second body’s name is one body', () => {
    expect(names('بحسب مركز جامعة كارلتون هيل، فإن العدد ارتفع.')).toEqual(['مركز جامعة كارلتون هيل']);
  });

  it('named by its two heads alone is that part', () => {
    const orgs = buildDictionary(
      [
        {
          id: 'a',
          file: 'a.txt',
          text: 'بحسب مركز جامعة كارلتون هيل، فإن العدد ارتفع. وقال مركز الجامعة إن العدد تضاعف.',
        },
      ] satisfies Article[],
      { now: new Date('2025-01-01T00:00:00Z') },
    ).entities.filter((e) => e.type === 'org');
    expect(orgs).toHaveLength(1);
    expect([orgs[0]!.name, ...orgs[0]!.aliases].sort()).toEqual(['مركز الجامعة', 'مركز جامعة كارلتون هيل']);
  });
});
