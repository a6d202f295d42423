import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a country's government is a description, its ministries and councils are bodies.
const orgs = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(s).orgs)
    .map((o) => o.name);

describe('governments', () => {
  it('a government told by its country’s adjective is no body', () => {
    expect(orgs('وقالت الحكومة الكينية إنها سترفع الأسعار.')).toEqual([]);
  });

  it('a government told by its country’s name is no body', () => {
    expect(orgs('ورفضت حكومة تشيلي العرض الأخير.')).toEqual([]);
  });

  it('the administration of a country is its government', () => {
    expect(orgs('وانتقدت الإدارة الأميركية القرار بشدة.')).toEqual([]);
  });

  it('a department that is no government keeps its name', () => {
    expect(orgs('وأعلنت إدارة الطيران المدني عن رحلات جديدة.')).toEqual(['إدارة الطيران المدني']);
  });

  it('the same country’s ministry stays a body', () => {
    expect(orgs('وقالت وزارة الزراعة الكينية إن المحصول وفير.')).toEqual(['وزارة الزراعة الكينية']);
  });
});
