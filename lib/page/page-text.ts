import type { EncodedText } from '../text-code/code';
import type { TextCodeWriter } from '../text-code/encode';

/** Separates blocks of a page's text (paragraphs, cells): not whitespace and not a word character, so no name spans it. */
export const BLOCK_SEPARATOR = '\uFFFC';

/**
 * The text goes to the background in pieces of about this many characters, cut between blocks (no name spans a
 * block separator, so the hits are the same), each sent as soon as the walk has read it: the background matches
 * while the walk goes on, and the page never builds its text as one string. Few and large, since each message and
 * each reply costs the page's main thread a fixed amount besides its bytes; but sending a piece is one task that
 * grows with the piece, and on the slower kind of machine a million characters made it longer than 50 ms. A block
 * longer than a piece and a half is cut inside, where no name can span (TextCodeWriter.lastCut): one huge block is
 * never one unbounded message (docs/performance.md has the measurements).
 */
export const PIECE_CHARS = 500_000;

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
    // a long node goes in slices, so that a block that runs on is cut near the size of a piece
    const slice = Math.max(1, this.pieceChars >> 1);
    for (let at = 0; at < data.length; at += slice) {
      const part = data.length <= slice ? data : data.slice(at, at + slice);
      this.parts.push(part);
      this.writer?.append(part);
      this.length += part.length;
      if (this.length - this.pieceStart >= this.pieceChars + slice) this.cutInBlock();
    }
  }

  /** Hands out the piece so far up to the last place inside the block where no name can span (none without a code). */
  private cutInBlock() {
    const writer = this.writer;
    const cut = writer?.lastCut ?? 0;
    // not for a sliver: the cut is looked for again as the block goes on
    if (!writer || cut < Math.max(1, this.pieceChars >> 1)) return;
    const piece = writer.take(cut)!;
    const rest = this.parts.join('').slice(cut);
    this.parts = rest ? [rest] : [];
    const offset = this.pieceStart;
    this.pieceStart += cut;
    this.onPiece(piece, offset);
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
