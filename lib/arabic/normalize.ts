/**
 * One normalization for dictionary keys, page matching and search (see docs/architecture.md).
 *
 * The work is a table lookup per UTF-16 code unit, so the matcher can fold a page's text on the fly
 * without building a second string; the rare characters that fold to several (Arabic presentation-form
 * ligatures such as ﻻ or ﷲ) go through NFKC.
 */

/** A normalized text and, for each of its code units, the span of the original that produced it. */
export interface NormalizedText {
  text: string;
  /** start[i]..end[i] is the original span of text[i] (end extends over the marks removed after it) */
  start: Uint32Array;
  end: Uint32Array;
}

/** Table value for a code unit that normalization removes (diacritics, tatweel, invisible controls). */
export const DROP = 0;
/** Table value for a code unit that folds to several code units (see `expansionOf`). */
export const EXPAND = 0xffff;
const SPACE = 0x20;
export const ALEF = 0x627;

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  const drop = (from: number, to = from) => {
    for (let c = from; c <= to; c++) table[c] = DROP;
  };
  const map = (chars: string, to: string) => {
    for (const ch of chars) table[ch.charCodeAt(0)] = to.charCodeAt(0);
  };

  // tashkeel, Quranic annotation marks, superscript alef, tatweel
  drop(0x610, 0x61a);
  drop(0x64b, 0x65f);
  drop(0x670);
  drop(0x6d6, 0x6dc);
  drop(0x6df, 0x6e4);
  drop(0x6e7, 0x6e8);
  drop(0x6ea, 0x6ed);
  drop(0x8d3, 0x8e1);
  drop(0x8e3, 0x8ff);
  drop(0x640);
  // zero-width and bidi controls, soft hyphen, BOM: invisible, so never part of what a reader sees as a word break
  drop(0x200b, 0x200f);
  drop(0x202a, 0x202e);
  drop(0x2066, 0x2069);
  drop(0xfeff);
  drop(0xad);
  drop(0x61c);

  map('أإآٱٲٳ', 'ا');
  map('ؤ', 'و');
  map('ئ', 'ي');
  map('ة', 'ه');
  map('ىیےۍې', 'ي');
  map('کڪ', 'ك');
  map('ۀەہ', 'ه');
  map('ڤڥ', 'ف');
  map('پ', 'ب');
  map('گ', 'ك');
  map('ڨ', 'ق');
  map('چ', 'ج');
  for (let d = 0; d < 10; d++) {
    table[0x660 + d] = 0x30 + d;
    table[0x6f0 + d] = 0x30 + d;
  }
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  // other scripts' capitals (Latin-1, Greek, Cyrillic …) where lower-casing keeps one code unit
  for (let c = 0xc0; c < 0x2000; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1 && lower.charCodeAt(0) !== c) table[c] = lower.charCodeAt(0);
  }
  for (const ws of [0x9, 0xa, 0xb, 0xc, 0xd, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000])
    table[ws] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = SPACE;
  // presentation forms: fold by NFKC (one letter, or a ligature of several)
  for (let c = 0xfb50; c <= 0xfdff; c++) presentationForm(table, c);
  for (let c = 0xfe70; c <= 0xfefe; c++) presentationForm(table, c);
  return table;
}

const expansions = new Map<number, string>();

function presentationForm(table: Uint16Array, c: number) {
  const nfkc = String.fromCharCode(c).normalize('NFKC');
  if (nfkc === String.fromCharCode(c)) return;
  let folded = '';
  for (const ch of nfkc) {
    const f = table[ch.charCodeAt(0)]!;
    if (ch.length === 1 && f !== DROP && f !== EXPAND) folded += String.fromCharCode(f);
  }
  if (folded.length === 1) table[c] = folded.charCodeAt(0);
  else if (folded.length === 0) table[c] = DROP;
  else {
    table[c] = EXPAND;
    expansions.set(c, folded.trim() || ' ');
  }
}

let fold: Uint16Array | undefined;

/**
 * code unit → normalized code unit, or DROP, or EXPAND. Built on first use, not when the module loads: the content
 * script imports this module (for the date of a page it learns from) and runs in every page and frame, most of
 * which never normalize anything.
 */
export function foldTable(): Uint16Array {
  return (fold ??= buildFoldTable());
}

/** The normalized code units of a code unit whose fold (foldTable) is EXPAND. */
export function expansionOf(code: number): string {
  foldTable(); // the expansions are found with the table
  return expansions.get(code) ?? '';
}

/** Letters and digits of any script, and `_` (for @handles). */
export function isWordChar(code: number): boolean {
  if (code < 0x80)
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x5f
    );
  return (wordChars ??= buildWordChars())[code] === 1;
}

/** Code unit → 1 for a word character at or above 0x80 (see isWordChar); built on first use, as the fold table. */
let wordChars: Uint8Array | undefined;

