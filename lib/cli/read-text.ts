import fs from 'node:fs';
import { decodeText, type DecodedText } from '../encoding/decode';
import { terminalSafe } from './terminal-safe';

/** A file the tool could not use, with a message that names it and says what is wrong. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface TextFile extends DecodedText {
  path: string;
}

/** A file's warnings (invalid bytes read as U+FFFD) go to stderr, one line each, as the run goes on. */
const warnOnStderr = (warning: string) => process.stderr.write(`kashif: warning: ${terminalSafe(warning)}\n`);

/**
 * Reads an article or dictionary as text (lib/encoding/decode.ts says which encodings and how they are told apart);
 * a file that cannot be read as text is refused with a message naming it.
 */
export function readTextFile(path: string, warn: (warning: string) => void = warnOnStderr): TextFile {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a folder, not a file`);
    // a device or a pipe could be endless (/dev/zero) or block forever: only regular files are articles
    if (!stat.isFile()) throw new InputError(`${path}: not a regular file`);
    bytes = fs.readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(e)})`,
    );
  }
  const decoded = decodeText(bytes, path);
  if (!decoded.ok) throw new InputError(decoded.error);
  for (const w of decoded.value.warnings) warn(w);
  return { path, ...decoded.value };
}
