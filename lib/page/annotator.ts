import type { Responses } from '../messages/protocol';
import type { Highlighter, Mention } from './highlighter';
import { BLOCK_SEPARATOR, collectText, locate, type PageText } from './page-text';
import { createBudget } from './slices';

export type MatchText = (text: string) => Promise<Responses['match']>;

/**
 * The page text goes to the background in pieces of about this many characters, cut between blocks (no name
 * spans a block separator, so the hits are the same): one message of a 5 MB page would be one long task to
 * serialize, and the first pieces come back highlighted while the rest are matched.
 */
export const PIECE_CHARS = 200_000;

/**
 * Finds and highlights the mentions under some roots of a page: collects their text in slices, has the
 * background match it (the automaton lives there, compiled once for every tab), and records the hits as mentions.
 */
export class PageAnnotator {
  /** dictionary revision of the highlights in place */
  revision = -1;
  /** bumped by `reset`: a scan that started before it drops its results */
  private generation = 0;

  constructor(readonly highlighter: Highlighter, private readonly match: MatchText) {}

  /** (Re)annotates `roots`: their old mentions go, the new ones come. */
  async annotate(roots: readonly Node[]): Promise<void> {
    const generation = this.generation;
    const budget = createBudget();
    const page: PageText = { text: '', nodes: [], starts: [], blocks: [] };
    for (const root of roots) await collectText(root, budget, page);
    let cleared = false;
    const clearOld = () => { if (!cleared) for (const root of roots) this.highlighter.removeWithin(root); cleared = true; };
    for (const [from, to] of pieces(page.text)) {
      const result = await this.match(page.text.slice(from, to));
      if (generation !== this.generation) return;
      clearOld();
      this.revision = result.revision;
      const mentions = await this.mentions(page, from, result, budget, generation);
      if (!mentions) return;
      this.highlighter.addAll(mentions);
    }
    clearOld();
  }

  /** Drops every highlight and any scan under way. */
  reset(): void {
    this.generation++;
    this.highlighter.clear();
    this.revision = -1;
  }

  /** The hits of one piece (offsets from `offset`) as mentions; undefined when a reset came in between. */
  private async mentions(page: PageText, offset: number, { hits, entities }: Responses['match'], budget: () => Promise<void> | undefined, generation: number): Promise<Mention[] | undefined> {
    const mentions: Mention[] = [];
    for (let k = 0; k < hits.length; k += 3) {
      if (k % 1536 === 0) { const pause = budget(); if (pause) { await pause; if (generation !== this.generation) return undefined; } }
      const from = locate(page, offset + hits[k]!, false);
      const to = locate(page, offset + hits[k + 1]!, true);
      // the page may have changed while the background matched: a node that left, or shrank, is skipped
      if (!from.node.isConnected || !to.node.isConnected || to.offset > to.node.length || from.offset > from.node.length) continue;
      mentions.push({ entity: entities[hits[k + 2]!]!, block: page.blocks[from.index]!, startNode: from.node, startOffset: from.offset, endNode: to.node, endOffset: to.offset });
    }
    return mentions;
  }
}

/** [from, to) pieces of `text` of about PIECE_CHARS, each ending at a block separator (or the end). */
export function pieces(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > PIECE_CHARS) {
      const cut = text.indexOf(BLOCK_SEPARATOR, from + PIECE_CHARS);
      to = cut < 0 ? text.length : cut;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}
