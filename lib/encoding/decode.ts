import type { Result } from '../dictionary/load';

/**
 * Bytes to text for the files a reader gives Kashif (articles, dictionaries): the CLI's files on disk and the
 * manager's dropped files go through this one function. No Node APIs: TextDecoder exists in both.
 *
 * Kashif reads UTF-8, UTF-16 (with or without a byte-order mark) and windows-1256, the legacy Arabic code page of
 * older news sites. Each is recognised by what its bytes look like, never by elimination: a file that is neither
 * gets a message naming it and what is wrong, not a guess.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** what the reader should know about a file that was read anyway (invalid bytes replaced by U+FFFD) */
  warnings: string[];
}

export function decodeText(bytes: Uint8Array, name: string): Result<DecodedText> {
  if (!bytes.length) return fail(`${name}: the file is empty`);
  const bom = byteOrderMark(bytes);
  const body = bytes.subarray(bom?.length ?? 0);
  if (bom && !body.length) return fail(`${name}: the file is empty (only a byte-order mark)`);
  const utf16 = bom?.encoding === 'utf-8' ? undefined : (bom?.encoding ?? utf16WithoutMark(body));
  if (utf16) {
    const text = decodeStrict(body, utf16);
    if (text === undefined)
      return fail(`${name}: not valid ${utf16.toUpperCase()} (a broken character or an odd number of bytes)`);
    return finish(name, text, utf16, []);
  }
  if (body.includes(0) || controlShare(body) > MAX_CONTROL_SHARE) return fail(`${name}: a binary file, not text`);
  // offsets count from the file's first byte, the BOM included, as a hex editor shows them
  const invalid = invalidUtf8(body, bom?.length ?? 0);
  if (!invalid.offsets.length) return finish(name, decodeStrict(body, 'utf-8') ?? '', 'utf-8', []);
  // A UTF-8 file with a few damaged bytes still has its multi-byte characters intact; windows-1256 Arabic forms a
  // valid UTF-8 pair about once in a hundred high bytes, so the two are far apart on this ratio.
  if (invalid.validSequences >= UTF8_VALID_PER_INVALID * invalid.offsets.length) {
    const shown =
      invalid.offsets.slice(0, SHOWN_OFFSETS).join(', ') +
      (invalid.offsets.length > SHOWN_OFFSETS ? `, … (${invalid.offsets.length} in all)` : '');
    const warning = `${name}: ${invalid.offsets.length === 1 ? 'an invalid UTF-8 byte at byte offset' : `${invalid.offsets.length} invalid UTF-8 bytes at byte offsets`} ${shown}, read as �`;
    return finish(name, new TextDecoder('utf-8').decode(body), 'utf-8', [warning]);
  }
  if (!bom && looksLikeWindows1256Arabic(body))
    return finish(name, new TextDecoder('windows-1256').decode(body), 'windows-1256', []);
  return fail(
    `${name}: not UTF-8 text (invalid byte at offset ${invalid.offsets[0]!}), and not Arabic in windows-1256 either; convert it to UTF-8`,
  );
}

const fail = (error: string): Result<DecodedText> => ({ ok: false, error });

function finish(name: string, text: string, encoding: TextEncoding, warnings: string[]): Result<DecodedText> {
  if (!text.trim()) return fail(`${name}: the file holds only white space`);
  if (encoding.startsWith('utf-16') && (text.includes('\0') || controlShareOfText(text) > MAX_CONTROL_SHARE))
    return fail(`${name}: a binary file, not text`);
  return { ok: true, value: { text, encoding, warnings } };
}

/** More C0 control characters than this share (tab, line breaks and form feed aside): not text. */
const MAX_CONTROL_SHARE = 0.02;
const UTF8_VALID_PER_INVALID = 10;
const SHOWN_OFFSETS = 5;

function byteOrderMark(b: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    // ignoreBOM: the mark, when there was one, is already cut off; a second one is text (U+FEFF)
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const isControl = (c: number) => c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d;

function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if (isControl(b)) controls++;
  return controls / bytes.length;
}

function controlShareOfText(text: string): number {
  let controls = 0;
  for (let k = 0; k < text.length; k++) if (isControl(text.charCodeAt(k))) controls++;
  return controls / text.length;
}

