import type { Responses } from '../messages/protocol';
import { Highlighter } from './highlighter';
import { collectText, locate } from './page-text';
import { createBudget } from './slices';

export type MatchText = (text: string) => Promise<Responses['match']>;

/**
 * Finds and highlights the mentions under some roots of a page: collects their text in slices, has the
 * background match it (the automaton lives there, compiled once for every tab), and turns the hits into ranges.
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
    const page = { text: '', nodes: [] as Text[], starts: [] as number[] };
    for (const root of roots) await collectText(root, budget, page);
    if (!page.nodes.length) { for (const root of roots) this.highlighter.removeWithin(root); return; }
    const result = await this.match(page.text);
    if (generation !== this.generation) return;
    for (const root of roots) this.highlighter.removeWithin(root);
    this.revision = result.revision;
    const { hits, entities } = result;
    for (let k = 0; k < hits.length; k += 3) {
      if (k % 768 === 0) { const pause = budget(); if (pause) { await pause; if (generation !== this.generation) return; } }
      const from = locate(page, hits[k]!, false);
      const to = locate(page, hits[k + 1]!, true);
      // the page may have changed while the background matched: a node that left, or shrank, is skipped
      if (!from.node.isConnected || !to.node.isConnected || to.offset > to.node.length || from.offset > from.node.length) continue;
      const range = new Range();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      this.highlighter.add({ range, entity: entities[hits[k + 2]!]! });
    }
  }

  /** Drops every highlight and any scan under way. */
  reset(): void {
    this.generation++;
    this.highlighter.clear();
    this.revision = -1;
  }
}
