import fs from 'node:fs';
import iconv from 'iconv-lite';

/** A file the tool could not use, with a message that names it and says what is wrong. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface TextFile {
  path: string;
  text: string;
  /** how the bytes were decoded */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';
}

const ARABIC_LETTER = /[\u0621-\u064A]/gu;
const LETTER = /\p{L}/gu;

/** More than a few NULs or other C0 controls: not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return controls > sample.length * 0.02;
}

/**
 * Reads an article or dictionary as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such;
 * a file that is not UTF-8 but decodes as mostly Arabic letters in windows-1256 (the legacy Arabic code page
 * of older news sites) is decoded from it; anything else is refused with a message naming the file.
 */
export function readTextFile(path: string): TextFile {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a folder, not a file`);
    bytes = fs.readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(e)})`);
  }
  if (bytes.length === 0) throw new InputError(`${path}: the file is empty`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { path, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { path, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new InputError(`${path}: a binary file, not text`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (!text.trim()) throw new InputError(`${path}: the file holds only white space`);
    return { path, text, encoding: 'utf-8' };
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
  const legacy = iconv.decode(bytes, 'windows-1256');
  const letters = legacy.match(LETTER)?.length ?? 0;
  const arabic = legacy.match(ARABIC_LETTER)?.length ?? 0;
  if (letters > 0 && arabic / letters > 0.5) return { path, text: legacy, encoding: 'windows-1256' };
  throw new InputError(`${path}: not UTF-8 text, and not Arabic in windows-1256 either; convert it to UTF-8`);
}
