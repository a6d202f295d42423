import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDictionary } from '../../lib/extract/build';
import { validateDictionary } from '../../lib/dictionary/load';
import { normalize } from '../../lib/arabic/normalize';
import type { Dictionary, Entity } from '../../lib/dictionary/schema';

// The seed corpus as the extension ships it: what a reader meets first.
const seedDir = path.resolve(import.meta.dirname, '../../seeds');
const files = fs
  .readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const articles = files.map((f) => ({
  id: f.replace(/\.txt$/u, ''),
  file: `seeds/${f}`,
  text: fs.readFileSync(path.join(seedDir, f), 'utf8'),
}));

let dictionary: Dictionary;
const byName = (name: string): Entity | undefined =>
  dictionary.entities.find((e) => normalize(e.name) === normalize(name));
const roleText = (e: Entity) => e.roles.map((r) => `${r.title} ${r.org ?? ''}`).join(' | ');

beforeAll(() => {
  dictionary = buildDictionary(articles, { now: new Date('2025-01-01T00:00:00Z') });
});

describe('the seed dictionary', () => {
  it('is valid against the schema', () => {
    expect(validateDictionary(dictionary, 'seeds').ok).toBe(true);
  });

  it('holds the officials of the seeds with their roles', () => {
    const expected: [string, string[]][] = [
      ['لوناس مقرمان', ['الأمين العام', 'الشؤون الخارجية']],
      ['سيرغي لافروف', ['وزير']],
      ['حسين أمير عبد اللهيان', ['وزير']],
      ['رمطان لعمامرة', ['وزير']],
      ['أنطونيو غوتيريش', ['الأمين العام']],
      ['بوريس روجه', ['مساعد الأمين العام']],
      ['ستافان دي ميستورا', ['المبعوث الشخصي']],
      ['ليندا توماس جرينفيلد', ['السفيرة']],
      ['ميشال سيسون', ['مساعدة وزير الخارجية']],
      ['قاسم سليماني', ['الجنرال']],
    ];
    for (const [name, words] of expected) {
      const e = byName(name);
      expect(e, name).toBeDefined();
      expect(e!.type).toBe('person');
      for (const w of words) expect(normalize(roleText(e!)), `${name}: ${w}`).toContain(normalize(w));
    }
  });

  it('holds the organizations, with the short names the texts give them', () => {
    expect(byName('حلف شمال الأطلسي')?.aliases).toContain('الناتو');
    expect(byName('اللجنة الدولية للصليب الأحمر')?.aliases).toContain('ICRC');
    expect(byName('مركز جنيف للسياسات الأمنية')?.aliases).toContain('GCSP');
    for (const name of [
      'الأمم المتحدة',
      'وزارة الشؤون الخارجية',
      'مجلس حقوق الإنسان',
      'المفوضية السامية لشؤون اللاجئين',
      'الوكالة العربية السورية للأنباء',
      'الجمعية العامة للأمم المتحدة',
    ]) {
      expect(byName(name)?.type, name).toBe('org');
    }
  });

  it('ties the Latin name and handle a tweet gives to the Arabic name', () => {
    expect(byName('رمطان لعمامرة')?.aliases).toEqual(expect.arrayContaining(['Ramtane Lamamra', '@Lamamra_dz']));
  });

  it('keeps the short forms the texts use', () => {
    expect(byName('لوناس مقرمان')?.aliases).toContain('مقرمان');
    expect(byName('سيرغي لافروف')?.aliases).toContain('لافروف');
    expect(byName('بوريس روجه')?.aliases).toContain('روجه');
  });

  it('has one entity per real person or body', () => {
    const keys = dictionary.entities.map((e) => `${e.type}:${normalize(e.name)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(dictionary.entities.filter((e) => normalize(e.name).includes(normalize('مينورسو')))).toHaveLength(1);
    expect(dictionary.entities.filter((e) => normalize(e.name).startsWith(normalize('مجلس الأمن')))).toHaveLength(1);
  });

  it('makes no entities of generic phrases, countries or cities', () => {
    for (const junk of [
      'المسؤولين الدوليين',
      'الشق رفيع المستوى',
      'الدورة الثامنة والخمسين',
      'المنظمات الدولية',
      'روسيا الاتحادية',
      'جنيف',
      'الجزائر',
    ]) {
      expect(byName(junk), junk).toBeUndefined();
    }
    // a name corrupted by a stray character is not turned into a person
    expect(dictionary.entities.some((e) => e.name.includes('肯'))).toBe(false);
  });

  it('counts mentions per article, with a snippet, and relates entities named together', () => {
    const lamamra = byName('رمطان لعمامرة')!;
    expect(lamamra.mentions.map((m) => m.source).sort()).toEqual(['001_9ae3e538818b189d', '004_d21c788880c47805']);
    for (const m of lamamra.mentions) expect(m.snippet).toMatch(/لعمامرة|Lamamra/u);
    const guterres = byName('أنطونيو غوتيريش')!;
    expect(guterres.related.map((r) => dictionary.entities.find((e) => e.id === r.id)?.name)).toContain(
      'الأمم المتحدة',
    );
  });

  it('dates roles from the article that gives them', () => {
    const lavrov = byName('سيرغي لافروف')!;
    expect(lavrov.roles[0]).toMatchObject({ source: '003_61b9580f4d7e862c', date: '2024-01-09', country: 'روسيا' });
  });

  it('is the same on every build: ids stable, order stable', () => {
    const again = buildDictionary(articles, { now: new Date('2025-01-01T00:00:00Z') });
    expect(again).toEqual(dictionary);
  });
});
