import type { EntityType } from '../dictionary/schema';
import type { MatchedEntity } from '../messages/protocol';

/** The names of the CSS highlights, styled by entrypoints/content/style.css. */
export const HIGHLIGHT_NAMES: Record<EntityType, string> = { person: 'kashif-person', org: 'kashif-org' };

/** A mention's place on the page, as text-node offsets; its Range is made only when needed. */
export interface Mention {
  entity: MatchedEntity;
  /** the block (nearest non-inline ancestor) of its first text node */
  block: Node;
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  range?: Range;
}

/**
 * Up to this many mentions, every one is registered at once. Beyond it, only the mentions of blocks near the
 * viewport are: Chromium re-processes every registered range on each frame after a highlight changes (about
 * 140 ms for 60,000 ranges), so a long page registers what the reader can see, and more as they scroll.
 */
export const REGISTER_ALL_UP_TO = 1500;
/** How far beyond the viewport blocks count as near: two screens above and below. */
const NEAR_VIEWPORT = '200% 0px 200% 0px';

/**
 * The page's highlights: one CSS Highlight per entity type, registered in CSS.highlights. Ranges only point into
 * the page; the DOM is never changed. Mentions are indexed by block (to replace a changed block's mentions and
 * to register by visibility) and by text node (to hit-test the pointer).
 */
export class Highlighter {
  private readonly highlights: Record<EntityType, Highlight>;
  private readonly byBlock = new Map<Node, Mention[]>();
  private readonly byNode = new Map<Node, Mention[]>();
  private readonly registered = new Set<Node>();
  private observer?: IntersectionObserver;
  private count = 0;

  constructor(registry: HighlightRegistry = CSS.highlights) {
    this.highlights = { person: new Highlight(), org: new Highlight() };
    for (const type of ['person', 'org'] as const) {
      this.highlights[type].priority = 1;
      registry.set(HIGHLIGHT_NAMES[type], this.highlights[type]);
    }
  }

  /** Adds the mentions of a scan; blocks are registered now (short pages, blocks that are not elements) or when near the viewport. */
  addAll(mentions: Mention[]): void {
    const blocks = new Set<Node>();
    for (const m of mentions) {
      push(this.byBlock, m.block, m);
      push(this.byNode, m.startNode, m);
      if (m.endNode !== m.startNode) push(this.byNode, m.endNode, m);
      blocks.add(m.block);
    }
    this.count += mentions.length;
    if (this.count <= REGISTER_ALL_UP_TO && !this.observer) {
      for (const b of blocks) this.register(b);
      return;
    }
    // past the threshold: from now on, visibility decides (what is registered and off screen goes at the next callback)
    const observer = this.ensureObserver();
    for (const b of [...this.byBlock.keys()]) {
      if (b instanceof Element) observer.observe(b);
      else this.register(b);
    }
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
      const gone = mentions.filter((m) => !isIntact(m));
      if (!gone.length) continue;
      this.forget(block, gone);
      const kept = mentions.filter((m) => !gone.includes(m));
      if (kept.length) {
        this.byBlock.set(block, kept);
        if (this.registered.has(block)) for (const m of kept) this.highlights[m.entity.type].add(rangeOf(m));
      }
    }
  }

  clear(): void {
    for (const [block, mentions] of this.byBlock) this.forget(block, mentions);
    this.observer?.disconnect();
    this.observer = undefined;
    this.count = 0;
  }

  /** The mentions whose text includes `node`. */
  at(node: Node): readonly Mention[] {
    return this.byNode.get(node) ?? [];
  }

  all(): Mention[] {
    return [...this.byBlock.values()].flat();
  }

  private ensureObserver(): IntersectionObserver {
    this.observer ??= new IntersectionObserver((entries) => {
      // one batch of registrations per callback: each change of a highlight costs a re-process of its ranges
      for (const e of entries) {
        if (e.isIntersecting) this.register(e.target);
        else this.unregister(e.target);
      }
    }, { rootMargin: NEAR_VIEWPORT });
    return this.observer;
  }

  private register(block: Node) {
    if (this.registered.has(block)) return;
    this.registered.add(block);
    for (const m of this.byBlock.get(block) ?? []) if (isIntact(m)) this.highlights[m.entity.type].add(rangeOf(m));
  }

  private unregister(block: Node) {
    if (!this.registered.delete(block)) return;
    for (const m of this.byBlock.get(block) ?? []) {
      if (!m.range) continue;
      this.highlights[m.entity.type].delete(m.range);
      // a live Range off screen only costs upkeep on every DOM change: make it again if the block comes back
      m.range = undefined;
    }
  }

  private forget(block: Node, mentions: Mention[]) {
    for (const m of mentions) {
      if (m.range) this.highlights[m.entity.type].delete(m.range);
      for (const node of [m.startNode, m.endNode]) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const rest = list.filter((x) => x !== m);
        if (rest.length) this.byNode.set(node, rest);
        else this.byNode.delete(node);
      }
    }
    this.count -= mentions.length;
    this.byBlock.delete(block);
    this.registered.delete(block);
    if (block instanceof Element) this.observer?.unobserve(block);
  }
}

/** The mention's live Range (made on first use: for the highlight, the hover card, a scroll to it). */
export function rangeOf(m: Mention): Range {
  if (!m.range) {
    m.range = new Range();
    m.range.setStart(m.startNode, m.startOffset);
    m.range.setEnd(m.endNode, m.endOffset);
  }
  return m.range;
}

/** Its text nodes are still in the document and still long enough. */
function isIntact(m: Mention): boolean {
  return m.startNode.isConnected && m.endNode.isConnected && m.startOffset <= m.startNode.length && m.endOffset <= m.endNode.length && !(m.range?.collapsed);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
