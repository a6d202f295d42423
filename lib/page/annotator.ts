import type { Responses } from '../messages/protocol';
import type { EncodedText, TextCode } from '../text-code/code';
import { TextCodeWriter } from '../text-code/encode';
import type { Highlighter } from './highlighter';
import { OccurrenceBatch } from './occurrence-batch';
import { Locator } from './locator';
import { PageText } from './page-text';
import { outermost } from './changes';
import { blockOf, collectText } from './text-walk';
import { blocksInViewport } from './viewport';
import { afterNextFrame, createBudget, yieldToMain } from './slices';
import { Visibility } from './visibility';

/**
 * How many text nodes one scan reads at most. Past it, Kashif's own work (the walk, the pieces, the occurrences
 * and their upkeep on every DOM change) would grow with a page that has no end, so the page is marked only where
 * the reader looks (see `annotatePage`). Generous for an article: a 5 MB news page has about a tenth of it.
 */
export const MAX_TEXT_NODES = 200_000;
/** How many mentions a scan hands the highlighter at a time (see `occurrences`). */
const ADD_EVERY = 256;
/** How long the reader's scrolling must pause before the blocks in view are read, on a page too large to read whole. */
const SCROLL_SETTLE_MS = 150;

/** Has the background match a piece of the page's text. */
export type MatchText = (piece: EncodedText) => Promise<Responses['match']>;

/** A scan's text, read and sent: its replies become highlights in `receive`. */
interface Sent {
  roots: readonly Node[];
  skip: ReadonlySet<Node> | undefined;
  page: PageText;
  replies: { offset: number; reply: Promise<Responses['match']> }[];
  /** the walk read everything (it did not stop at MAX_TEXT_NODES) */
  whole: boolean;
  generation: number;
  budget: () => Promise<void> | undefined;
}

/**
 * The viewport's text, read and sent ahead of the page's status (`PageAnnotator.readViewportEarly`). A change of
 * the page's text inside its blocks before it is taken voids it: the replies would point at text that moved.
 */
export class EarlyRead {
  private readonly sent: Promise<Sent | undefined>;
  private watched: ReadonlySet<Node> = new Set();
  private observer: MutationObserver | undefined;
  private changed = false;
  private dropped = false;
  private began = false;

  constructor(findBlocks: () => Node[], send: (blocks: Node[]) => Promise<Sent>) {
    // after the next frame, however late: its layout is then done, and the page's own (reading boxes before it
    // made the browser lay out a huge page inside Kashif's task). Not begun when taken, it is not used
    this.sent = afterNextFrame(Infinity).then(() => {
      if (this.dropped) return undefined;
      this.began = true;
      const blocks = findBlocks();
      if (!blocks.length) return undefined;
      this.watched = new Set(blocks);
      this.observer = new MutationObserver((records) => this.check(records));
      this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      return send(blocks);
    });
    // taken or not, a failed read is not an unhandled rejection
    this.sent.catch(() => undefined);
  }

  /** The read, sent (its replies may still be on their way); undefined when the page changed in its blocks. */
  async take(): Promise<Sent | undefined> {
    if (!this.began) {
      this.drop();
      return undefined;
    }
    const sent = await this.sent.catch(() => undefined);
    if (this.observer) this.check(this.observer.takeRecords());
    this.drop();
    return this.changed ? undefined : sent;
  }

  /** Stops watching the page (and reading it, if not begun: Kashif is off on it). */
  drop(): void {
    this.dropped = true;
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private check(records: MutationRecord[]) {
    for (const r of records)
      for (let p: Node | null = r.target; p && !this.changed; p = p.parentNode)
        if (this.watched.has(p)) this.changed = true;
    if (this.changed) this.drop();
  }
}

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
  /** the last whole-page scan stopped at MAX_TEXT_NODES: only what the reader scrolls to is marked */
  tooLarge = false;
  private stopFollowing?: () => void;

