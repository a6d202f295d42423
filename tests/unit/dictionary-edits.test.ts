import { describe, expect, it } from 'vitest';
import { menuTarget, selectionAsName } from '../../lib/background/context-menu';
import { mergeEntities } from '../../lib/dictionary/merge-entities';
import { reviewItems } from '../../lib/dictionary/review';
import { entity } from './test-entities';

describe('merging entities the reader says are one', () => {
  it("keeps the first one's name, turns the others' names into aliases, and combines roles, mentions and related", () => {
    const merged = mergeEntities(
      entity('a', 'سيرغي لافروف', {
        aliases: ['لافروف'],
        roles: [{ title: 'وزير الخارجية', source: 's1' }],
        mentions: [{ source: 's1', count: 2, snippet: 'x' }],
        related: [
          { id: 'c', count: 1 },
          { id: 'b', count: 1 },
        ],
      }),
      [
        entity('b', 'سيرجي لافروف', {
          roles: [
            { title: 'وزير الخارجية', source: 's1' },
            { title: 'الوزير', source: 's2' },
          ],
          mentions: [
            { source: 's1', count: 1, snippet: 'y' },
            { source: 's2', count: 3, snippet: 'z' },
          ],
          related: [{ id: 'c', count: 2 }],
          note: 'n',
        }),
      ],
    );
    expect(merged).toMatchObject({
      id: 'a',
      name: 'سيرغي لافروف',
      aliases: ['لافروف', 'سيرجي لافروف'],
      note: 'n',
      userEdited: true,
    });
    expect(merged.roles.map((r) => r.title)).toEqual(['وزير الخارجية', 'الوزير']);
    expect(merged.mentions).toEqual([
      { source: 's1', count: 3, snippet: 'x' },
      { source: 's2', count: 3, snippet: 'z' },
    ]);
    expect(merged.related).toEqual([{ id: 'c', count: 3 }]);
  });
});

describe('reviewing an import', () => {
  it('offers new entities whole and, of known ones, only the names and roles they add', () => {
    const known = new Map([
      ['a', entity('a', 'رمطان لعمامرة', { aliases: ['لعمامرة'], roles: [{ title: 'وزير الخارجية' }] })],
    ]);
    const items = reviewItems(
      [
        entity('a', 'رمطان لعمامرة', { aliases: ['لعمامرة', 'Lamamra'], roles: [{ title: 'وزير الخارجية' }] }),
        entity('b', 'جان نويل بارو', { roles: [{ title: 'وزير الخارجية الفرنسي' }] }),
        entity('a2', 'x', {}),
      ],
      known,
    );
    expect(items.map((i) => [i.entity.id, !!i.known, i.newAliases, i.newRoles.map((r) => r.title)])).toEqual([
      ['a', true, ['Lamamra'], []],
      ['b', false, [], ['وزير الخارجية الفرنسي']],
      ['a2', false, [], []],
    ]);
    expect(reviewItems([entity('a', 'رمطان لعمامرة', { aliases: ['لعمامرة'] })], known)).toEqual([]);
  });
});

describe('the context menu', () => {
  it('turns a selection into a clean name', () => {
    expect(selectionAsName('  «السفيرة ليندا\n توماس»، ')).toBe('السفيرة ليندا توماس');
    expect(selectionAsName('لافـــروف\u200F')).toBe('لافروف');
  });

  it('opens the manager on the form, the alias picker or the page review', () => {
    expect(menuTarget('add-org', ' الناتو ', 1)).toMatch(/options\.html#add=org&name=%D8%A7/u);
    expect(menuTarget('add-alias', 'Lamamra', 1)).toMatch(/options\.html#alias=Lamamra$/u);
    expect(menuTarget('find-names', undefined, 42)).toMatch(/options\.html#review-tab=42$/u);
    expect(menuTarget('unknown', 'x', 1)).toBeUndefined();
  });
});
