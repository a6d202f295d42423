import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The extractor (lib/extract) is for the CLI and the options page's import worker: code that runs as the reader
 * reads must not load it, or the extension carries its word lists and rules everywhere.
 */
const ROOT = path.join(import.meta.dirname, '../..');
const RUN_TIME = [
  'entrypoints/background.ts',
  'entrypoints/content',
  'entrypoints/popup',
  ...[
    'arabic',
    'article',
    'encoding',
    'background',
    'db',
    'dictionary',
    'match',
    'messages',
    'page',
    'search',
    'ui',
  ].map((f) => `lib/${f}`),
];
const EXTRACT = path.join(ROOT, 'lib/extract');

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.statSync(full).isDirectory()) return [full];
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|js|mjs)$/u.test(f))
    .map((f) => path.join(full, f));
}

/** Every module specifier of a file: static imports and re-exports, side-effect imports, dynamic imports. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/gu)) found.push(m[1]!);
  return found;
}

function resolvesIntoExtract(file: string, specifier: string): boolean {
  let target: string;
  if (specifier.startsWith('@/')) target = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) target = path.resolve(path.dirname(file), specifier);
  else return false;
  return target === EXTRACT || target.startsWith(EXTRACT + path.sep);
}

describe('run-time code', () => {
  it('imports nothing from lib/extract', () => {
    const offenders: string[] = [];
    for (const entry of RUN_TIME) {
      for (const file of sourceFiles(entry)) {
        for (const s of specifiers(fs.readFileSync(file, 'utf8'))) {
          if (resolvesIntoExtract(file, s)) offenders.push(`${path.relative(ROOT, file)} imports ${s}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('is recognized by the scan when it imports the extractor', () => {
    const file = path.join(ROOT, 'lib/search/x.ts');
    expect(
      specifiers(
        "import { a } from '../extract/words';\nexport * from \"@/lib/extract/build\";\nawait import('../extract/html');",
      ).filter((s) => resolvesIntoExtract(file, s)),
    ).toHaveLength(3);
    expect(resolvesIntoExtract(file, '../arabic/clitics')).toBe(false);
    expect(resolvesIntoExtract(file, '../extractor-free')).toBe(false);
  });
});
