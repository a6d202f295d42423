import type { EntityType } from '../dictionary/schema';
import type { MatchedEntity } from '../messages/protocol';
import { blockOf } from './page-text';

/** The names of the CSS highlights, styled by entrypoints/content/style.css. */
export const HIGHLIGHT_NAMES: Record<EntityType, string> = { person: 'kashif-person', org: 'kashif-org' };

export interface Mention {
  range: Range;
  entity: MatchedEntity;
}

/**
 * The page's highlights: one CSS Highlight per entity type, registered in CSS.highlights. Ranges only point into
 * the page; the DOM is never changed. Mentions are indexed by their block (to replace a changed block's
 * mentions) and by text node (to hit-test the pointer).
 */
export class Highlighter {
  private readonly highlights: Record<EntityType, Highlight>;
  private readonly byBlock = new Map<Node, Mention[]>();
  private readonly byNode = new Map<Node, Mention[]>();

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {
    this.highlights = { person: new Highlight(), org: new Highlight() };
    for (const type of ['person', 'org'] as const) {
      this.highlights[type].priority = 1;
      registry.set(HIGHLIGHT_NAMES[type], this.highlights[type]);
    }
  }

  add(mention: Mention): void {
    this.highlights[mention.entity.type].add(mention.range);
    push(this.byBlock, blockOf(mention.range.startContainer), mention);
    push(this.byNode, mention.range.startContainer, mention);
    if (mention.range.endContainer !== mention.range.startContainer) push(this.byNode, mention.range.endContainer, mention);
  }

  /** Forgets every mention in `root` (inclusive) or in blocks inside it. */
  removeWithin(root: Node): void {
    for (const [block, mentions] of this.byBlock) {
      if (block === root || root.contains(block)) this.forget(block, mentions);
    }
  }

  /** Forgets mentions whose text left the document or changed under them. */
  pruneDisconnected(): void {
    for (const [block, mentions] of this.byBlock) {
      const gone = mentions.filter((m) => !m.range.startContainer.isConnected || !m.range.endContainer.isConnected || m.range.collapsed);
      if (!gone.length) continue;
      this.forget(block, gone);
      const kept = mentions.filter((m) => !gone.includes(m));
      if (kept.length) this.byBlock.set(block, kept);
    }
  }

  clear(): void {
    for (const [block, mentions] of this.byBlock) this.forget(block, mentions);
  }

  /** The mentions whose text includes `node`. */
  at(node: Node): readonly Mention[] {
    return this.byNode.get(node) ?? [];
  }

  all(): Mention[] {
    return [...this.byBlock.values()].flat();
  }

  private forget(block: Node, mentions: Mention[]) {
    for (const m of mentions) {
      this.highlights[m.entity.type].delete(m.range);
      for (const node of [m.range.startContainer, m.range.endContainer]) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const rest = list.filter((x) => x !== m);
        if (rest.length) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
    this.byBlock.delete(block);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
