import type { EntityType } from '../dictionary/schema';
import type { MatchedEntity } from '../messages/protocol';
import { isIntact, type Occurrence, rangeOf } from './occurrence';
import type { OccurrenceBatch } from './occurrence-batch';
import { blocksNamingFirst } from './first-mentions';
import { blockOf } from './text-walk';
import { blocksInViewport } from './viewport';
import { yieldToMain } from './slices';

/** The names of the CSS highlights, styled by entrypoints/content/style.css. */
export const HIGHLIGHT_NAMES: Record<EntityType, string> = { person: 'kashif-person', org: 'kashif-org' };
/**
 * Entities learned from pages that the reader has not confirmed: one quieter highlight of their own for both
 * types (the card says which), so that what Kashif only guessed does not look like what it knows.
 */
export const NEW_HIGHLIGHT_NAME = 'kashif-new';
type HighlightKind = EntityType | 'new';
const kindOf = (entity: MatchedEntity): HighlightKind => (entity.learned === 'new' ? 'new' : entity.type);
const KINDS = ['person', 'org', 'new'] as const;
const NAMES: Record<HighlightKind, string> = { ...HIGHLIGHT_NAMES, new: NEW_HIGHLIGHT_NAME };

/**
 * A block's mentions: objects once the block needed them (registered, hovered, revealed), before that the runs of
 * the scans' batches that hold them (see OccurrenceBatch).
 */
interface BlockOccurrences {
  occurrences?: Occurrence[];
  /** triples: batch, first mention, end */
  runs: (OccurrenceBatch | number)[];
  count: number;
}

/**
 * Up to this many mentions, every one is registered at once. Beyond it, only the mentions of blocks near the
 * viewport are: Chromium re-processes every registered range on each frame after a highlight changes (about
 * 140 ms for 60,000 ranges), so a long page registers what the reader can see, and more as they scroll.
 */
export const REGISTER_ALL_UP_TO = 1500;
/** How far beyond the viewport blocks count as near: two screens above and below. */
const NEAR_SCREENS = 2;
/**
 * While a region of the page keeps changing (see `holdBack`), only blocks on screen are registered, and of those
 * only the first to name each entity (first-mentions.ts): every DOM change makes the browser rebuild the markers
 * of every registered range and repaint their text, so each marked text node costs the page on every frame while
 * anything on it changes.
 */
const NEAR_SCREENS_WHILE_HOT = 0;
/** How often, at most, the blocks near the viewport are looked for again while the reader scrolls. */
const FOLLOW_MS = 100;
/**
 * How often, at most, new ranges join the highlights while a scan goes on, after the first ones; the rest join
 * when the scan ends (`showWaiting`). After every change of a highlight the browser rebuilds the markers of every
 * registered range on the next frame (the cost grows faster than the ranges in one text node): a scan that added
 * each slice's ranges as it went had a block of 900,000 characters rebuilt on every frame of its scan.
 */
const SHOW_EVERY_MS = 1000;
/** How long one task of adding ranges may run (see slices.ts). */
const SHOW_SLICE_MS = 12;

/**
 * The page's highlights: one CSS Highlight per entity type, registered in CSS.highlights. Ranges only point into
 * the page; the DOM is never changed. Mentions are indexed by block: to replace a changed block's mentions, to
 * register by visibility, and to hit-test the pointer (a text node's mentions are in its block's list).
 */
export class Highlighter {
  private readonly highlights: Record<HighlightKind, Highlight>;
  private readonly byBlock = new Map<Node, BlockOccurrences>();
  private readonly registered = new Set<Node>();
  /**
   * Past REGISTER_ALL_UP_TO, the blocks near the viewport are found from their boxes when the reader scrolls
   * (viewport.ts), not by an IntersectionObserver: the observer computes every target's intersection on every
   * frame, which on a page that repaints all the time (a ticker) or holds tens of thousands of blocks cost more
   * than the page itself.
   */
  private stopFollowing?: () => void;
  /** following the viewport only because a region keeps changing: a short page registers all again after */
  private followingForHeat = false;
  /** regions that keep changing: none of their mentions are registered until `release` */
  private readonly hot = new Set<Node>();
  /** the block of the mention the reader last asked to see (see `prefer`) */
  private preferred: Node | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private count = 0;
  /**
   * Mentions by entity id, kept as mentions come and go: the badge is updated after every scan, and counting a long
   * page's blocks each time made one task that grew with the page.
   */
  private readonly counts = new Map<string, { entity: MatchedEntity; count: number }>();
  /** the highlights are in the page's registry (see `flushShown`) */
  private inRegistry = false;
  private newInRegistry = false;
  /** mentions to add to the highlights at the next flush (see SHOW_EVERY_MS), each with its block's entry then */
  private toShow: [BlockOccurrences, Occurrence][] = [];
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private lastShown = -Infinity;

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {
    this.highlights = { person: new Highlight(), org: new Highlight(), new: new Highlight() };
    for (const kind of KINDS) this.highlights[kind].priority = 1;
  }

