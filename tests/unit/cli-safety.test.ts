import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

// The CLI as a reader runs it, on the inputs issue 13 §5 lists: each loses nothing and says what happened.
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'lib/cli/main.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-cli-safety-'));

function kashif(...args: string[]) {
  const r = spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function write(name: string, data: string | Uint8Array): string {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}
const names = (file: string): string[] =>
  (JSON.parse(fs.readFileSync(file, 'utf8')) as { entities: { name: string }[] }).entities.map((e) => e.name);
const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

const sentence = 'وقال السفير كارل هولم، ممثل السويد، إن الحوار مستمر.\n';

describe('kashif build: the dictionary on disk', () => {
  it('refuses to write over a named pipe, leaving it a pipe', () => {
    const fifo = path.join(tmp, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const r = kashif('build', write('a.txt', sentence), '-o', fifo);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pipe\.json: is a named pipe, not a regular file/u);
    oneLine(r.stderr);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes through a symbolic link, keeping the link', () => {
    const real = write('real/dictionary.json', '{"old":true}');
    const link = path.join(tmp, 'link.json');
    fs.symlinkSync(path.relative(tmp, real), link);
    const r = kashif('build', write('b.txt', sentence), '-o', link);
    expect(r.code).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(names(real)).toContain('كارل هولم');
    expect(fs.readdirSync(path.dirname(real))).toEqual(['dictionary.json']);
  });

  it('refuses a loop of symbolic links in one line', () => {
    fs.symlinkSync('loop-b.json', path.join(tmp, 'loop-a.json'));
    fs.symlinkSync('loop-a.json', path.join(tmp, 'loop-b.json'));
    const r = kashif('build', write('c.txt', sentence), '-o', path.join(tmp, 'loop-a.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/loop-a\.json: too many levels of symbolic links/u);
    oneLine(r.stderr);
  });
});

describe('kashif build: what the articles are', () => {
  it('reads UTF-8 with a few invalid bytes as UTF-8, warning with the byte offsets', () => {
    const good = new TextEncoder().encode(sentence.repeat(3));
    const file = write('damaged.txt', Uint8Array.from([...good.subarray(0, 4), 0xff, ...good.subarray(4)]));
    const out = path.join(tmp, 'damaged.json');
    const r = kashif('build', file, '-o', out, '-q');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kashif: warning: .*damaged\.txt: an invalid UTF-8 byte at byte offset 4, read as �$/mu);
    expect(names(out)).toContain('كارل هولم');
  });

  it('reads UTF-16 without a byte-order mark', () => {
    const out = path.join(tmp, 'utf16.json');
    expect(kashif('build', write('utf16.txt', iconv.encode(sentence, 'utf-16le')), '-o', out).code).toBe(0);
    expect(names(out)).toContain('كارل هولم');
  });

  it('refuses a byte-order mark alone as an empty file', () => {
    const r = kashif('build', write('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf])), '-o', path.join(tmp, 'bom.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bom\.txt: the file is empty/u);
    expect(fs.existsSync(path.join(tmp, 'bom.json'))).toBe(false);
  });

  it('refuses a file with a NUL byte after its first 8 KB as binary', () => {
    const r = kashif(
      'build',
      write(
        'late-nul.txt',
        Buffer.concat([Buffer.from(sentence.repeat(120)), Buffer.from([0]), Buffer.from(sentence)]),
      ),
      '-o',
      path.join(tmp, 'nul.json'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/late-nul\.txt: a binary file, not text/u);
  });

  it('reads a symbolic link to an article in a corpus folder, once, and survives a link back up the tree', () => {
    write('tree/elsewhere/holm.txt', sentence);
    write('tree/corpus/other.txt', 'قال الوزير سامي عارف إن الاجتماع انتهى.\n');
    const corpus = path.join(tmp, 'tree/corpus');
    fs.symlinkSync('../elsewhere/holm.txt', path.join(corpus, 'holm.txt'));
    // `up` leads back to tree, which holds corpus again and holm.txt under its own name
    fs.symlinkSync('..', path.join(corpus, 'up'));
    const out = path.join(tmp, 'corpus.json');
    const r = kashif('build', corpus, '-o', out, '-q');
    expect(r.code).toBe(0);
    expect(names(out)).toContain('كارل هولم');
    expect(
      (JSON.parse(fs.readFileSync(out, 'utf8')) as { sources: { id: string }[] }).sources.map((s) => s.id).sort(),
    ).toEqual(['holm', 'other']);
  });
});

// any control character but the line feed that ends each line
// eslint-disable-next-line no-control-regex -- finding control characters is what the test is for
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u;

describe('kashif lookup and annotate: what reaches the terminal', () => {
  const entity = (name: string) => ({
    id: 'p-x',
    type: 'person',
    name,
    aliases: [],
    roles: [{ title: 'سفير\u001b]0;owned\u0007' }],
    mentions: [],
    related: [],
  });
  const dictionary = () =>
    write(
      'controls.json',
      JSON.stringify({
        format: 'kashif-dictionary',
        version: 1,
        builtAt: '2024-01-01T00:00:00Z',
        sources: [],
        entities: [entity('كارل\u001b[2J هولم\u009b')],
      }),
    );

  it('escapes control characters in text output', () => {
    const r = kashif('lookup', '--dict', dictionary(), 'كارل');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('كارل\\u001b[2J هولم\\u009b — سفير\\u001b]0;owned\\u0007');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });

  it('escapes them in JSON lines too, which stay valid JSON with the same value', () => {
    const r = kashif('lookup', '--dict', dictionary(), 'كارل', '--json');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(r.stdout.trim()).name).toBe('كارل\u001b[2J هولم\u009b');
  });
});

const dictionaryOfOne = () =>
  write(
    'one.json',
    JSON.stringify({
      format: 'kashif-dictionary',
      version: 1,
      builtAt: '2024-01-01T00:00:00Z',
      sources: [],
      entities: [{ id: 'p-h', type: 'person', name: 'كارل هولم', aliases: [], roles: [], mentions: [], related: [] }],
    }),
  );

describe('kashif: usage errors', () => {
  it('says an unknown option in one line', () => {
    const r = kashif('build', '--frobnicate', 'x.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kashif: build: unknown option --frobnicate (try kashif build --help)\n');
  });

  it('is the bin package.json names, runnable as `npx kashif`', () => {
    const bin = (
      JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }
    ).bin.kashif!;
    const r = spawnSync(
      process.execPath,
      [path.join(root, bin), 'lookup', '--dict', dictionaryOfOne(), 'هولم', '--json'],
      { encoding: 'utf8', cwd: tmp },
    );
    expect(r.status).toBe(0);
    // nothing but the JSON line: no banner before it
    expect(JSON.parse(r.stdout).name).toBe('كارل هولم');
    expect(fs.statSync(path.join(root, bin)).mode & 0o111).toBeTruthy();
  });

  it('prints its version', () => {
    const r = kashif('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `kashif ${(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version}\n`,
    );
  });

  it('build --help says where the format is documented', () => {
    const help = kashif('build', '--help').stdout;
    expect(help).toContain('docs/dictionary-format.md');
    expect(fs.existsSync(path.join(root, 'docs/dictionary-format.md'))).toBe(true);
  });
});
