import type { TextCode } from '../match/text-code';

/** The background's text code as a table: code unit → byte. Made once per code, shared by every scan. */
export function codeTable(code: TextCode): Uint8Array {
  const table = new Uint8Array(0x10000);
  const { runs } = code;
  for (let r = 0; r < runs.length; r += 2) table.fill(runs[r + 1]!, runs[r]!, r + 2 < runs.length ? runs[r + 2]! : 0x10000);
  return table;
}

/**
 * One piece of page text written in the background's text code (lib/match/text-code) as the walk reads it: a
 * byte per code unit into a growing buffer, read back as one ASCII string. The content script never builds the
 * fold tables: the background made the code from them.
 */
export class CompactText {
  private bytes = new Uint8Array(1 << 12);
  private length = 0;
  /** set when a code unit had no byte: the piece must go as it is */
  private missing = 0;
  private readonly ascii = new TextDecoder('latin1');

  constructor(private readonly table: Uint8Array) {}

  /** Appends `s`, a code unit at a time: a table lookup each, nothing allocated. */
  append(s: string): void {
    const need = this.length + s.length;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    const { table, bytes } = this;
    let at = this.length;
    let missing = 0;
    for (let i = 0; i < s.length; i++) {
      const b = table[s.charCodeAt(i)]!;
      bytes[at++] = b;
      missing |= b & 0x80; // the code's bytes are ASCII: NO_BYTE (0xff) is the only one with its high bit set
    }
    this.length = at;
    this.missing |= missing;
  }

  /** The piece so far in the code (undefined when some code unit had no byte), and a fresh start. */
  take(): string | undefined {
    const text = this.missing ? undefined : this.ascii.decode(this.bytes.subarray(0, this.length));
    this.length = 0;
    this.missing = 0;
    return text;
  }
}