  /** Adds the mention's range to its highlight soon (see SHOW_EVERY_MS): the first ones in the next task. */
  private show(entry: BlockOccurrences, m: Occurrence) {
    this.toShow.push([entry, m]);
    if (this.showTimer === undefined)
      this.showTimer = setTimeout(
        () => this.flushShown(),
        Math.max(0, this.lastShown + SHOW_EVERY_MS - performance.now()),
      );
  }

  /**
   * A scan ended: what it found joins the highlights now (a slice's worth; the rest after a yield). Not by a timer:
   * the next scan's slices resume by scheduler.yield, ahead of timers, and held the first highlights back.
   */
  showWaiting(): void {
    if (!this.toShow.length) return;
    clearTimeout(this.showTimer);
    this.flushShown();
  }

  /**
   * Adds the mentions waiting to their highlights, for a slice's time (the rest in the next task), those of blocks
   * still registered, still intact, and not read again since (a block read again has a new entry). The highlights join the page's registry with their first ranges, not
   * before: each change of the registry costs the page a pre-paint of the whole document (tens of ms on a 5 MB
   * page), and a page without mentions should pay nothing. The 'new' highlight joins with its own first range: most
   * pages have no learned entity.
   */
  private flushShown() {
    this.showTimer = undefined;
    this.lastShown = performance.now();
    if (!this.inRegistry && this.toShow.length) {
      this.inRegistry = true;
      for (const type of ['person', 'org'] as const) this.registry.set(NAMES[type], this.highlights[type]);
    }
    const waiting = this.toShow;
    let i = 0;
    for (; i < waiting.length; i++) {
      if (i % 256 === 255 && performance.now() - this.lastShown > SHOW_SLICE_MS) break;
      const [entry, m] = waiting[i]!;
      if (this.byBlock.get(m.block) === entry && this.registered.has(m.block) && isIntact(m)) {
        const kind = kindOf(m.entity);
        if (kind === 'new' && !this.newInRegistry) {
          this.newInRegistry = true;
          this.registry.set(NEW_HIGHLIGHT_NAME, this.highlights.new);
        }
        this.highlights[kind].add(rangeOf(m));
      }
    }
    this.toShow = i < waiting.length ? waiting.slice(i) : [];
    if (this.toShow.length) void yieldToMain().then(() => this.showWaiting());
  }

  /**
   * Adds the mentions of a scan (a slice's worth: the work here grows with the batch); blocks are registered now
   * (short pages, blocks that are not elements) or when near the viewport.
   */
  addAll(batch: OccurrenceBatch): void {
    const blocks: Node[] = [];
    const added: Node[] = [];
    for (let r = 0; r < batch.runBlocks.length; r++) {
      const block = batch.runBlocks[r]!;
      const from = batch.runStarts[r]!;
      const to = batch.runEnd(r);
      let entry = this.byBlock.get(block);
      if (!entry) {
        this.byBlock.set(block, (entry = { runs: [], count: 0 }));
        added.push(block);
      }
      blocks.push(block);
      entry.count += to - from;
      if (!entry.occurrences) {
        entry.runs.push(batch, from, to);
        continue;
      }
      // more text of a block whose mentions are objects already (it resumed after a nested block, in the next
      // piece): made now, and shown now when the block is on show
      const shown = this.registered.has(block);
      for (let i = from; i < to; i++) {
        const m = batch.occurrence(i, block);
        entry.occurrences.push(m);
        if (shown && isIntact(m)) this.show(entry, m);
      }
    }
    this.count += batch.count;
    this.tally(batch);
    if (this.count <= REGISTER_ALL_UP_TO && !this.stopFollowing) {
      for (const b of blocks) this.register(b);
      return;
    }
    if (this.count > REGISTER_ALL_UP_TO) this.followingForHeat = false;
    // past the threshold: from now on, nearness to the viewport decides; blocks that are not elements, at once.
    // The blocks near the viewport are looked for in a task of their own, once for the batches of several slices
    for (const b of added) if (!(b instanceof Element)) this.register(b);
    this.follow();
    this.registerNearSoon(FOLLOW_MS);
  }

