import { describe, expect, it } from 'vitest';
import { buildDictionary, type Article } from '../../lib/extract/build';
import { findOrganizations } from '../../lib/extract/organizations';
import { tokenize } from '../../lib/extract/tokenize';
import { matcherFor } from '../../lib/match/compile';

// Small made-up sentences: a ministry named by its portfolio and its country.
const orgs = (text: string) => tokenize(text).flatMap(findOrganizations);
const build = (texts: string[]) =>
  buildDictionary(texts.map((text, k): Article => ({ id: `a${k}`, file: `a${k}.txt`, text })), { now: new Date('2025-01-01T00:00:00Z') });

describe('a ministry tied to its country', () => {
  it('a portfolio with a country\'s adjective is that country\'s ministry', () => {
    const [o] = orgs('وأعلنت الخارجية السعودية في بيان أن الوفد وصل .');
    expect(o?.name).toBe('وزارة الخارجية السعودية');
    expect(o?.aliases).toEqual(['الخارجية السعودية']);
    expect(o?.country).toBeDefined();
  });

  it('behind a conjunction, the name is written without it', () => {
    expect(orgs('ودانت الداخلية المصرية الهجوم .').map((o) => o.name)).toEqual(['وزارة الداخلية المصرية']);
  });

  it('after a minister\'s title the adjective is the minister\'s', () => {
    expect(orgs('وحذرت وزيرة الخارجية الأمريكية من التصعيد .').map((o) => o.name)).not.toContain('وزارة الخارجية الأمريكية');
  });

  it('a masculine adjective or a place adjective is no ministry', () => {
    expect(orgs('وقال إن الدفاع الأمريكي قوي .')).toEqual([]);
    expect(orgs('وتحدث عن الصحة النفسية للأطفال .')).toEqual([]);
  });

  it('the short form joins the full name, and no country\'s ministry collapses into a generic one', () => {
    const entities = build(['وقالت وزارة الخارجية الجزائرية في بيان إن الوفد وصل .', 'ودانت الخارجية الجزائرية في بيان الهجوم .', 'وقالت وزارة الخارجية في بيان إن الاجتماع انتهى .', 'وأعلنت الخارجية السعودية أن الوفد وصل .']).entities;
    const owners = (name: string) => entities.filter((e) => e.name === name || e.aliases.includes(name));
    expect(owners('الخارجية الجزائرية')).toEqual(owners('وزارة الخارجية الجزائرية'));
    expect(owners('الخارجية الجزائرية')).toHaveLength(1);
    expect(owners('الخارجية السعودية')).toHaveLength(1);
    const generic = owners('وزارة الخارجية');
    expect(generic).toHaveLength(1);
    expect(generic).not.toEqual(owners('الخارجية السعودية'));
    expect(generic).not.toEqual(owners('الخارجية الجزائرية'));
    // the page's «الخارجية الجزائرية» is the Algerian ministry, not the generic one
    const m = matcherFor(entities);
    const text = 'ودانت الخارجية الجزائرية الهجوم';
    const found = m.findMentions(text).map((x) => entities[x.entity]!.name);
    expect(found).toEqual([owners('وزارة الخارجية الجزائرية')[0]!.name]);
  });
});
