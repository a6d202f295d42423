import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'lib/cli/main.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-cli-'));
const seeds = path.join(root, 'seeds');
const dict = path.join(tmp, 'seeds.json');

function kashif(...args: string[]) {
  const r = spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const write = (name: string, data: string | Uint8Array) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, data);
  return p;
};

beforeAll(() => {
  execFileSync(tsx, [cli, 'build', seeds, '-o', dict, '--quiet'], { cwd: root });
});

describe('kashif build', () => {
  it('writes a valid dictionary of the seed corpus', () => {
    const d = JSON.parse(fs.readFileSync(dict, 'utf8'));
    expect(d.format).toBe('kashif-dictionary');
    expect(d.sources.map((s: { id: string }) => s.id)).toEqual(
      fs
        .readdirSync(seeds)
        .map((f) => f.replace(/\.txt$/u, ''))
        .sort(),
    );
    expect(d.entities.length).toBeGreaterThan(20);
  });

  it('is deterministic: the same corpus gives the same entities and ids', () => {
    const again = path.join(tmp, 'again.json');
    expect(kashif('build', seeds, '-o', again, '-q').code).toBe(0);
    const a = JSON.parse(fs.readFileSync(dict, 'utf8'));
    const b = JSON.parse(fs.readFileSync(again, 'utf8'));
    expect(b.entities).toEqual(a.entities);
  });

  it('reads an HTML article without its scripts and navigation', () => {
    const page = write(
      'page.html',
      '<html><body><nav>السفير نافيد نافي</nav><p>وقال السفير كارل هولم، ممثل السويد، إن</p><script>السفير جون سكريبت</script></body></html>',
    );
    const out = path.join(tmp, 'page.json');
    expect(kashif('build', page, '-o', out).code).toBe(0);
    const names = JSON.parse(fs.readFileSync(out, 'utf8')).entities.map((e: { name: string }) => e.name);
    expect(names).toContain('كارل هولم');
    expect(names.join(' ')).not.toMatch(/نافي|سكريبت/u);
  });

  it('leaves the previous dictionary whole when the build fails', () => {
    const out = write('kept.json', '{"kept":true}');
    const r = kashif('build', path.join(tmp, 'missing.txt'), '-o', out);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('{"kept":true}');
  });
});

describe('kashif annotate', () => {
  it('prints mentions in document order with exact text, clitics excluded', () => {
    const file = path.join(seeds, '004_d21c788880c47805.txt');
    const text = fs.readFileSync(file, 'utf8');
    const r = kashif('annotate', '--dict', dict, file);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    let last = -1;
    for (const m of rows) {
      expect(m.start).toBeGreaterThan(last);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      last = m.start;
    }
    const un = rows.filter((m) => m.name === 'الأمم المتحدة');
    expect(un.length).toBeGreaterThan(3);
    expect(un.some((m) => m.text.startsWith('لأمم') || m.text.startsWith('لامم'))).toBe(true);
    expect(rows.some((m) => m.text === 'لعمامرة')).toBe(true);
    expect(rows.some((m) => m.text === 'Ramtane Lamamra')).toBe(true);
  });
});

describe('kashif lookup', () => {
  it('finds an official by surname with a clitic, and by Latin alias', () => {
    expect(kashif('lookup', '--dict', dict, 'لعمامرة').stdout.split('\n')[0]).toContain('رمطان لعمامرة');
    expect(kashif('lookup', '--dict', dict, 'Lamamra').stdout.split('\n')[0]).toContain('رمطان لعمامرة');
    expect(kashif('lookup', '--dict', dict, 'للناتو').stdout.split('\n')[0]).toContain('حلف شمال الأطلسي');
  });
});

describe('bad input: one clear line naming the file, non-zero exit', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['missing file', () => ['annotate', '--dict', dict, path.join(tmp, 'nope.txt')], /nope\.txt: no such file/u],
    [
      'empty file',
      () => ['build', write('empty.txt', ''), '-o', path.join(tmp, 'x.json')],
      /empty\.txt: the file is empty/u,
    ],
    [
      'binary file',
      () => [
        'build',
        write('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
        '-o',
        path.join(tmp, 'x.json'),
      ],
      /bin\.txt: a binary file/u,
    ],
    [
      'invalid JSON dictionary',
      () => ['annotate', '--dict', write('bad.json', '{"format":'), path.join(seeds, '000_42a1e7181d965724.txt')],
      /bad\.json: not valid JSON/u,
    ],
    [
      'dictionary with a bad field',
      () => [
        'lookup',
        '--dict',
        write(
          'field.json',
          JSON.stringify({
            format: 'kashif-dictionary',
            version: 1,
            builtAt: '2024-01-01T00:00:00Z',
            sources: [],
            entities: [{ id: 'x', type: 'city', name: 'a', aliases: [], roles: [], mentions: [], related: [] }],
          }),
        ),
        'x',
      ],
      /field\.json: entities\[0\]\.type/u,
    ],
    [
      'not UTF-8, not Arabic',
      () => [
        'build',
        write('latin1.txt', iconv.encode('café crème brûlée à la carte', 'latin1')),
        '-o',
        path.join(tmp, 'x.json'),
      ],
      /latin1\.txt: not UTF-8/u,
    ],
    ['unknown command', () => ['frobnicate'], /unknown command "frobnicate"/u],
    ['missing -o', () => ['build', seeds], /needs -o FILE/u],
  ];
  for (const [what, args, message] of cases) {
    it(what, () => {
      const r = kashif(...args());
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('decodes an Arabic article saved as windows-1256', () => {
    const file = write(
      'legacy.txt',
      iconv.encode('وقال السفير كارل هولم، ممثل السويد، إن الحوار مستمر.', 'windows-1256'),
    );
    const out = path.join(tmp, 'legacy.json');
    expect(kashif('build', file, '-o', out).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).entities.map((e: { name: string }) => e.name)).toContain(
      'كارل هولم',
    );
  });

  it('has help for every command', () => {
    for (const c of ['build', 'annotate', 'lookup'])
      expect(kashif(c, '--help').stdout).toMatch(new RegExp(`usage: kashif ${c}`, 'u'));
    expect(kashif('--help').stdout).toMatch(/commands:/u);
  });
});
