import type { Article } from './build';
import { htmlToArticle } from './html';

export const isHtmlFile = (file: string): boolean => /\.html?$/iu.test(file);

/**
 * An article from a file's name and decoded text: an HTML page becomes its reading text (no scripts, styles,
 * navigation), with the title and date its markup gives. Undefined when a page has no article text at all.
 * Pure: the CLI (files on disk) and the manager (files the reader drops) share it.
 */
export function articleFromText(file: string, id: string, text: string): Article | undefined {
  if (!isHtmlFile(file)) return { id, file, text };
  const page = htmlToArticle(text);
  if (!page.text.trim()) return undefined;
  const article: Article = { id, file, text: page.text };
  if (page.title) article.title = page.title;
  const date = page.date?.slice(0, 10);
  if (date && /^\d{4}-\d{2}-\d{2}$/u.test(date)) article.date = date;
  return article;
}