  constructor(
    readonly highlighter: Highlighter,
    private readonly match: MatchText,
  ) {}

  /** From now on, text goes in the background's text code (lib/text-code), or as it is (undefined). */
  useTextCode(code: TextCode | undefined): void {
    this.code = code;
  }

  /**
   * Reads the blocks in the viewport under `root` and sends their text now, before the page's status is known: the
   * first highlights then wait for one round trip to the background, not two. `annotatePage` uses it when given
   * it, unless the page's text changed inside those blocks in between.
   */
  readViewportEarly(root: Node): EarlyRead {
    return new EarlyRead(
      () => blocksToRead(root),
      (blocks) => this.send(blocks),
    );
  }

  /**
   * Annotates the whole page under `root`: the blocks in the viewport first (the highlights the reader sees come
   * first), then the rest, up to MAX_TEXT_NODES. On a page beyond that, the blocks that come into view are read as
   * the reader scrolls. `onUpdate` follows each step (for the badge). `early`: the viewport, read already.
   */
  async annotatePage(root: Node, onUpdate: () => void, early?: EarlyRead): Promise<void> {
    const generation = this.generation;
    const sentEarly = await early?.take();
    if (generation !== this.generation) return;
    // as blocks: a root inside a block (an inline element) would leave the block's occurrences to the whole-page
    // scan, which skips only what is listed here
    const inView = sentEarly ? sentEarly.roots : blocksToRead(root);
    if (inView.length) {
      await this.annotate(inView, undefined, sentEarly);
      onUpdate();
    }
    if (generation !== this.generation) return;
    const read = new Set(inView);
    this.tooLarge = !(await this.annotate([root], read));
    onUpdate();
    if (!this.tooLarge || generation !== this.generation) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const readInView = () => {
      const blocks = blocksToRead(root).filter((b) => !read.has(b));
      for (const b of blocks) read.add(b);
      if (blocks.length) void this.annotate(blocks).then(onUpdate);
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(readInView, SCROLL_SETTLE_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    // the reader may have scrolled while the page was read
    readInView();
    this.stopFollowing?.();
    this.stopFollowing = () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll, true);
    };
  }

  /**
   * (Re)annotates `roots` (blocks in `skip` left out): their old occurrences go, the new ones come. False when it
   * stopped at MAX_TEXT_NODES. `sent`: their text, read and sent already.
   */
  async annotate(roots: readonly Node[], skip?: ReadonlySet<Node>, sent?: Sent): Promise<boolean> {
    try {
      return await this.receive(await (sent ?? this.send(roots, skip)));
    } finally {
      // one change of the highlights per scan, not one per slice (see Highlighter.show)
      this.highlighter.showWaiting();
    }
  }

  /** Reads the text under `roots` and sends it to the background piece by piece, as it is read. */
  private async send(roots: readonly Node[], skip?: ReadonlySet<Node>): Promise<Sent> {
    const generation = this.generation;
    const budget = createBudget();
    const replies: Sent['replies'] = [];
    const page = new PageText(
      (piece, offset) => {
        // sent in a task of its own: sending is serialized on the spot, and the walk's slice may be spent already
        const reply = yieldToMain().then(() => this.match(piece));
        // a reply is awaited only after the walk, or never when a reset comes first: its failure is not unhandled
        reply.catch(() => undefined);
        replies.push({ offset, reply });
      },
      this.code && new TextCodeWriter(this.code),
    );
    let whole = true;
    for (const root of roots)
      if (whole) whole = await collectText(root, budget, page, { skip, maxTextNodes: MAX_TEXT_NODES });
    page.finish();
    return { roots, skip, page, replies, whole, generation, budget };
  }

