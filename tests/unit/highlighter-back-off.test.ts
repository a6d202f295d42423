// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MatchedEntity } from '../../lib/messages/protocol';
import { HIGHLIGHT_NAMES, Highlighter } from '../../lib/page/highlighter';
import { OccurrenceBatch } from '../../lib/page/occurrence-batch';

const PERSON: MatchedEntity = { id: 'p', type: 'person', name: 'سيرغي لافروف' };

beforeAll(() => {
  // happy-dom has no Custom Highlight API: a Highlight is a set of ranges with a priority
  (globalThis as { Highlight?: unknown }).Highlight ??= class extends Set<AbstractRange> {
    priority = 0;
  };
});
afterEach(() => {
  document.body.innerHTML = '';
});

/** A short page: a ticker and two paragraphs, each naming PERSON once (at 0 … 12 of its text). */
function page() {
  document.body.innerHTML =
    '<div id="ticker">سيرغي لافروف في نيويورك</div><p id="a">سيرغي لافروف قال</p><p id="b">سيرغي لافروف أضاف</p>';
  const registry = new Map<string, Highlight>();
  const highlighter = new Highlighter(registry as unknown as HighlightRegistry);
  const block = (id: string) => document.getElementById(id)!;
  const read = (...ids: string[]) => {
    const batch = new OccurrenceBatch([PERSON]);
    for (const id of ids) {
      const text = block(id).firstChild as Text;
      batch.push(block(id), text, 0, text, 12, 0);
    }
    highlighter.addAll(batch);
    highlighter.showWaiting();
  };
  /** the ids of the blocks with a registered range */
  const marked = () =>
    [...((registry.get(HIGHLIGHT_NAMES.person) as Set<Range> | undefined) ?? [])]
      .map((r) => (r.startContainer.parentNode as Element).id)
      .sort();
  return { highlighter, block, read, marked };
}

describe('the highlights of a region that keeps changing', () => {
  it('are removed when it is held back, and its new mentions are not registered until it is released', () => {
    const { highlighter, block, read, marked } = page();
    read('ticker', 'a', 'b');
    expect(marked()).toEqual(['a', 'b', 'ticker']);
    highlighter.holdBack(block('ticker'));
    expect(marked()).not.toContain('ticker');
    // read while held back (a scan under way): kept, not shown, and not under the pointer
    read('ticker');
    expect(marked()).not.toContain('ticker');
    expect(highlighter.at(block('ticker').firstChild!)).toEqual([]);
    highlighter.release(block('ticker'));
    // released, a short page registers every block again, the ticker's reading included
    expect(marked()).toEqual(['a', 'b', 'ticker']);
    expect(highlighter.at(block('ticker').firstChild!)).toHaveLength(1);
  });

  it('stay away while another region is still held back', () => {
    const { highlighter, block, read, marked } = page();
    read('ticker', 'a', 'b');
    highlighter.holdBack(block('ticker'));
    highlighter.holdBack(block('a'));
    read('ticker', 'a');
    highlighter.release(block('a'));
    expect(marked()).not.toContain('ticker');
    highlighter.release(block('ticker'));
    expect(marked()).toEqual(['a', 'b', 'ticker']);
  });

  it('are held back across a reset of the page (a new dictionary) until released', () => {
    const { highlighter, block, read, marked } = page();
    read('ticker', 'a', 'b');
    highlighter.holdBack(block('ticker'));
    highlighter.clear();
    read('ticker', 'a', 'b');
    expect(marked()).not.toContain('ticker');
    highlighter.release(block('ticker'));
    expect(marked()).toEqual(['a', 'b', 'ticker']);
  });
});