  /** Counts a batch's mentions by entity: tallied by the reply's entity index first, a map lookup per entity. */
  private tally(batch: OccurrenceBatch) {
    const tally = batch.newTally();
    batch.tallyEntities(0, batch.count, tally);
    tally.forEach((n, e) => {
      if (n > 0) this.countEntity(batch.entityAt(e), n);
    });
  }

  private countEntity(entity: MatchedEntity, n: number) {
    const seen = this.counts.get(entity.id);
    if (!seen) this.counts.set(entity.id, { entity, count: n });
    else if ((seen.count += n) <= 0) this.counts.delete(entity.id);
  }

  /**
   * Forgets every occurrence in `roots` (inclusive) or in blocks inside them, except in `keep` and below. One
   * pass over the blocks, each looking its ancestors up in a set: a batch of changes has many roots and a long
   * page many blocks, and comparing each with each was quadratic.
   */
  removeWithin(roots: readonly Node[], keep?: ReadonlySet<Node>): void {
    const within = new Set(roots);
    for (const [block, entry] of this.byBlock) {
      for (let p: Node | null = block; p; p = p.parentNode) {
        if (keep?.has(p)) break;
        if (within.has(p)) {
          this.forget(block, entry);
          break;
        }
      }
    }
  }

  /**
   * Forgets the mentions of blocks that left the document. A block still in it whose text changed is re-read
   * whole (lib/page/changes.ts reports it), so checking blocks, not each mention, is enough: this runs on every
   * batch of changes, and a long page has tens of thousands of mentions.
   */
  pruneDisconnected(): void {
    for (const [block, entry] of this.byBlock) if (!block.isConnected) this.forget(block, entry);
  }

  clear(): void {
    for (const [block, entry] of this.byBlock) this.forget(block, entry);
    // the regions held back stay so until the watcher of changes releases them (also when it stops)
    if (this.hot.size) this.followingForHeat = true;
    else {
      this.stopFollowing?.();
      this.stopFollowing = undefined;
      this.followingForHeat = false;
    }
    this.count = 0;
    this.counts.clear();
    clearTimeout(this.showTimer);
    this.showTimer = undefined;
    this.toShow = [];
  }

  /**
   * `region` keeps changing (lib/page/changes.ts): its mentions go, none in it is registered until `release`, and
   * meanwhile only the blocks on screen are (see NEAR_SCREENS_WHILE_HOT), followed as the reader scrolls.
   */
  holdBack(region: Node): void {
    this.hot.add(region);
    this.removeWithin([region]);
    if (!this.stopFollowing) this.followingForHeat = true;
    this.follow();
    this.registerNear();
  }

  /**
   * `region` is calm again (or gone): it may be registered when read again. Once no region is hot, the blocks near
   * the viewport are registered again, or every block on a short page.
   */
  release(region: Node): void {
    if (!this.hot.delete(region) || this.hot.size) return;
    if (this.followingForHeat && this.count <= REGISTER_ALL_UP_TO) {
      this.stopFollowing?.();
      this.stopFollowing = undefined;
      this.followingForHeat = false;
      for (const b of this.byBlock.keys()) this.register(b);
      this.showWaiting();
    } else if (this.stopFollowing) this.registerNear();
  }

  /**
   * The reader asked to see a mention in `block` (the popup's «on this page»): while a region keeps changing, it is
   * the first block kept on screen, so that the name shown is also marked and answers the pointer.
   */
  prefer(block: Node): void {
    this.preferred = block;
    if (this.hot.size && this.stopFollowing) this.registerNearSoon(0);
  }

  /** Is `block` in a region that keeps changing? */
  private isHeldBack(block: Node): boolean {
    if (!this.hot.size) return false;
    for (let p: Node | null = block; p; p = p.parentNode) if (this.hot.has(p)) return true;
    return false;
  }

  /** The mentions that start or end in text node `node`, when their block is registered (they are on show). */
  at(node: Node): readonly Occurrence[] {
    // no name spans a block separator, so a mention's text nodes are all in its block: no index by node needed
    const block = blockOf(node);
    const entry = this.registered.has(block) ? this.byBlock.get(block) : undefined;
    return entry ? this.blockOccurrences(block, entry).filter((m) => m.startNode === node || m.endNode === node) : [];
  }

  /** The mentions of entity `id` (their blocks' mentions become objects; the other blocks' stay as they are). */
  occurrencesOf(id: string): Occurrence[] {
    const found: Occurrence[] = [];
    for (const [block, entry] of this.byBlock) {
      let holds = !!entry.occurrences;
      forEachRun(entry, (batch, from, to) => {
        for (let i = from; i < to && !holds; i++) holds = batch.entity(i).id === id;
      });
      if (holds) for (const m of this.blockOccurrences(block, entry)) if (m.entity.id === id) found.push(m);
    }
    return found;
  }

