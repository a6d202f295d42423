import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './browser';

export interface Annotation {
  start: number;
  end: number;
  text: string;
  type: string;
}

/** What `kashif annotate` finds in `text` with the built-in dictionary: what the extension must highlight. */
export function annotate(text: string): Annotation[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-annotate-'));
  try {
    const file = path.join(dir, 'article.txt');
    fs.writeFileSync(file, text);
    const dict = path.join(root, 'public/seed-dictionary.json');
    const r = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'lib/cli/main.ts'), 'annotate', '--dict', dict, file],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Annotation)
      .map(({ start, end, text: t, type }) => ({ start, end, text: t, type }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
