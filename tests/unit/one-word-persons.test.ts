import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dictionary/schema';
import { withoutOneWordPersonsMostlyOrdinary } from '../../lib/extract/one-word-persons';
import { entity } from './test-entities';

// A person named by one word is kept only when the extraction read the word as a name at a fair share of its uses.
const named = (id: string, name: string, found: number, extra: Partial<Entity> = {}) =>
  entity(id, name, { mentions: [{ source: 'a', count: found, snippet: name }], ...extra });

const kept = (entities: Entity[], read: number[]) =>
  withoutOneWordPersonsMostlyOrdinary(entities, new Map(entities.map((e, k) => [e, read[k]!]))).map((e) => e.id);

describe('persons whose one-word name is mostly an ordinary word', () => {
  it('a word read as a name twice among thirty uses is dropped, one read at most of its uses stays', () => {
    const prize = named('p-1', 'نوبل', 30);
    const player = named('p-2', 'كاباكو', 4);
    expect(kept([prize, player], [2, 3])).toEqual(['p-2']);
  });

  it('a name of two words stays whatever its share, and so does a body', () => {
    const full = named('p-3', 'سامر كاباكو', 30);
    const body = named('o-1', 'الأمن', 30, { type: 'org' });
    expect(kept([full, body], [1, 1])).toEqual(['p-3', 'o-1']);
  });

  it('a title that stands for one person stays: it is read as a name only where it stands for them', () => {
    expect(kept([named('p-4', 'البابا', 15)], [2])).toEqual(['p-4']);
  });

  it('co-mentions of a dropped person go with it', () => {
    const word = named('p-5', 'نوبل', 30);
    const other = entity('p-6', 'سامر خليل', { related: [{ id: 'p-5', count: 2 }] });
    const left = withoutOneWordPersonsMostlyOrdinary([word, other], new Map([[word, 1]]));
    expect(left.map((e) => e.id)).toEqual(['p-6']);
    expect(left[0]!.related).toEqual([]);
  });
});
