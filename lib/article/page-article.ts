import { Readability } from '@mozilla/readability';
import { articleDate } from './date';
import { blockText } from './block-text';
import { pageUrl, publishedDay, siteNames, titleSources } from './metadata';
import { articleTitle } from './title';

/**
 * The article a page carries: its body's reading text (never the masthead, menus, "most read", related headlines
 * or comments), its headline, publication day and address. Browser-safe (no Node API): the extension reads the
 * page the reader reads with it, the CLI a parsed .html file, so both learn from the same text.
 */
export interface PageArticle {
  /** the body, one line per block */
  text: string;
  title?: string;
  /** YYYY-MM-DD, from the metadata or else the dateline */
  date?: string;
  /** canonical address, when the markup gives one */
  url?: string;
}

// a page Readability finds no article in is read whole, but without its masthead either
const WHOLE_PAGE_SKIP = new Set(['header']);

/**
 * Reads `doc` and consumes it: Readability rewrites the tree it scores. Give it a document of its own (a parsed
 * file, or a clone); `articleFromDocument` clones for you.
 */
export function readDocument(doc: Document): PageArticle {
  const title = articleTitle({ ...titleSources(doc), siteNames: siteNames(doc) });
  const metaDate = publishedDay(doc);
  const url = pageUrl(doc);
  // the element itself, not its HTML: block boundaries survive as line breaks
  const body = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse()?.content;
  const text = body ? blockText(body) : doc.body ? blockText(doc.body, { skip: WHOLE_PAGE_SKIP }) : '';
  const date = metaDate ?? articleDate(text);
  return { text, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(url ? { url } : {}) };
}

/** The article of the page `doc` shows, read from a clone: the page itself is never changed. */
export function articleFromDocument(doc: Document): PageArticle {
  return readDocument(doc.cloneNode(true) as Document);
}
