import { fnv1a } from '../dictionary/ids';
import type { Source } from '../dictionary/schema';

/** An article the reader read in the browser, as its content script sent it (see the learnPage request). */
export interface PageArticle {
  url: string;
  title: string;
  /** the article body's reading text (lib/article), never the whole page */
  text: string;
  /** YYYY-MM-DD, when the page says */
  date?: string;
  /** the site the reader read it on */
  host: string;
}

/** A page's address without its fragment: one article, however it was scrolled to. */
export function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The source a page is recorded as: its id stays the same for the same address, so that reading it again adds nothing. */
export function pageSource(page: PageArticle): Source {
  const address = pageAddress(page.url);
  const source: Source = { id: `page-${fnv1a(address)}`, file: address, chars: page.text.length, site: page.host };
  if (page.title) source.title = page.title;
  if (page.date) source.date = page.date;
  if (/^https?:\/\//iu.test(address) && URL.canParse(address)) source.url = address;
  return source;
}
