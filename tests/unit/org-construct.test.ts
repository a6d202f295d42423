import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: how far a body's name runs after its head noun.
const names = (text: string) =>
  tokenize(text)
    .flatMap(findOrganizations)
    .map((o) => o.name);

describe('the construct chain of a body', () => {
  it('an indefinite noun after the head governs the definite word after it', () => {
    expect(names('وافق مجلس نقباء المهندسين على الخطة.')).toContain('مجلس نقباء المهندسين');
  });

  it('an adjective of rank is part of the name', () => {
    expect(names('وأعلن الاتحاد العام المغربي للشغل أن الإضراب مستمر.')).toContain('الاتحاد العام المغربي للشغل');
  });

  it('a chain that ends in a place: «لدول غرب …»', () => {
    expect(names('وقالت الجماعة الاقتصادية لدول شرق إفريقيا إن القمة تأجلت.')).toContain(
      'الجماعة الاقتصادية لدول شرق إفريقيا',
    );
  });

  it('a preposition and a verbal noun of purpose end the name: «لاعتماد آلية»', () => {
    const found = names('وانضمت كتلة نداء الوطن لاعتماد آلية جديدة للحوار.');
    expect(found).toContain('كتلة نداء الوطن');
    expect(found.some((n) => n.includes('لاعتماد'))).toBe(false);
  });

  it('a foreign proper name of two words after the head, but no given name', () => {
    expect(names('بحسب جامعة ستانفورد بروكس الأمريكية.')).toContain('جامعة ستانفورد بروكس الأمريكية');
    expect(names('وقالت حركة أزواد يحيى إن الوفد وصل.')).toEqual(['حركة أزواد']);
  });

  it('an embassy or a consulate with a nationality is a body', () => {
    expect(names('وقالت السفارة الفرنسية إن الرحلات مستمرة.')).toContain('السفارة الفرنسية');
    expect(names('وأصدرت القنصلية التركية بيانا.')).toContain('القنصلية التركية');
  });

  it("«official» after the country's adjective describes the body", () => {
    expect(names('ونقلت وكالة الأنباء الليبية الرسمية عن مصدر.')).toContain('وكالة الأنباء الليبية');
  });

  it('an imperfect verb after the head is no noun in construct', () => {
    expect(names('وقال إن مجلس يضم الدول سيجتمع.')).toEqual([]);
  });
});
