import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError, writeFileAtomic, type WriteFs } from '../../lib/cli/write-atomic';

// writeFileAtomic with the file system calls it makes replaced where a test needs a disk that fills up:
// everything else is the real file system, in a folder of the test's own.
const fresh = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-write-'));
const enospc = () =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });

/** A disk with `room` bytes left: writes go short, then fail with ENOSPC, as write(2) does on a filling disk. */
function fullAfter(room: number): WriteFs {
  let left = room;
  return {
    ...fs,
    writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
      if (left === 0) throw enospc();
      const n = Math.min(left, length);
      left -= n;
      return fs.writeSync(fd, buffer, offset, n);
    }) as WriteFs['writeSync'],
  };
}

describe('writeFileAtomic', () => {
  it('on a full disk: one clear error, the old file intact, no temporary file left', () => {
    const dir = fresh();
    const target = path.join(dir, 'dictionary.json');
    fs.writeFileSync(target, 'the old dictionary');
    let error: unknown;
    try {
      writeFileAtomic(target, 'x'.repeat(100_000), fullAfter(4096));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toBe(
      `${target}: cannot write it (no space left on the disk); the previous file is unchanged`,
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('the old dictionary');
    expect(fs.readdirSync(dir)).toEqual(['dictionary.json']);
  });

  it('goes on after a short write, and refuses a write of nothing', () => {
    const dir = fresh();
    const target = path.join(dir, 'd.json');
    const short: WriteFs = {
      ...fs,
      writeSync: ((fd: number, b: Uint8Array, o: number, l: number) =>
        fs.writeSync(fd, b, o, Math.min(l, 1000))) as WriteFs['writeSync'],
    };
    const data = 'قال السفير كارل هولم '.repeat(500);
    writeFileAtomic(target, data, short);
    expect(fs.readFileSync(target, 'utf8')).toBe(data);
    const nothing: WriteFs = { ...fs, writeSync: (() => 0) as unknown as WriteFs['writeSync'] };
    expect(() => writeFileAtomic(target, 'new', nothing)).toThrow(/no space left on the disk/u);
    expect(fs.readFileSync(target, 'utf8')).toBe(data);
    expect(fs.readdirSync(dir)).toEqual(['d.json']);
  });

  it('flushes the data to the disk before the rename', () => {
    const dir = fresh();
    const calls: string[] = [];
    const spy: WriteFs = {
      ...fs,
      fsyncSync: ((fd: number) => {
        calls.push('fsync');
        fs.fsyncSync(fd);
      }) as WriteFs['fsyncSync'],
      renameSync: ((a: fs.PathLike, b: fs.PathLike) => {
        calls.push('rename');
        fs.renameSync(a, b);
      }) as WriteFs['renameSync'],
    };
    writeFileAtomic(path.join(dir, 'd.json'), '{}', spy);
    expect(calls.slice(0, 2)).toEqual(['fsync', 'rename']);
  });

  it('refuses a device and a folder, leaving them as they are', () => {
    expect(() => writeFileAtomic('/dev/null', '{}')).toThrow(
      new WriteError('/dev/null: is a device, not a regular file; give a file path to write to'),
    );
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
    const dir = fresh();
    expect(() => writeFileAtomic(dir, '{}')).toThrow(/is a folder, not a regular file/u);
  });

  it("keeps a symbolic link, writes its target, and keeps the target's permissions", () => {
    const dir = fresh();
    const real = path.join(dir, 'real.json');
    fs.writeFileSync(real, 'old', { mode: 0o640 });
    fs.chmodSync(real, 0o640);
    fs.symlinkSync('real.json', path.join(dir, 'link.json'));
    writeFileAtomic(path.join(dir, 'link.json'), 'new');
    expect(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe('new');
    expect(fs.statSync(real).mode & 0o777).toBe(0o640);
    // a dangling link: its target is made, as `>` in a shell would
    fs.symlinkSync('sub/made.json', path.join(dir, 'dangling.json'));
    writeFileAtomic(path.join(dir, 'dangling.json'), 'made');
    expect(fs.readFileSync(path.join(dir, 'sub/made.json'), 'utf8')).toBe('made');
  });

  it('removes the temporary file a crashed run left, not one a running write owns', () => {
    const dir = fresh();
    // pid_max is at most 2^22 on Linux: no process has this pid
    const crashed = path.join(dir, '.d.json.kashif-tmp-99999999-1a2b3c4d');
    const running = path.join(dir, `.d.json.kashif-tmp-${process.pid}-5e6f7a8b`);
    const otherTarget = path.join(dir, '.other.json.kashif-tmp-99999999-1a2b3c4d');
    const olderVersion = path.join(dir, '.d.json.99999999.1764590000000.tmp');
    for (const f of [crashed, running, otherTarget, olderVersion]) fs.writeFileSync(f, 'half');
    writeFileAtomic(path.join(dir, 'd.json'), '{}');
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(running), path.basename(otherTarget), 'd.json'].sort());
  });
});
