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
