import { describe, expect, it } from 'vitest';
import { buildDictionary, type Article } from '../../lib/extract/build';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a country's own bodies, kept apart from international ones of the same head.
const orgs = (text: string) => tokenize(text).flatMap(findOrganizations);
const build = (texts: string[]) =>
  buildDictionary(
    texts.map((text, k): Article => ({ id: `a${k}`, file: `a${k}.txt`, text })),
    { now: new Date('2025-01-01T00:00:00Z') },
  ).entities;

describe("a country's own bodies", () => {
  it("«المركزي» with a country's adjective is that country's central bank, its short form an alias", () => {
    const [o] = orgs('وخفض المركزي المغربي سعر الفائدة.');
    expect(o?.name).toBe('البنك المركزي المغربي');
    expect(o?.aliases).toEqual(['المركزي المغربي']);
    expect(o?.country).toBeDefined();
  });

  it('«المركزي» without a country names no bank', () => {
    expect(orgs('وقال إن الدور المركزي للدولة تراجع.')).toEqual([]);
  });

  it('a national security council is never the UN Security Council', () => {
    const entities = build(['وقال مجلس الأمن إن الهدنة ضرورية.', 'واجتمع مجلس الأمن القومي لبحث الرد.']);
    const council = entities.find((e) => e.name === 'مجلس الأمن');
    expect(council?.aliases).not.toContain('مجلس الأمن القومي');
    expect(entities.some((e) => e.name === 'مجلس الأمن القومي')).toBe(true);
  });

  it('an adjective that only qualifies the same body still merges', () => {
    const entities = build(['وقال مجلس الأمن إن الهدنة ضرورية.', 'ودعا مجلس الأمن الدولي إلى وقف القتال.']);
    expect(entities.find((e) => e.name === 'مجلس الأمن')?.aliases).toContain('مجلس الأمن الدولي');
  });
});
