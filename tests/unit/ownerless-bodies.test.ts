import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a kind of body without its owner names no one body.
const orgs = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(s).orgs)
    .map((o) => o.name);

describe('kinds of body named without their owner', () => {
  it('a board or a committee alone is no entity', () => {
    expect(orgs('وقرر مجلس الإدارة رفع رأس المال.')).toEqual([]);
    expect(orgs('وأعلنت اللجنة المنظمة موعد الحفل.')).toEqual([]);
  });

  it('with its owner it is a body', () => {
    expect(orgs('وقرر مجلس إدارة البنك الأهلي رفع رأس المال.')).toEqual(['مجلس إدارة البنك الأهلي']);
  });

  it('with its country it is a body', () => {
    expect(orgs('ووافق مجلس الوزراء الكيني على الموازنة.')).toEqual(['مجلس الوزراء الكيني']);
  });
});
