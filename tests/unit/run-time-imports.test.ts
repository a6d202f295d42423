import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The extractor (lib/extract) is for the CLI, the options page's import worker, and the background's learning
 * from pages (lib/learn, the one run-time module that may import it: an MV3 service worker cannot start workers).
 * Code that runs in every page or in the popup must not load it, or each tab carries its word lists, rules and
 * tagger weights. The content script's, popup's and manager's bundles are followed import by import.
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
/** where a bare import resolves in a browser bundle (package.json "imports", browser condition) */
const BROWSER_IMPORTS: Record<string, string> = { '#html-article': 'lib/article/html-article.ts' };

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

/** The specifiers a bundle loads: type-only imports are erased, and a `?worker` import is a bundle of its own. */
function loadedSpecifiers(source: string): string[] {
  const withoutTypes = source.replace(/\b(?:import|export)\s+type\s[^;]*?\bfrom\s*['"][^'"]+['"]/gu, '');
  return specifiers(withoutTypes).filter((s) => !/\?worker\b/u.test(s));
}

function target(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('@/')) return path.join(ROOT, specifier.slice(2));
  if (specifier.startsWith('.')) return path.resolve(path.dirname(file), specifier);
  const mapped = BROWSER_IMPORTS[specifier];
  return mapped ? path.join(ROOT, mapped) : undefined;
}

function resolvesIntoExtract(file: string, specifier: string): boolean {
  const t = target(file, specifier);
  return t !== undefined && (t === EXTRACT || t.startsWith(EXTRACT + path.sep));
}

/** A project module's file, or undefined for assets (css, json, html) and packages. */
function moduleFile(file: string, specifier: string): string | undefined {
  const t = target(file, specifier.replace(/\?.*$/u, ''));
  if (!t) return undefined;
  for (const candidate of [t, `${t}.ts`, path.join(t, 'index.ts')])
    if (/\.ts$/u.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** Every project file a bundle starting at `entry` includes. */
function bundled(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [path.join(ROOT, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const s of loadedSpecifiers(fs.readFileSync(file, 'utf8'))) {
      const next = moduleFile(file, s);
      if (next) todo.push(next);
    }
  }
  return [...seen].map((f) => path.relative(ROOT, f)).sort();
}

const inExtract = (files: string[]) => files.filter((f) => f.startsWith('lib/extract/'));

describe('run-time code', () => {
  it('imports nothing from lib/extract, except the learning module', () => {
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

  it('leaves the extractor out of the content script and the popup', () => {
    expect(inExtract(bundled('entrypoints/content/index.ts'))).toEqual([]);
    expect(inExtract(bundled('entrypoints/popup/main.ts'))).toEqual([]);
  });

  it("leaves recognition out of the manager's page: only reading a dropped file, its worker extracts", () => {
    expect(inExtract(bundled('entrypoints/options/main.ts'))).toEqual(['lib/extract/article-file.ts']);
  });

  it('gives the background the extractor through the learning module', () => {
    const files = bundled('entrypoints/background.ts');
    expect(files).toContain('lib/learn/learn-page.ts');
    expect(files).toContain('lib/extract/build.ts');
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

  it('follows what a bundle loads, not type-only imports or workers', () => {
    expect(
      loadedSpecifiers(
        "import type { A } from './a';\nimport { b, type C } from './b';\nimport W from './w?worker';\nimport './c';",
      ),
    ).toEqual(['./b', './c']);
  });
});
