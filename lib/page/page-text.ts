import type { EncodedText } from '../text-code/code';
import type { TextCodeWriter } from '../text-code/encode';

/** Separates blocks of a page's text (paragraphs, cells): not whitespace and not a word character, so no name spans it. */
export const BLOCK_SEPARATOR = '\uFFFC';

/**
 * The text goes to the background in pieces of about this many characters, cut between blocks (no name spans a
 * block separator, so the hits are the same), each sent as soon as the walk has read it: the background matches
 * while the walk goes on, and the page never builds its text as one string (on a 5 MB page that join was one of
 * the longest tasks). Few and large: each message costs the page's main thread about a millisecond of IPC besides
 * its bytes, and each reply a change of the highlights (5 MB page, measured: 5 pieces of 1M took 70 ms less of the
 * page's main thread than 25 of 200k, and 100 of 50k about 120 ms more). Not larger: sending a piece is one task,
 * about 20 ms for a million characters in the text code (2.5M saved another 5% but made that task 35–48 ms). On a
 * slower machine that task takes 48–68 ms, but pieces sized to the machine's sending speed (about 200k there) cost
 * more in replies than they saved (docs/architecture.md).
 */
export const PIECE_CHARS = 1_000_000;

/**
 * The visible text of part of a page, for the matcher: text nodes in document order, joined directly inside one
 * block (so «<b>بوريس</b> روجه» reads as one name) and separated between blocks (a name never runs from one
 * paragraph into the next). It is handed out in pieces (`onPiece`, with the piece's offset in the whole text);
 * offsets into the whole text map back to text nodes (`Locator`). Given a writer of the background's text code, a
 * piece goes in that code, half the bytes of Arabic text to send, unless it holds a code unit the code cannot write.
 */
export class PageText {
  readonly nodes: Text[] = [];
  /** offset of each node's first character in the whole text */
  readonly starts: number[] = [];
  /** each node's block: its nearest non-inline ancestor (or the shadow root, or the walk's root) */
  readonly blocks: Node[] = [];
  private parts: string[] = [];
  private length = 0;
  private pieceStart = 0;

  constructor(
    private readonly onPiece: (piece: EncodedText, offset: number) => void,
    private readonly writer?: TextCodeWriter,
    private readonly pieceChars = PIECE_CHARS,
  ) {}

  /** Appends a text node's `data`; `newBlock`: it starts a block, so a separator goes before it (and a piece may end there). */
  add(node: Text, data: string, block: Node, newBlock: boolean): void {
    if (newBlock && this.length > 0) {
      if (this.length - this.pieceStart >= this.pieceChars) this.flush();
      this.parts.push(BLOCK_SEPARATOR);
      this.writer?.append(BLOCK_SEPARATOR);
      this.length++;
    }
    this.nodes.push(node);
    this.starts.push(this.length);
    this.blocks.push(block);
    this.parts.push(data);
    this.writer?.append(data);
    this.length += data.length;
  }

  /** Hands out the last piece. */
  finish(): void {
    if (this.length > this.pieceStart) this.flush();
  }

  private flush() {
    // one string per piece: sent as an array of its parts, each part would become a value of its own in the
    // browser's message encoding (measured: several times the cost of the join). The parts are kept for a piece
    // the code cannot write.
    const piece = this.writer?.take() ?? { text: this.parts.join('') };
    const offset = this.pieceStart;
    this.parts = [];
    this.pieceStart = this.length;
    this.onPiece(piece, offset);
  }
}

const ELEMENT = 1; // Node.ELEMENT_NODE
const TEXT = 3; // Node.TEXT_NODE

/** How the walk treats an element. */
const enum Kind { Block, Inline, Skipped }

/** Elements whose text is not page prose, or is the reader's own input. */
const SKIPPED = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'KASHIF-CARD'];

/** Phrasing elements: a name may run across them. Everything else starts a new block. */
const INLINE = [
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'KBD', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'NOBR', 'TT', 'BIG', 'STRIKE',
];

/** By nodeName, in upper case; an element not listed is a block. One lookup per element on the walk's hot path. */
const KINDS = new Map<string, Kind>([...SKIPPED.map((n) => [n, Kind.Skipped] as const), ...INLINE.map((n) => [n, Kind.Inline] as const)]);

/** nodeName is upper case for HTML elements already; other namespaces (svg, math) write it in lower case. */
function kindOf(element: Element): Kind {
  const name = element.nodeName;
  return KINDS.get(name.charCodeAt(0) >= 97 ? name.toUpperCase() : name) ?? Kind.Block;
}

