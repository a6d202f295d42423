// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleFromDocument } from '../../lib/article/page-article';
import { BODY_SENTENCES, FURNITURE_NAMES, newsPage } from './article-page';

/** The page as a browser shows it: the extension's content script hands Kashif this document. */
function showPage(html: string, url = 'https://alghad.example/news/7?ref=home'): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // happy-dom parses without an address; a real page has one
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}

describe('the article of the page the reader reads (browser DOM)', () => {
  it("gives the body's text, title, day and address, and nothing of the furniture", () => {
    const doc = showPage(
      newsPage(`<meta property="og:title" content="وزير الصحة يطلق حملة وطنية للتطعيم - صحيفة الغد">
      <meta property="og:site_name" content="صحيفة الغد"><meta property="article:published_time" content="2024-03-05T10:00:00Z">
      <link rel="canonical" href="/news/7">`),
    );
    const article = articleFromDocument(doc);
    expect(article).toMatchObject({
      title: 'وزير الصحة يطلق حملة وطنية للتطعيم',
      date: '2024-03-05',
      url: 'https://alghad.example/news/7',
    });
    for (const sentence of BODY_SENTENCES) expect(article.text.split('\n')).toContain(sentence);
    for (const name of FURNITURE_NAMES) expect(article.text).not.toContain(name);
  });

  it('never changes the page it reads', () => {
    const doc = showPage(newsPage());
    const before = doc.documentElement.outerHTML;
    articleFromDocument(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a page whose markup gives no address has none: the caller knows its location', () => {
    expect(articleFromDocument(new DOMParser().parseFromString(newsPage(), 'text/html')).url).toBeUndefined();
  });
});
