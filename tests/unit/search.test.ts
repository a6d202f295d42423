import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, type Searchable } from '../../lib/search/search';

const entities: Searchable[] = [
  {
    id: 'p-1',
    type: 'person',
    name: 'رمطان لعمامرة',
    aliases: ['لعمامرة', 'Ramtane Lamamra', '@Lamamra_dz'],
    weight: 4,
  },
  { id: 'o-1', type: 'org', name: 'الأمم المتحدة', aliases: ['الأمم المتحدة'] },
  { id: 'p-2', type: 'person', name: 'أنطونيو غوتيريش', aliases: ['غوتيريش'] },
  { id: 'o-2', type: 'org', name: 'مجلس الأمن', aliases: [] },
  { id: 'p-3', type: 'person', name: 'محمد الأمين', aliases: [] },
];
const index = buildSearchIndex(entities);
const ids = (query: string) => search(index, query).map((h) => entities[h.entity]!.id);

describe('search', () => {
  it('finds an entity by its whole name, first', () => {
    expect(ids('رمطان لعمامرة')[0]).toBe('p-1');
  });

  it('finds by the start of any word while the last word is being typed', () => {
    expect(ids('لعما')).toContain('p-1');
    expect(ids('غوتي')).toContain('p-2');
  });

  it('treats earlier words as whole words', () => {
    expect(ids('لعما رمطان')).not.toContain('p-1');
  });

  it('reads through clitics and the article', () => {
    expect(ids('وللأمم')).toContain('o-1');
    expect(ids('والأمم المتحدة')[0]).toBe('o-1');
  });

  it('ignores hamza forms, diacritics and ة/ه', () => {
    expect(ids('الامم المتحده')[0]).toBe('o-1');
    expect(ids('غُوتِيرِيش')).toContain('p-2');
  });

  it('forgives one typo in words of five letters or more, not in shorter ones', () => {
    expect(ids('غوتيريس')).toContain('p-2');
    expect(ids('مجلز')).not.toContain('o-2');
  });

  it('finds Latin aliases and handles, whatever their case', () => {
    expect(ids('lamamra')).toContain('p-1');
    expect(ids('@lamamra_dz')).toContain('p-1');
  });

  it('ranks an exact name above a word shared with another name', () => {
    const hits = ids('الأمين');
    expect(hits[0]).toBe('p-3');
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, ' «» ، ')).toEqual([]);
  });

  it('honours the limit', () => {
    expect(search(index, 'ا', 2).length).toBeLessThanOrEqual(2);
  });
});
