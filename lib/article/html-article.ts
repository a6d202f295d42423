import { readDocument, type PageArticle } from './page-article';

/** The article of an HTML text, parsed by the browser's own DOMParser (the manager page, where files are dropped). */
export function htmlToArticle(html: string): PageArticle {
  return readDocument(new DOMParser().parseFromString(html, 'text/html'));
}