  /** A scan's replies as highlights: the old ones under its roots go when the first reply comes. */
  private async receive({ roots, skip, page, replies, whole, generation, budget }: Sent): Promise<boolean> {
    if (generation !== this.generation) return whole;
    const locator = new Locator(page);
    const visibility = new Visibility();
    let cleared = false;
    const clearOld = () => {
      if (!cleared) this.highlighter.removeWithin(roots, skip);
      cleared = true;
    };
    for (const { offset, reply } of replies) {
      const result = await reply;
      if (generation !== this.generation) return whole;
      clearOld();
      this.revision = result.revision;
      const done = await this.occurrences(page, locator, visibility, offset, result, budget, generation, (batch) =>
        this.highlighter.addAll(batch),
      );
      if (!done) return whole;
    }
    clearOld();
    return whole;
  }

  /** Drops every highlight and any scan under way. */
  reset(): void {
    this.generation++;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.tooLarge = false;
    this.highlighter.clear();
    this.revision = -1;
  }

  /**
   * The hits of one piece (offsets from `offset`) as occurrences, those in text drawn visibly only (see
   * visibility.ts), handed to `add` ADD_EVERY at a time: adding them costs time that grows with the batch, so
   * one batch per piece made a long task on a page of tens of thousands of mentions. False when a reset came in
   * between.
   */
  private async occurrences(
    page: PageText,
    locator: Locator,
    visibility: Visibility,
    offset: number,
    { hits, entities }: Responses['match'],
    budget: () => Promise<void> | undefined,
    generation: number,
    add: (batch: OccurrenceBatch) => void,
  ): Promise<boolean> {
    let mentions = new OccurrenceBatch(entities);
    visibility.newTask();
    const { nodes, starts } = page;
    // the page may have changed while the background matched: a node that left, or shrank, is skipped. Asked once
    // per node (a node holds several hits), each answer a call into the DOM
    let checked = -1;
    let checkedLength = -1;
    const lengthIfConnected = (i: number) => {
      if (i !== checked) {
        checked = i;
        checkedLength = nodes[i]!.isConnected ? nodes[i]!.length : -1;
      }
      return checkedLength;
    };
    for (let k = 0; k < hits.length; k += 3) {
      // a visibility answer may cost a style and layout read: the budget is asked often
      if (k % 384 === 0) {
        // handed over inside the slice, a few hundred at a time: adding costs time by the mention, and a slice's
        // worth added at its end made that task longer by the adding
        if (mentions.count >= ADD_EVERY) {
          add(mentions);
          mentions = new OccurrenceBatch(entities);
        }
        const pause = budget();
        if (pause) {
          if (mentions.count) add(mentions);
          mentions = new OccurrenceBatch(entities);
          await pause;
          if (generation !== this.generation) return false;
          visibility.newTask();
        }
      }
      const from = locator.nodeIndex(offset + hits[k]!, false);
      const startOffset = offset + hits[k]! - starts[from]!;
      if (startOffset > lengthIfConnected(from)) continue;
      const to = locator.nodeIndex(offset + hits[k + 1]!, true);
      const endOffset = offset + hits[k + 1]! - starts[to]!;
      if (endOffset > lengthIfConnected(to)) continue;
      if (!visibility.showsText(nodes[from]!) || (to !== from && !visibility.showsText(nodes[to]!))) continue;
      mentions.push(page.blocks[from]!, nodes[from]!, startOffset, nodes[to]!, endOffset, hits[k + 2]!);
    }
    if (mentions.count) add(mentions);
    return true;
  }
}

/** The blocks in the viewport, to read whole (never `root` itself, nor <body>: the whole-page scan reads those). */
function blocksToRead(root: Node): Node[] {
  return outermost(
    blocksInViewport()
      .map(blockAround)
      .filter((b) => b !== root && b !== document.body && b !== document.documentElement),
  );
}

/** The block an element's own text belongs to (the element itself when it is a block). */
function blockAround(element: Element): Node {
  for (let c = element.firstChild; c; c = c.nextSibling) if (c.nodeType === Node.TEXT_NODE) return blockOf(c);
  return element;
}
