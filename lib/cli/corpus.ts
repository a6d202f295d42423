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
      const inside = articlesInFolder(input).sort();
      if (!inside.length) throw new InputError(`${input}: no .txt or .html articles in this folder`);
      files.push(...inside);
    } else files.push(input);
  }
  return files;
}

/**
 * The articles in a folder and its subfolders. Symbolic links are followed (a corpus often links articles kept
 * elsewhere); each real folder is entered once, so a link back up the tree cannot loop, and each real file is read
 * once. A dangling link is skipped like any file that is not an article.
 */
function articlesInFolder(root: string): string[] {
  const found: string[] = [];
  const entered = new Set<string>();
  const readFiles = new Set<string>();
  const walk = (dir: string) => {
    const real = fs.realpathSync(dir);
    if (entered.has(real)) return;
    entered.add(real);
    // sorted, so that which of an article and its link is kept does not depend on the file system's order
    const entries = fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const p = path.join(dir, entry.name);
      let stat: fs.Stats | undefined = undefined;
      if (entry.isSymbolicLink()) {
        try {
          stat = fs.statSync(p);
        } catch {
          continue;
        }
      }
      if (stat ? stat.isDirectory() : entry.isDirectory()) walk(p);
      else if (
        (stat ? stat.isFile() : entry.isFile()) &&
        ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())
      ) {
        // an article and a link to it are one article: read twice, its names would count double
        const file = fs.realpathSync(p);
        if (!readFiles.has(file)) found.push(p);
        readFiles.add(file);
      }
    }
  };
  walk(root);
  return found;
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
