import { parseHTML } from 'linkedom';
import { readDocument, type PageArticle } from '../article/page-article';

/**
 * The article of an HTML file, read as the extension reads a page: the markup is parsed into a DOM (linkedom: no
 * browser here) and handed to the same reader.
 */
export function htmlToArticle(html: string): PageArticle {
  const { document } = parseHTML(html);
  return readDocument(document as unknown as Document);
}