function buildWordChars(): Uint8Array {
  const table = new Uint8Array(0x10000);
  // found as runs, by one search over a string of all the code units: a test per code unit cost tens of ms
  for (const [from, to] of [
    [0x80, 0xd800],
    [0xe000, 0x10000],
  ] as const) {
    for (const run of codeUnitsFrom(from, to).matchAll(/[\p{L}\p{N}\p{M}]+/gu))
      table.fill(1, from + run.index, from + run.index + run[0].length);
  }
  // astral letters (CJK extensions …) count as word characters
  table.fill(1, 0xd800, 0xe000);
  // removed marks and joiners sit inside words: they must not split one
  const folded = foldTable();
  for (let c = 0; c < 0x10000; c++) if (folded[c] === DROP) table[c] = 1;
  table[0xad] = 1;
  return table;
}

/** The string of code units `from` .. `to` - 1. */
function codeUnitsFrom(from: number, to: number): string {
  const chunk = new Uint16Array(8192);
  let text = '';
  for (let c = from; c < to; c += chunk.length) {
    const n = Math.min(chunk.length, to - c);
    for (let k = 0; k < n; k++) chunk[k] = c + k;
    text += String.fromCharCode.apply(null, chunk.subarray(0, n) as unknown as number[]);
  }
  return text;
}

/** Reusable output of `foldInto`: grown as needed, never shrunk. */
export interface FoldBuffers {
  codes: Uint16Array;
  start: Uint32Array;
  end: Uint32Array;
}

/**
 * Normalizes `s` into `buffers` (normalized code units, and for each the original span it came from) and
 * returns how many code units it wrote. Spaces are collapsed, not trimmed, so that offsets stay meaningful
 * for a piece of a larger text.
 */
export function foldInto(s: string, buffers: FoldBuffers): number {
  // an expansion writes at most 4 code units for one (ﷺ and the like fold to words, cut to the first)
  const need = s.length * 4 + 1;
  if (buffers.codes.length < need) {
    buffers.codes = new Uint16Array(need);
    buffers.start = new Uint32Array(need);
    buffers.end = new Uint32Array(need);
  }
  const { codes, start, end } = buffers;
  const folds = foldTable();
  let n = 0;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const f = folds[code]!;
    if (f === DROP) {
      // a removed mark belongs to the letter before it, when inside the same word
      if (n > 0 && last !== SPACE) end[n - 1] = i + 1;
      continue;
    }
    if (f === EXPAND) {
      const expansion = expansionOf(code);
      for (let k = 0; k < expansion.length && k < 4; k++) {
        const c = expansion.charCodeAt(k);
        // the same collapsing as below («اﷲ» is «االله», one alef), but the ligature stays with the letters it
        // still writes, so that no two spans overlap
        if ((c === SPACE || c === ALEF) && last === c) continue;
        codes[n] = c;
        start[n] = i;
        end[n] = i + 1;
        n++;
        last = c;
      }
      continue;
    }
    // runs of spaces collapse; so do runs of alef, as in the common typo «الأامين»
    if ((f === SPACE || f === ALEF) && last === f) {
      end[n - 1] = i + 1;
      continue;
    }
    codes[n] = f;
    start[n] = i;
    end[n] = i + 1;
    n++;
    last = f;
  }
  return n;
}

/** Normalizes and keeps, for every normalized code unit, the original span it came from. */
export function normalizeWithMap(s: string): NormalizedText {
  const buffers: FoldBuffers = { codes: new Uint16Array(0), start: new Uint32Array(0), end: new Uint32Array(0) };
  const n = foldInto(s, buffers);
  return { text: codesToString(buffers.codes, n), start: buffers.start.slice(0, n), end: buffers.end.slice(0, n) };
}

const scratch: FoldBuffers = { codes: new Uint16Array(0), start: new Uint32Array(0), end: new Uint32Array(0) };

/** The matching form of a string. */
export function normalize(s: string): string {
  const n = foldInto(s, scratch); // may replace scratch.codes: read it after
  return codesToString(scratch.codes, n);
}

/**
 * Node's Buffer where there is one, on a little-endian machine: its UTF-16LE decoding copies the code units as they
 * are (a lone surrogate too), several times faster than String.fromCharCode over a whole article. Browsers have no
 * such decoder (TextDecoder replaces a lone surrogate) and take the path below.
 */
const nodeBuffer: typeof Buffer | undefined = (() => {
  const b = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  return b && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? b : undefined;
})();
/** Below this many code units String.fromCharCode is as fast: words and names stay on it. */
const BUFFER_FROM = 256;

/** The first n code units of `codes` as a string. */
export function codesToString(codes: Uint16Array, n: number): string {
  if (nodeBuffer && n >= BUFFER_FROM) return nodeBuffer.from(codes.buffer, codes.byteOffset, n * 2).toString('utf16le');
  // apply, not spread (the spread goes through the iterator); in chunks, under the argument-count limit. Not a
  // TextDecoder: it would replace a lone surrogate, and the text must keep every code unit the map points to.
  if (n <= 8192) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  let text = '';
  for (let k = 0; k < n; k += 8192)
    text += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  return text;
}

/** The original span of the normalized span [a, b). */
export function toOriginalSpan(n: NormalizedText, a: number, b: number): { start: number; end: number } {
  if (b <= a) {
    const at = a < n.start.length ? n.start[a]! : (n.end.at(-1) ?? 0);
    return { start: at, end: at };
  }
  return { start: n.start[a]!, end: n.end[b - 1]! };
}
