import type { Responses } from '../messages/protocol';
import type { EncodedText, TextCode } from '../text-code/code';
import { TextCodeWriter } from '../text-code/encode';
import type { Highlighter } from './highlighter';
import { OccurrenceBatch } from './occurrence-batch';
import { Locator } from './locator';
import { PageText } from './page-text';
import { collectText } from './text-walk';
import { createBudget, yieldToMain } from './slices';
import { Visibility } from './visibility';

/** Has the background match a piece of the page's text. */
export type MatchText = (piece: EncodedText) => Promise<Responses['match']>;

/**
 * Finds and highlights the mentions under some roots of a page: walks their text in slices, sends it to the
 * background piece by piece as it is read (the automaton lives there, compiled once for every tab), and records
 * the hits as mentions.
 */
export class PageAnnotator {
  /** dictionary revision of the highlights in place */
  revision = -1;
  /** bumped by `reset`: a scan that started before it drops its results */
  private generation = 0;
  private code?: TextCode;

  constructor(readonly highlighter: Highlighter, private readonly match: MatchText) {}

  /** From now on, text goes in the background's text code (lib/text-code), or as it is (undefined). */
  useTextCode(code: TextCode | undefined): void {
    this.code = code;
  }

  /** (Re)annotates `roots`: their old mentions go, the new ones come. */
  async annotate(roots: readonly Node[]): Promise<void> {
    const generation = this.generation;
    const budget = createBudget();
    const replies: { offset: number; reply: Promise<Responses['match']> }[] = [];
    const page = new PageText((piece, offset) => {
      // sent in a task of its own: sending is serialized on the spot, and the walk's slice may be spent already
      const reply = yieldToMain().then(() => this.match(piece));
      // a reply is awaited only after the walk, or never when a reset comes first: its failure is not unhandled
      reply.catch(() => undefined);
      replies.push({ offset, reply });
    }, this.code && new TextCodeWriter(this.code));
    const locator = new Locator(page);
    const visibility = new Visibility();
    for (const root of roots) await collectText(root, budget, page);
    page.finish();
    let cleared = false;
    const clearOld = () => { if (!cleared) for (const root of roots) this.highlighter.removeWithin(root); cleared = true; };
    for (const { offset, reply } of replies) {
      const result = await reply;
      if (generation !== this.generation) return;
      clearOld();
      this.revision = result.revision;
      const mentions = await this.occurrences(page, locator, visibility, offset, result, budget, generation);
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

  /**
   * The hits of one piece (offsets from `offset`) as occurrences, those in text drawn visibly only (see
   * visibility.ts); undefined when a reset came in between.
   */
  private async occurrences(page: PageText, locator: Locator, visibility: Visibility, offset: number, { hits, entities }: Responses['match'], budget: () => Promise<void> | undefined, generation: number): Promise<OccurrenceBatch | undefined> {
    const mentions = new OccurrenceBatch(entities);
    const { nodes, starts } = page;
    // the page may have changed while the background matched: a node that left, or shrank, is skipped. Asked once
    // per node (a node holds several hits), each answer a call into the DOM
    let checked = -1;
    let checkedLength = -1;
    const lengthIfConnected = (i: number) => {
      if (i !== checked) { checked = i; checkedLength = nodes[i]!.isConnected ? nodes[i]!.length : -1; }
      return checkedLength;
    };
    for (let k = 0; k < hits.length; k += 3) {
      // a visibility answer may cost a style and layout read: the budget is asked often
      if (k % 384 === 0) { const pause = budget(); if (pause) { await pause; if (generation !== this.generation) return undefined; } }
      const from = locator.nodeIndex(offset + hits[k]!, false);
      const startOffset = offset + hits[k]! - starts[from]!;
      if (startOffset > lengthIfConnected(from)) continue;
      const to = locator.nodeIndex(offset + hits[k + 1]!, true);
      const endOffset = offset + hits[k + 1]! - starts[to]!;
      if (endOffset > lengthIfConnected(to)) continue;
      if (!visibility.showsText(nodes[from]!) || (to !== from && !visibility.showsText(nodes[to]!))) continue;
      mentions.push(page.blocks[from]!, nodes[from]!, startOffset, nodes[to]!, endOffset, hits[k + 2]!);
    }
    return mentions;
  }
}
