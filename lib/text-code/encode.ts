/** Writes page text in the text code (code.ts), in the content script: a table lookup per code unit. */
import { type EncodedText, HIGH_BIT, type TextCode } from './code';

/** The code as a table, code unit → byte: made once per code, shared by every scan. */
const tables = new WeakMap<TextCode, Uint8Array>();
function tableOf(code: TextCode): Uint8Array {
  let table = tables.get(code);
  if (!table) {
    table = new Uint8Array(0x10000);
    const { runs } = code;
    for (let r = 0; r < runs.length; r += 2)
      table.fill(runs[r + 1]!, runs[r]!, r + 2 < runs.length ? runs[r + 2]! : 0x10000);
    tables.set(code, table);
  }
  return table;
}

/**
 * Page text written in the background's text code as the walk reads it: a byte per code unit into a growing
 * buffer, handed out as one ASCII string. The content script never builds the fold tables: the background made
 * the code from them.
 */
export class TextCodeWriter {
  private bytes = new Uint8Array(1 << 12);
  private end = 0;
  /** set when a code unit had no byte: the text must go as it is */
  private missing = 0;
  /** just after the last code unit that no name spans (see TextCode.cut), or 0 */
  private afterCut = 0;
  private readonly table: Uint8Array;
  private readonly ascii = new TextDecoder('latin1');

  constructor(private readonly code: TextCode) {
    this.table = tableOf(code);
  }

  /** Appends `s`, a code unit at a time: a table lookup each, nothing allocated. */
  append(s: string): void {
    const need = this.end + s.length;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.end));
      this.bytes = grown;
    }
    const { table, bytes } = this;
    const cut = this.code.cut;
    let at = this.end;
    let missing = 0;
    let afterCut = this.afterCut;
    for (let i = 0; i < s.length; i++) {
      const b = table[s.charCodeAt(i)]!;
      bytes[at++] = b;
      missing |= b & HIGH_BIT;
      if (b === cut) afterCut = at;
    }
    this.end = at;
    this.missing |= missing;
    this.afterCut = afterCut;
  }

  /** Code units written and not yet taken. */
  get length(): number {
    return this.end;
  }

  /**
   * Where the text written so far may be cut without cutting a name (just after a code unit no name spans), or 0
   * when nowhere, or when the text cannot be written in the code (it then goes whole, as it is).
   */
  get lastCut(): number {
    return this.missing ? 0 : this.afterCut;
  }

  /**
   * The first `count` code units written (all by default) in the code, and the rest kept for later; undefined
   * when some code unit had no byte (then everything is dropped: the caller sends the text as it is).
   */
  take(count = this.end): EncodedText | undefined {
    const text = this.missing ? undefined : this.ascii.decode(this.bytes.subarray(0, count));
    if (text === undefined || count >= this.end) {
      this.end = 0;
      this.missing = 0;
      this.afterCut = 0;
    } else {
      this.bytes.copyWithin(0, count, this.end);
      this.end -= count;
      this.afterCut = Math.max(0, this.afterCut - count);
    }
    return text === undefined ? undefined : { text, decode: this.code.decode };
  }
}