  /** Each entity mentioned, by id, and how many times (for the badge and the popup's «on this page»). */
  entityCounts(): ReadonlyMap<string, { readonly entity: MatchedEntity; readonly count: number }> {
    return this.counts;
  }

  /** The ids of the entities `block` mentions. */
  private entityIdsOf(block: Node): Set<string> {
    const ids = new Set<string>();
    const entry = this.byBlock.get(block);
    if (!entry) return ids;
    for (const m of entry.occurrences ?? []) ids.add(m.entity.id);
    forEachRun(entry, (batch, from, to) => {
      for (let i = from; i < to; i++) ids.add(batch.entity(i).id);
    });
    return ids;
  }

  /** The block's mentions as objects, made now if they were not yet. */
  private blockOccurrences(block: Node, entry: BlockOccurrences): Occurrence[] {
    if (!entry.occurrences) {
      const mentions: Occurrence[] = (entry.occurrences = []);
      forEachRun(entry, (batch, from, to) => {
        for (let i = from; i < to; i++) mentions.push(batch.occurrence(i, block));
      });
      entry.runs = [];
    }
    return entry.occurrences;
  }

  /** Registers the blocks near the viewport again as the reader scrolls or resizes (at most every FOLLOW_MS). */
  private follow() {
    if (this.stopFollowing) return;
    const onMove = () => this.registerNearSoon(FOLLOW_MS);
    window.addEventListener('scroll', onMove, { passive: true, capture: true });
    window.addEventListener('resize', onMove, { passive: true });
    this.stopFollowing = () => {
      clearTimeout(this.followTimer);
      this.followTimer = undefined;
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
  }

  /** `registerNear` in `ms`, unless it is due already. */
  private registerNearSoon(ms: number) {
    if (this.followTimer !== undefined) return;
    this.followTimer = setTimeout(() => {
      this.followTimer = undefined;
      this.registerNear();
    }, ms);
  }

  /**
   * Registers the blocks near the viewport and lets the element blocks far from it go, in one batch of changes.
   * While a region keeps changing: only the blocks on screen that name an entity first (see first-mentions.ts).
   */
  private registerNear() {
    let near = new Set<Node>();
    for (const element of blocksInViewport(this.hot.size ? NEAR_SCREENS_WHILE_HOT : NEAR_SCREENS, true)) {
      for (let c = element.firstChild; c; c = c.nextSibling)
        if (c.nodeType === Node.TEXT_NODE) {
          near.add(blockOf(c));
          break;
        }
    }
    if (this.hot.size) {
      const candidates = [...near].filter((b) => this.byBlock.has(b) && !this.isHeldBack(b));
      near = new Set(blocksNamingFirst(candidates, (b) => this.entityIdsOf(b), undefined, this.preferred));
    }
    for (const b of [...this.registered]) if (b instanceof Element && !near.has(b)) this.unregister(b);
    for (const b of near) if (this.byBlock.has(b)) this.register(b);
    this.showWaiting();
  }

  private register(block: Node) {
    if (this.registered.has(block) || this.isHeldBack(block)) return;
    this.registered.add(block);
    const entry = this.byBlock.get(block);
    if (entry) for (const m of this.blockOccurrences(block, entry)) if (isIntact(m)) this.show(entry, m);
  }

  private unregister(block: Node) {
    if (!this.registered.delete(block)) return;
    for (const m of this.byBlock.get(block)?.occurrences ?? []) {
      if (!m.range) continue;
      this.highlights[kindOf(m.entity)].delete(m.range);
      // a live Range off screen only costs upkeep on every DOM change: make it again if the block comes back
      m.range = undefined;
    }
  }

  private forget(block: Node, entry: BlockOccurrences) {
    for (const m of entry.occurrences ?? []) {
      if (m.range) this.highlights[kindOf(m.entity)].delete(m.range);
      this.countEntity(m.entity, -1);
    }
    forEachRun(entry, (batch, from, to) => {
      for (let i = from; i < to; i++) this.countEntity(batch.entity(i), -1);
    });
    this.count -= entry.count;
    this.byBlock.delete(block);
    this.registered.delete(block);
  }
}

function forEachRun(entry: BlockOccurrences, visit: (batch: OccurrenceBatch, from: number, to: number) => void) {
  const runs = entry.runs;
  for (let k = 0; k < runs.length; k += 3)
    visit(runs[k] as OccurrenceBatch, runs[k + 1] as number, runs[k + 2] as number);
}
