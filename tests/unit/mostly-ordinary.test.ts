import { describe, expect, it } from 'vitest';
import type { ConfidenceReason, Entity } from '../../lib/dictionary/schema';
import { withoutMostlyOrdinaryNames } from '../../lib/extract/mostly-ordinary';
import { entity } from './test-entities';

// A body the tagger alone read is kept only when the tagger read its name as a body at a fair share of its uses.
const body = (id: string, name: string, found: number) =>
  entity(id, name, { type: 'org', mentions: [{ source: 'a', count: found, snippet: name }] });

function kept(entities: Entity[], reasons: ConfidenceReason[][], read: number[]) {
  return withoutMostlyOrdinaryNames(
    entities,
    new Map(entities.map((e, k) => [e, new Set(reasons[k])])),
    new Map(entities.map((e, k) => [e, read[k]!])),
  ).map((e) => e.id);
}

describe('bodies whose name is mostly an ordinary word', () => {
  it('a word read as a body once among many uses is dropped, a name read at most of its uses stays', () => {
    const security = body('o-1', 'الأمن', 40);
    const agency = body('o-2', 'شينخوا', 6);
    expect(kept([security, agency], [['model'], ['model', 'several-articles']], [1, 5])).toEqual(['o-2']);
  });

  it('a body a head noun or a credit backs stays whatever its share', () => {
    const credited = body('o-3', 'الجزيرة', 80);
    expect(kept([credited], [['model', 'credit']], [2])).toEqual(['o-3']);
  });

  it('co-mentions of a dropped body go with it', () => {
    const month = body('o-4', 'نيسان', 20);
    const person = entity('p-1', 'سامر خليل', { related: [{ id: 'o-4', count: 2 }] });
    const reasons: ConfidenceReason[][] = [['model'], ['title']];
    const left = withoutMostlyOrdinaryNames(
      [month, person],
      new Map([month, person].map((e, k) => [e, new Set(reasons[k])])),
      new Map([[month, 3]]),
    );
    expect(left.map((e) => e.id)).toEqual(['p-1']);
    expect(left[0]!.related).toEqual([]);
  });

  it('a name the tagger alone read in Latin letters is dropped; one a title or an alias backs stays', () => {
    const sentence = body('o-5', 'Good talks with the Foreign Minister', 1);
    const guessed = entity('p-2', 'Samer Khalil', { mentions: [{ source: 'a', count: 1, snippet: '' }] });
    const titled = entity('p-3', 'Samer Haddad', { mentions: [{ source: 'a', count: 1, snippet: '' }] });
    const arabic = body('o-6', 'شينخوا', 2);
    expect(
      kept([sentence, guessed, titled, arabic], [['model'], ['model'], ['model', 'title'], ['model']], [1, 1, 1, 2]),
    ).toEqual(['p-3', 'o-6']);
  });
});
