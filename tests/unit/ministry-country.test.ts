import { describe, expect, it } from 'vitest';
import { buildDictionary, type Article } from '../../lib/extract/build';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: a ministry named by its portfolio and its country.
const orgs = (text: string) => tokenize(text).flatMap(findOrganizations);
const build = (texts: string[]) =>
  buildDictionary(
    texts.map((text, k): Article => ({ id: `a${k}`, file: `a${k}.txt`, text })),
    { now: new Date('2025-01-01T00:00:00Z') },
  );

describe('a ministry tied to its country', () => {
  it("a portfolio with a country's adjective is that country's ministry", () => {
    const [o] = orgs('وأعلنت الخارجية السعودية في بيان أن الوفد وصل .');
    expect(o?.name).toBe('وزارة الخارجية السعودية');
    expect(o?.country).toBeDefined();
  });

  it('behind a conjunction, the name is written without it', () => {
    expect(orgs('ودانت الداخلية المصرية الهجوم .').map((o) => o.name)).toEqual(['وزارة الداخلية المصرية']);
  });

  it("after a minister's title the adjective is the minister's", () => {
    expect(orgs('وحذرت وزيرة الخارجية الأمريكية من التصعيد .').map((o) => o.name)).not.toContain(
      'وزارة الخارجية الأمريكية',
    );
  });

  it('a masculine adjective or a place adjective is no ministry', () => {
    expect(orgs('وقال إن الدفاع الأمريكي قوي .')).toEqual([]);
    expect(orgs('وتحدث عن الصحة النفسية للأطفال .')).toEqual([]);
  });

  it("the short form joins the full name, and no country's ministry collapses into a generic one", () => {
    const entities = build([
      'وقالت وزارة الخارجية الجزائرية في بيان إن الوفد وصل .',
      'ودانت الخارجية الجزائرية في بيان الهجوم .',
      'وقالت وزارة الخارجية في بيان إن الاجتماع انتهى .',
      'وأعلنت الخارجية السعودية أن الوفد وصل .',
    ]).entities;
    const named = (name: string) => entities.filter((e) => e.name === name);
    const algerian = named('وزارة الخارجية الجزائرية');
    expect(algerian).toHaveLength(1);
    // seen in the article that gives the full name and in the one that gives the short form
    expect(new Set(algerian[0]!.mentions.map((m) => m.source)).size).toBe(2);
    expect(named('وزارة الخارجية السعودية')).toHaveLength(1);
    expect(named('وزارة الخارجية')).toHaveLength(1);
    // the generic ministry does not take the countries' short forms
    expect(named('وزارة الخارجية')[0]!.aliases).toEqual([]);
    expect(entities.filter((e) => e.name.startsWith('وزارة الخارجية'))).toHaveLength(3);
  });
});
