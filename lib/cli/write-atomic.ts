import fs from 'node:fs';
import path from 'node:path';

/** The file system calls a write makes: the real `fs`, or a test's stand-in (a full disk, a short write). */
export type WriteFs = Pick<
  typeof fs,
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'lstatSync'
  | 'readlinkSync'
  | 'mkdirSync'
  | 'readdirSync'
  | 'chmodSync'
>;

/** A write that did not happen, with a message naming the file; the file as it was is untouched. */
export class WriteError extends Error {
  override name = 'WriteError';
}

/** Temporary files are named `.<target>.kashif-tmp-<pid>-<random>`: recognisable, and their writer's pid says if it still runs. */
const TEMPORARY = /^\.(.+)\.kashif-tmp-(\d+)-[0-9a-f]+$/u;
/** How earlier versions named them: `.<target>.<pid>.<milliseconds>.tmp`. */
const OLD_TEMPORARY = /^\.(.+)\.(\d+)\.\d{13}\.tmp$/u;
const MAX_LINKS = 40;

/**
 * Writes a file so that readers see the old content or the new, never a half-written one: the data goes to a
 * temporary file in the target's folder (same file system), every byte is checked written, it is flushed to the
 * disk, then renamed over the target. A symbolic link stays a link: its target is what gets replaced. Devices,
 * pipes and folders are refused, never replaced by a regular file.
 */
export function writeFileAtomic(target: string, data: string, fsys: WriteFs = fs): void {
  const real = resolveTarget(target, fsys);
  const dir = path.dirname(real.path);
  const base = path.basename(real.path);
  const previous = real.mode === undefined ? 'nothing was written' : 'the previous file is unchanged';
  try {
    // `-o out/dictionary.json` into a folder that does not exist yet: make it, as the reader asked for that path
    fsys.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new WriteError(`${target}: cannot make its folder (${reason(e)})`);
  }
  removeCrashedRunsFiles(dir, base, fsys);
  const tmp = path.join(dir, `.${base}.kashif-tmp-${process.pid}-${Math.random().toString(16).slice(2, 10)}`);
  let fd: number | undefined;
  try {
    fd = fsys.openSync(tmp, 'wx', real.mode ?? 0o666);
    const bytes = Buffer.from(data, 'utf8');
    // writeSync may write less than asked (a disk filling up): go on from there, and a write of nothing is an error
    for (let done = 0; done < bytes.length;) {
      const n = fsys.writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      done += n;
    }
    fsys.fsyncSync(fd);
    const closing = fd;
    fd = undefined;
    fsys.closeSync(closing);
    // the new file keeps the old one's permissions, as an edit in place would (openSync's mode is masked by umask)
    if (real.mode !== undefined) fsys.chmodSync(tmp, real.mode);
    fsys.renameSync(tmp, real.path);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fsys.closeSync(fd);
      } catch {
        // the write already failed; that is the error to report
      }
    }
    fsys.rmSync(tmp, { force: true });
    throw new WriteError(`${target}: cannot write it (${reason(e)}); ${previous}`);
  }
  syncFolder(dir, fsys);
}

/** Where the bytes go: the target, or the file at the end of its chain of links; refused if it is not a regular file. */
function resolveTarget(target: string, fsys: WriteFs): { path: string; mode?: number } {
  let p = path.resolve(target);
  for (let links = 0; links <= MAX_LINKS; links++) {
    let stat: fs.Stats;
    try {
      stat = fsys.lstatSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path: p };
      throw new WriteError(`${target}: cannot write it (${reason(e)})`);
    }
    if (stat.isSymbolicLink()) {
      p = path.resolve(path.dirname(p), fsys.readlinkSync(p, 'utf8'));
      continue;
    }
    if (!stat.isFile())
      throw new WriteError(`${target}: ${kindOf(stat)}, not a regular file; give a file path to write to`);
    return { path: p, mode: stat.mode & 0o7777 };
  }
  throw new WriteError(`${target}: too many levels of symbolic links (a loop?)`);
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'is a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device';
  if (stat.isFIFO()) return 'is a named pipe';
  if (stat.isSocket()) return 'is a socket';
  return 'is a special file';
}

/** A run killed mid-write (power cut, kill -9) leaves its temporary file; the next write to the same target removes it. */
function removeCrashedRunsFiles(dir: string, base: string, fsys: WriteFs): void {
  let names: string[];
  try {
    names = fsys.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name) ?? OLD_TEMPORARY.exec(name);
    if (m?.[1] !== base || isRunning(Number(m[2]))) continue;
    fsys.rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The rename is durable only once the folder's entry is on the disk too. Not every platform can open a folder. */
function syncFolder(dir: string, fsys: WriteFs): void {
  let fd: number | undefined;
  try {
    fd = fsys.openSync(dir, 'r');
    fsys.fsyncSync(fd);
  } catch {
    // Windows cannot fsync a folder; the data itself is already flushed
  } finally {
    if (fd !== undefined) fsys.closeSync(fd);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'is a folder',
  EEXIST: 'a file with the temporary name exists',
};

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code && REASONS[code]) return REASONS[code];
  return e instanceof Error ? e.message.replace(/^\w+: /u, '') : String(e);
}
