import { firstLineTitle } from '../article/title';
import type { Article } from './build';
import { htmlToArticle } from '#html-article';

export const isHtmlFile = (file: string): boolean => /\.html?$/iu.test(file);

/**
 * An article from a file's name and decoded text: an HTML page becomes its body's reading text, with the
 * title, date and address its markup gives; a plain-text file is titled by its first line. Undefined when a page
 * has no article text at all. Pure: the CLI (files on disk) and the manager (files the reader drops) share it.
 */
export function articleFromText(file: string, id: string, text: string): Article | undefined {
  if (!isHtmlFile(file)) {
    const title = firstLineTitle(text);
    return { id, file, text, ...(title ? { title } : {}) };
  }
  const page = htmlToArticle(text);
  if (!page.text.trim()) return undefined;
  const article: Article = { id, file, text: page.text };
  if (page.title) article.title = page.title;
  if (page.date) article.date = page.date;
  if (page.url) article.url = page.url;
  return article;
}
