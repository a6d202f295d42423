// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MatchedEntity } from '../../lib/messages/protocol';
import { blocksNamingFirst, MAX_BLOCKS_WHILE_HOT } from '../../lib/page/first-mentions';
import { HIGHLIGHT_NAMES, Highlighter } from '../../lib/page/highlighter';
import { OccurrenceBatch } from '../../lib/page/occurrence-batch';

describe('the blocks that name an entity first', () => {
  const names: Record<string, string[]> = { a: ['p', 'o'], b: ['p'], c: ['o', 'u'], d: [], e: ['x'] };
  const of = (b: string) => names[b]!;

  it('are those that name someone no block above them named, in order', () => {
    expect(blocksNamingFirst(['a', 'b', 'c', 'd', 'e'], of)).toEqual(['a', 'c', 'e']);
    expect(blocksNamingFirst(['b', 'a', 'c'], of)).toEqual(['b', 'a', 'c']);
  });

  it('are at most `max`', () => {
    expect(blocksNamingFirst(['a', 'b', 'c', 'd', 'e'], of, 2)).toEqual(['a', 'c']);
  });

  it('begin with the block the reader asked to see, when it is among them', () => {
    expect(blocksNamingFirst(['a', 'b', 'c'], of, 3, 'b')).toEqual(['b', 'a', 'c']);
    expect(blocksNamingFirst(['a', 'b', 'c'], of, 1, 'c')).toEqual(['c']);
    expect(blocksNamingFirst(['a', 'b'], of, 3, 'e')).toEqual(['a']);
  });
});

const PERSON: MatchedEntity = { id: 'p', type: 'person', name: 'سيرغي لافروف' };
const ORG: MatchedEntity = { id: 'o', type: 'org', name: 'مجلس الأمن' };
const UN: MatchedEntity = { id: 'u', type: 'org', name: 'الأمم المتحدة' };

beforeAll(() => {
  // happy-dom has no Custom Highlight API: a Highlight is a set of ranges with a priority
  (globalThis as { Highlight?: unknown }).Highlight ??= class extends Set<AbstractRange> {
    priority = 0;
  };
  // and no layout: an element with data-top is a line 20 px high at that height, the others have no box
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = Number(this.getAttribute('data-top') ?? NaN);
    return Number.isNaN(top)
      ? new DOMRect(0, 0, 0, 0)
      : new DOMRect(0, top - document.documentElement.scrollTop, 500, 20);
  });
});
afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * A ticker on top, then paragraphs, one a line (data-top), each naming the entities listed for it; `far` is three
 * screens down. Every block is read once.
 */
function page(paragraphs: Record<string, MatchedEntity[]>) {
  const ids = Object.keys(paragraphs);
  document.body.innerHTML =
    '<div id="ticker" data-top="0">عاجل</div>' +
    ids
      .map((id, k) => {
        const text = paragraphs[id]!.map((e) => e.name).join(' و');
        return `<p id="${id}" data-top="${id === 'far' ? 3 * innerHeight : 20 * (k + 1)}">${text}</p>`;
      })
      .join('');
  const registry = new Map<string, Highlight>();
  const highlighter = new Highlighter(registry as unknown as HighlightRegistry);
  const block = (id: string) => document.getElementById(id)!;
  const entities = [PERSON, ORG, UN, ...Object.values(paragraphs).flat()];
  const batch = new OccurrenceBatch(entities);
  for (const id of ids) {
    const text = block(id).firstChild as Text;
    let at = 0;
    for (const e of paragraphs[id]!) {
      batch.push(block(id), text, at, text, at + e.name.length, entities.indexOf(e));
      at += e.name.length + 2;
    }
  }
  highlighter.addAll(batch);
  highlighter.showWaiting();
  /** the ids of the blocks with a registered range, in document order */
  const marked = () => {
    const ranges = [HIGHLIGHT_NAMES.person, HIGHLIGHT_NAMES.org].flatMap((name) => [
      ...((registry.get(name) as Set<Range> | undefined) ?? []),
    ]);
    return ids.filter((id) => ranges.some((r) => block(id).contains(r.startContainer)));
  };
  return { highlighter, block, marked };
}

describe('while a region keeps changing, the page', () => {
  it('keeps marked only the blocks on screen that name an entity first, and all again once it is quiet', () => {
    const { highlighter, block, marked } = page({
      a: [PERSON, ORG],
      b: [PERSON],
      c: [ORG, UN],
      d: [UN, PERSON],
      far: [PERSON],
    });
    expect(marked()).toEqual(['a', 'b', 'c', 'd', 'far']);
    highlighter.holdBack(block('ticker'));
    expect(marked()).toEqual(['a', 'c']);
    // the pointer finds only what is marked
    expect(highlighter.at(block('b').firstChild!)).toEqual([]);
    expect(highlighter.at(block('a').firstChild!).map((m) => m.entity.id)).toEqual(['p', 'o']);
    // every mention is still counted, for the badge and the popup
    expect(highlighter.entityCounts().get('p')?.count).toBe(4);
    highlighter.release(block('ticker'));
    expect(marked()).toEqual(['a', 'b', 'c', 'd', 'far']);
    expect(highlighter.at(block('b').firstChild!)).toHaveLength(1);
  });

  it(`keeps at most ${MAX_BLOCKS_WHILE_HOT} blocks marked, from the top of the screen`, () => {
    const many: Record<string, MatchedEntity[]> = {};
    for (let k = 0; k < MAX_BLOCKS_WHILE_HOT + 3; k++)
      many[`p${k}`] = [{ id: `e${k}`, type: 'person', name: `الوزير${'ا'.repeat(k)} فلان` }];
    const { highlighter, block, marked } = page(many);
    highlighter.holdBack(block('ticker'));
    expect(marked()).toEqual(Object.keys(many).slice(0, MAX_BLOCKS_WHILE_HOT));
  });

  it('marks first the block of the mention the reader asked to see', async () => {
    const { highlighter, block, marked } = page({ a: [PERSON, ORG], b: [PERSON], c: [ORG, UN] });
    highlighter.holdBack(block('ticker'));
    expect(marked()).toEqual(['a', 'c']);
    highlighter.prefer(block('b'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(marked()).toEqual(['a', 'b', 'c']);
    expect(highlighter.at(block('b').firstChild!)).toHaveLength(1);
  });
});
