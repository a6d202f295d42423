import { Parser } from 'htmlparser2';

/**
 * The article text of an HTML page: what a reader reads, without scripts, styles, navigation, headers, footers,
 * asides and forms. Block elements end lines (a name never spans two paragraphs). Also the page's own
 * publication date and title where its markup gives them.
 */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'svg', 'iframe', 'head']);
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'tr', 'td', 'th', 'table', 'figure', 'figcaption', 'main', 'time', 'hr', 'pre', 'dd', 'dt']);
const DATE_META = new Set(['article:published_time', 'datepublished', 'date', 'pubdate', 'publish-date', 'dc.date']);

export interface HtmlArticle {
  text: string;
  title?: string;
  /** as the markup gives it (ISO date-time or date) */
  date?: string;
}

export function htmlToArticle(html: string): HtmlArticle {
  const parts: string[] = [];
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let date: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (!date && DATE_META.has(key) && attrs.content) date = attrs.content;
        }
        if (name === 'time' && !date && attrs.datetime) date = attrs.datetime;
        const hidden = SKIPPED.has(name) || attrs.hidden !== undefined || attrs['aria-hidden'] === 'true';
        if (skipDepth || hidden) { skipDepth++; return; }
        if (BLOCKS.has(name)) parts.push('\n');
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (!skipDepth) parts.push(text);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (skipDepth) { skipDepth--; return; }
        if (BLOCKS.has(name)) parts.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = parts.join('').replace(/[ \t\u00A0]+/gu, ' ').replace(/ *\n[\s]*/gu, '\n').trim();
  const article: HtmlArticle = { text };
  if (title.trim()) article.title = title.trim();
  if (date) article.date = date;
  return article;
}