/**
 * UTF-16 without a byte-order mark, and which byte order. In UTF-16 text the spaces, line breaks, digits and
 * ASCII punctuation have a zero high byte, while a text character almost never has a zero low byte (U+0100,
 * U+0600, U+2000…): so the zeros sit at one parity only. 8-bit text has no zeros at all, and binary data has them
 * at both parities. The strict decode afterwards refuses lone surrogates, and `finish` refuses control characters.
 */
function utf16WithoutMark(b: Uint8Array): TextEncoding | undefined {
  if (b.length < 2 || b.length % 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let k = 0; k < b.length; k += 2) {
    if (b[k] === 0) zeroEven++;
    if (b[k + 1] === 0) zeroOdd++;
  }
  const units = b.length / 2;
  const [high, low, order] =
    zeroOdd >= zeroEven ? [zeroOdd, zeroEven, 'utf-16le' as const] : [zeroEven, zeroOdd, 'utf-16be' as const];
  return high >= units * 0.02 && low <= units * 0.01 ? order : undefined;
}

/** The byte offsets (from `start`) where UTF-8 decoding fails, and how many well-formed multi-byte characters there are. */
function invalidUtf8(b: Uint8Array, start: number): { offsets: number[]; validSequences: number } {
  const offsets: number[] = [];
  let validSequences = 0;
  let k = 0;
  while (k < b.length) {
    const c = b[k]!;
    if (c < 0x80) {
      k++;
      continue;
    }
    const length = utf8SequenceLength(b, k);
    if (length) {
      validSequences++;
      k += length;
    } else {
      offsets.push(start + k);
      k++;
    }
  }
  return { offsets, validSequences };
}

/** The length of the well-formed UTF-8 sequence at k (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), or 0. */
function utf8SequenceLength(b: Uint8Array, k: number): number {
  const c = b[k]!;
  const cont = (j: number, lo = 0x80, hi = 0xbf) => {
    const d = b[k + j];
    return d !== undefined && d >= lo && d <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const [lo, hi] = c === 0xe0 ? [0xa0, 0xbf] : c === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const [lo, hi] = c === 0xf0 ? [0x90, 0xbf] : c === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * The high bytes of Arabic text in windows-1256 are its letters, harakat, tatweel and Arabic punctuation, with
 * the typographic marks Arabic text uses (« » – — quotes, no-break space, joiners, direction marks, ° € £ ×). Other text
 * read as windows-1256 is not: Latin-1 French gives é è ç, ISO-8859-6 gives è é for و and ى, and UTF-8 Arabic
 * gives § „ ‡ for its second bytes. So: at least half the high bytes letters, almost none outside that set.
 */
function looksLikeWindows1256Arabic(b: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  let foreign = 0;
  for (const c of b) {
    if (c < 0x80) continue;
    high++;
    const kind = WINDOWS_1256_KIND[c - 0x80]!;
    if (kind === LETTER) letters++;
    else if (kind === FOREIGN) foreign++;
  }
  return high > 0 && letters >= high * 0.5 && foreign <= high * 0.02;
}

const LETTER = 1;
const ARABIC_TEXT_MARK = 2;
const FOREIGN = 3;

/** For each byte 0x80–0xFF: an Arabic-script letter, a mark or punctuation Arabic text uses, or foreign. */
const WINDOWS_1256_KIND = (() => {
  const kinds = new Uint8Array(128).fill(FOREIGN);
  const decoded = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 128 }, (_, k) => 0x80 + k));
  // the punctuation, spaces and joiners of Arabic text, and the signs news writes next to numbers
  const marks = new Set([...'،؛؟«»–—‘’“”…•ـ\u00a0\u200c\u200d\u200e\u200f°€£×']);
  for (let k = 0; k < 128; k++) {
    const ch = decoded[k]!;
    if (/[\u0600-\u06ff]/u.test(ch) && /\p{L}/u.test(ch) && ch !== 'ـ') kinds[k] = LETTER;
    else if (/[\u064b-\u0652]/u.test(ch) || marks.has(ch)) kinds[k] = ARABIC_TEXT_MARK;
  }
  return kinds;
})();