export function isSkipped(element: Element): boolean {
  // isContentEditable costs a style lookup: asked only where an attribute (here or inherited) can make it true
  return kindOf(element) === Kind.Skipped || (element.hasAttribute('contenteditable') && (element as HTMLElement).isContentEditable === true);
}

function isInline(element: Element): boolean {
  return kindOf(element) === Kind.Inline;
}

/** The nearest ancestor that is not an inline element: the block a text node belongs to. */
export function blockOf(node: Node): Node {
  let p = node.parentNode;
  while (p && p.nodeType === Node.ELEMENT_NODE && isInline(p as Element)) p = p.parentNode;
  return p ?? node;
}

/** Is `node` inside something Kashif must not read (script, textarea, an editable region, its own card)? */
export function isInsideSkipped(node: Node): boolean {
  for (let p: Node | null = node.parentNode; p; p = p.parentNode ?? (p instanceof ShadowRoot ? p.host : null)) {
    if (p.nodeType === Node.ELEMENT_NODE && (isSkipped(p as Element) || (p as HTMLElement).isContentEditable)) return true;
  }
  return false;
}

/**
 * Reads the text under `root` into `page`, open shadow roots included. `budget` is called every few hundred
 * nodes and may pause the walk (it returns a promise then), so that a long page never holds the main thread.
 *
 * A hand-written walk rather than a TreeWalker with a filter: the filter is a call into script for every node,
 * and the walk keeps each level's block on a stack instead of looking it up per text node.
 */
export async function collectText(root: Node, budget: () => Promise<void> | undefined, page: PageText): Promise<void> {
  if (root.nodeType === ELEMENT && isInsideSkipped(root.firstChild ?? root)) return;
  // editable regions found by one query, so that the walk does not ask every element for its attribute
  const editable = 'querySelectorAll' in root ? new Set((root as ParentNode).querySelectorAll('[contenteditable]')) : new Set<Element>();
  let lastBlock: Node | null = null;
  // a root's text never runs on from the text before it
  let pendingBreak = true;
  const shadowRoots: ShadowRoot[] = [];
  const stack: Node[] = [];
  let block: Node = root.nodeType === ELEMENT && isInline(root as Element) ? blockOf(root) : root;
  let visited = 0;
  let n: Node | null = root.firstChild;
  while (n) {
    if (++visited % 512 === 0) { const pause = budget(); if (pause) await pause; }
    const type = n.nodeType;
    if (type === ELEMENT) {
      const element = n as Element;
      const kind = kindOf(element);
      if (kind !== Kind.Skipped && !(editable.size && editable.has(element) && (element as HTMLElement).isContentEditable)) {
        if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
        if (kind === Kind.Block) pendingBreak = true;
        const child = element.firstChild;
        if (child) {
          stack.push(block);
          if (kind === Kind.Block) block = element;
          n = child;
          continue;
        }
      }
    } else if (type === TEXT) {
      const data = (n as Text).data;
      if (data) {
        page.add(n as Text, data, block, pendingBreak || block !== lastBlock);
        pendingBreak = false;
        lastBlock = block;
      }
    }
    // next: the sibling, or climb to the first ancestor with one (leaving a block ends its text)
    let next: Node | null = n.nextSibling;
    while (!next) {
      n = n!.parentNode;
      if (!n || n === root) break;
      block = stack.pop() ?? root;
      if (n.nodeType === ELEMENT && !isInline(n as Element)) pendingBreak = true;
      next = n.nextSibling;
    }
    n = next;
  }
  for (const shadow of shadowRoots) await collectText(shadow, budget, page);
}

/**
 * Maps offsets of the whole text back to text nodes. Offsets met in increasing order, as a scan's hits are, are
 * found from the last answer on: a page's tens of thousands of hits cost one pass over its text nodes.
 */
export class Locator {
  private index = 0;

  constructor(private readonly page: PageText) {}

  /** The index of the node holding offset `at` (for an end offset: the node it ends in). */
  nodeIndex(at: number, isEnd: boolean): number {
    const starts = this.page.starts;
    let i = this.index;
    // an offset behind the last answer (never, for hits in order): search the whole list
    if (i > 0 && (isEnd ? starts[i]! >= at : starts[i]! > at)) i = nodeIndexAt(starts, at, isEnd, 0, i);
    while (i + 1 < starts.length && (isEnd ? starts[i + 1]! < at : starts[i + 1]! <= at)) i++;
    return (this.index = i);
  }
}

/** Binary search in [lo, hi]: the last node starting at or before `at` (for an end offset, strictly before). */
function nodeIndexAt(starts: readonly number[], at: number, isEnd: boolean, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (isEnd ? s < at : s <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
