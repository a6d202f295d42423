import { describe, expect, it } from 'vitest';
import { buildDictionary, type Article } from '../../lib/extract/build';

// Small made-up articles: how persons become entities across a corpus (lib/extract/merge.ts, surnames.ts).
const build = (texts: string[]) =>
  buildDictionary(
    texts.map((text, k): Article => ({ id: `a${k}`, file: `a${k}.txt`, text })),
    { now: new Date('2025-01-01T00:00:00Z') },
  ).entities;
const summary = (texts: string[]) => build(texts).map((e) => [e.type, e.name, e.aliases]);

describe('a name that is another entity’s alias is that entity', () => {
  it('a Latin name a signature ties to a person is no body of its own', () => {
    const entities = build([
      'وقال وزير الخارجية الجزائري رمضان بوعلام إن الحوار مستمر.\n— Ramdane Boualem | رمضان بوعلام (@Boualem_dz) September 25, 2021',
    ]);
    expect(entities.map((e) => [e.type, e.name])).toEqual([['person', 'رمضان بوعلام']]);
    expect(entities[0]!.aliases).toContain('Ramdane Boualem');
    expect(entities[0]!.confidence?.reasons).toEqual(['title']);
  });

  it('a person’s name in quotes after a title is not read as a body', () => {
    expect(
      summary([
        'والتقى وزير الخارجية سليم حداد مع رئيس الهيئة "منصور الحكيم" في القاهرة.',
        'وقال رئيس الهيئة منصور الحكيم إن الاتفاق قريب.',
      ]).filter(([type]) => type === 'org'),
    ).toEqual([]);
  });
});

describe('other names of a person', () => {
  it('a nickname in quotes after the full name is an alias', () => {
    const [person] = build(['وتقود القوات منذ سنوات بقيادة يوسف حمدان كرار "أبوشنب".']);
    expect(person).toMatchObject({ type: 'person', name: 'يوسف حمدان كرار', aliases: ['أبوشنب'] });
  });

  it('ordinary words in quotes after a name are a quotation, not a nickname', () => {
    const [person] = build(['وقال وزير المالية يوسف حمدان كرار "الحكومة" مستعدة.']);
    expect(person).toMatchObject({ name: 'يوسف حمدان كرار', aliases: [] });
  });
});

describe('a surname two persons share', () => {
  const article = (kin: string) =>
    `وصل العالم الفرنسي جاك ماريتان إلى باريس أمس . كان ${kin} " هنري ماريتان " يعمل في التجارة . ودرس ماريتان الفيزياء في ليون . ونشر ماريتان كتابه الأول عام 1905 .`;
  const surnameOwners = (text: string) =>
    build([text])
      .filter((e) => e.aliases.includes('ماريتان'))
      .map((e) => e.name);

  it('belongs, alone, to the one the article does not name as someone’s kin', () => {
    expect(surnameOwners(article('أبوه'))).toEqual(['جاك ماريتان']);
    expect(surnameOwners(article('شقيقته'))).toEqual(['جاك ماريتان']);
  });

  it('belongs to nobody when neither is named as kin', () => {
    expect(surnameOwners(article('المهندس'))).toEqual([]);
  });
});

describe('a name cut short', () => {
  it('is the longer name the same article gives', () => {
    const names = build(['وأقال رئيس الوزراء محافظ البنك صابر ناجي مخيف. وقال المحافظ صابر ناجي إن المنصب صعب.']).map(
      (e) => [e.name, e.aliases],
    );
    expect(names).toContainEqual(['صابر ناجي مخيف', ['صابر ناجي']]);
  });

  it('a first name alone is the one person of the article with that first name, and no alias', () => {
    const entities = build(['وانتخب السيد موسى فكي محمد رئيسا للمفوضية. وقال السيد موسى إن المهمة صعبة.']);
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([['موسى فكي محمد', []]]);
  });
});

describe('a surname alone', () => {
  it('is no alias when it is a given name ending a name of three words', () => {
    const texts = ['وانتخب السيد موسى فكي محمد رئيسا للمفوضية. وقال محمد إن المهمة صعبة.'];
    expect(build(texts).find((e) => e.name === 'موسى فكي محمد')?.aliases).not.toContain('محمد');
  });

  it('is an alias when the texts use it alone', () => {
    const texts = ['وقال وزير الخارجية سامي بوزيدي إن المهمة صعبة. وأضاف بوزيدي أن الحوار مستمر.'];
    expect(build(texts).find((e) => e.name === 'سامي بوزيدي')?.aliases).toContain('بوزيدي');
  });
});

describe('a body’s other names', () => {
  it('a short name in quotes after the full name is an alias, and the short name alone is that body', () => {
    const entities = build([
      'وتولى الجنرال رئاسة هيئة الأركان البحرية المشتركة "هابكوم" خلفا لسلفه.',
      'وقال إن هيئة الأركان البحرية المشتركة هابكوم تواجه تحديات.',
    ]).filter((e) => e.type === 'org');
    expect(entities).toHaveLength(1);
    expect([entities[0]!.name, ...entities[0]!.aliases]).toContain('هابكوم');
  });

  it('a name of three words is the longer name of its article that adds an adjective', () => {
    const entities = build([
      'والتقى رئيس مجلس السيادة الانتقالي في البلاد وفدا. وفق بيان صادر عن مجلس السيادة الانتقالي السوداني.',
    ]);
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([
      ['مجلس السيادة الانتقالي السوداني', ['مجلس السيادة الانتقالي']],
    ]);
  });
});
