import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../extract/build';
import { articleFromText } from '../extract/article-file';
import { InputError, readTextFile } from './read-text';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

/** The article files named on the command line: files as given, folders searched for .txt/.html, sorted. */
export function listArticleFiles(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) throw new InputError(`${input}: no such file or folder`);
    if (fs.statSync(input).isDirectory()) {
      const inside = fs.readdirSync(input, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && ARTICLE_EXTENSIONS.has(path.extname(d.name).toLowerCase()))
        .map((d) => path.join(d.parentPath, d.name))
        .sort();
      if (!inside.length) throw new InputError(`${input}: no .txt or .html articles in this folder`);
      files.push(...inside);
    } else files.push(input);
  }
  return files;
}

/** Reads one article: an HTML page becomes its reading text (no scripts, styles, navigation). */
export function readArticleFile(file: string, id: string): Article {
  const article = articleFromText(file, id, readTextFile(file).text);
  if (!article) throw new InputError(`${file}: the page has no article text`);
  return article;
}

/** Ids from file names, made unique («a», «a-2») so that two folders' «index.html» stay apart. */
export function articleIds(files: string[]): string[] {
  const used = new Map<string, number>();
  return files.map((f) => {
    const base = path.basename(f).replace(/\.[^.]+$/u, '');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** The text `annotate` reports offsets into: the file's text, or an HTML page's reading text. */
export function annotatableText(file: string): string {
  return readArticleFile(file, 'annotate').text;
}
