/** Makes the text code (code.ts) for a compiled dictionary: in the background, where the fold tables are. */
import { CLITIC_LETTERS } from '../arabic/clitics';
import { ALEF, DROP, EXPAND, foldTable, isWordChar } from '../arabic/normalize';
import { isQuoteMark } from '../arabic/quote-marks';
import type { Trie } from '../match/trie';
import { BYTES, FIRST_BYTE, LAST_BYTE, NO_BYTE, SEPARATOR, type TextCode } from './code';

const SPACE = 0x20;
const AT_SIGN = 0x40;
/** singled out by code: the clitic letters, space and alef (the fold collapses their runs), @ (handles) */
const SINGLED_OUT = [SPACE, AT_SIGN, ALEF, ...CLITIC_LETTERS];

/** Fold classes beyond the folds that matter: every code unit's class is its fold, or one of these. */
const enum Other {
  Dropped = -1,
  WordChar = -2,
  NotWordChar = -3,
  Expands = -4,
  /** the matcher reads a name across quote marks (lib/match/matcher.ts): they are not «other», where pieces are cut */
  Quote = -5,
}

/** The code for the dictionary compiled into `trie`. */
export function textCodeFor(trie: Trie): TextCode {
  const matters = new Set<number>(SINGLED_OUT);
  for (const c of trie.edgeChar) matters.add(c);
  // the classes that get a byte: the three catch-alls, then the folds that matter, Arabic first and ASCII next,
  // should the room run out (a dictionary with names in many scripts): a rarer script's pieces then go as they are
  const classes = [
    Other.Dropped,
    Other.WordChar,
    Other.NotWordChar,
    Other.Quote,
    ...[...matters].sort((a, b) => rank(a) - rank(b) || a - b),
  ].slice(0, BYTES.length);
  const byteOf = new Map(classes.map((k, i) => [k, BYTES[i]!]));
  // indexed by byte − FIRST_BYTE; the bytes JSON escapes are never written, and decode as a separator
  const decode = new Array<number>(LAST_BYTE - FIRST_BYTE + 1).fill(SEPARATOR);
  const represented = new Set<number>();
  const runs: number[] = [];
  let last = -1;
  for (let c = 0; c < 0x10000; c++) {
    const byte = byteOf.get(classOf(c, matters)) ?? NO_BYTE;
    // a class is decoded to its first code unit: any of them reads the same to the matcher
    if (byte !== NO_BYTE && !represented.has(byte)) {
      represented.add(byte);
      decode[byte - FIRST_BYTE] = c;
    }
    if (byte !== last) {
      runs.push(c, byte);
      last = byte;
    }
  }
  return { runs, decode: String.fromCharCode(...decode), cut: byteOf.get(Other.NotWordChar)! };
}

function rank(fold: number): number {
  if (fold >= 0x600 && fold <= 0x6ff) return 0;
  return fold < 0x80 ? 1 : 2;
}

function classOf(c: number, matters: ReadonlySet<number>): number {
  const f = foldTable()[c]!;
  if (f === DROP) return Other.Dropped;
  if (f === EXPAND) return Other.Expands;
  if (matters.has(f)) return f;
  if (isQuoteMark(f)) return Other.Quote;
  return isWordChar(f) ? Other.WordChar : Other.NotWordChar;
}
