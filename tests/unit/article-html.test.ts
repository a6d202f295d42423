import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/article-file';
import { buildDictionary } from '../../lib/extract/build';
import { htmlToArticle } from '../../lib/extract/html';
import { BODY_SENTENCES, FURNITURE_NAMES, newsPage } from './article-page';

describe('the article body of an HTML file', () => {
  it('keeps each body paragraph as a line of its own', () => {
    const { text } = htmlToArticle(newsPage());
    for (const sentence of BODY_SENTENCES) expect(text.split('\n')).toContain(sentence);
  });

  it('leaves out the masthead, the menu, «most read», the related aside, captions and comments', () => {
    const { text } = htmlToArticle(newsPage());
    for (const name of FURNITURE_NAMES) expect(text).not.toContain(name);
    expect(text).not.toContain('التعليقات');
  });

  it("a dictionary built from the page knows the body's officials and nobody from the furniture", () => {
    const article = articleFromText('page.html', 'page', newsPage());
    const names = buildDictionary([article!]).entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).toEqual(expect.arrayContaining(['خالد منصور', 'ليلى حداد']));
    for (const name of FURNITURE_NAMES) expect(names.some((n) => n.includes(name))).toBe(false);
  });

  it('drops scripts, styles and hidden blocks inside the body', () => {
    const page = newsPage().replace(
      '<div class="article-body">',
      '<div class="article-body"><script>var x = "السفير";</script><style>p{}</style><p hidden>نص مخفي للسفير فادي</p><p style="display: none">نص مخفي آخر</p>',
    );
    const { text } = htmlToArticle(page);
    expect(text).not.toMatch(/السفير"|مخفي|p\{\}/u);
    expect(text).toContain(BODY_SENTENCES[0]);
  });

  it('a page with no readable body at all gives no article', () => {
    expect(
      articleFromText(
        'empty.html',
        'empty',
        '<html><head><title>فارغ</title></head><body><nav>الرئيسية</nav></body></html>',
      ),
    ).toBeUndefined();
  });
});

describe('what an HTML file says about its article', () => {
  it('the title is og:title without the site name; the day and address come from the metadata', () => {
    const article = articleFromText(
      'page.html',
      'page',
      newsPage(`<title>وزير الصحة يطلق حملة وطنية للتطعيم - أخبار - صحيفة الغد</title>
      <meta property="og:site_name" content="صحيفة الغد"><meta property="og:title" content="وزير الصحة يطلق حملة وطنية للتطعيم | صحيفة الغد">
      <meta property="article:published_time" content="2024-03-05T23:30:00+03:00"><link rel="canonical" href="https://alghad.example/news/1">`),
    );
    expect(article).toMatchObject({
      title: 'وزير الصحة يطلق حملة وطنية للتطعيم',
      date: '2024-03-05',
      url: 'https://alghad.example/news/1',
    });
    expect(buildDictionary([article!]).sources[0]).toMatchObject({
      title: 'وزير الصحة يطلق حملة وطنية للتطعيم',
      date: '2024-03-05',
      url: 'https://alghad.example/news/1',
    });
  });

  it('JSON-LD gives the day when no meta does, and a broken JSON-LD block is skipped', () => {
    const { date } = htmlToArticle(
      newsPage(`<script type="application/ld+json">{broken</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}]}</script>`),
    );
    expect(date).toBe('2023-11-02');
  });

  it('RDFa and <time datetime> give the day too', () => {
    expect(
      htmlToArticle(
        newsPage().replace(
          '<article>',
          '<article><span property="dc:date dc:created" content="2019-02-08T00:00:00+01:00">الجمعة 8 فيفري 2019</span>',
        ),
      ).date,
    ).toBe('2019-02-08');
    expect(htmlToArticle(newsPage().replace('<h1>', '<time datetime="2021-07-14">14 يوليو</time><h1>')).date).toBe(
      '2021-07-14',
    );
  });

  it('without metadata the day is read from the dateline', () => {
    const page = newsPage().replace(
      '<div class="article-body">',
      '<div class="article-body"><p>القاهرة في 12 مارس 2022، أعلنت الوزارة بدء الحملة رسميا، بحضور عدد كبير من المسؤولين.</p>',
    );
    expect(htmlToArticle(page).date).toBe('2022-03-12');
  });

  it('og:url is the address when there is no canonical link; a relative one with no page to resolve against is none', () => {
    expect(htmlToArticle(newsPage('<meta property="og:url" content="https://alghad.example/news/2">')).url).toBe(
      'https://alghad.example/news/2',
    );
    expect(htmlToArticle(newsPage('<link rel="canonical" href="/news/3">')).url).toBeUndefined();
  });

  it('without og:title, <title> loses its section and site; failing both, the h1', () => {
    expect(
      htmlToArticle(newsPage('<title>وزير الصحة يطلق حملة وطنية للتطعيم - أخبار وتقارير - صحيفة الغد</title>')).title,
    ).toBe('وزير الصحة يطلق حملة وطنية للتطعيم');
    expect(htmlToArticle(newsPage()).title).toBe('وزير الصحة يطلق حملة وطنية للتطعيم');
  });
});

describe('a plain-text article', () => {
  it('is titled by its first line that reads as a headline', () => {
    expect(
      articleFromText('a.txt', 'a', 'الدولي\n\nوزير الخارجية يلتقي نظيره الفرنسي في باريس\nقال الوزير…')?.title,
    ).toBe('وزير الخارجية يلتقي نظيره الفرنسي في باريس');
    expect(articleFromText('b.txt', 'b', '**عاجل: البرلمان يقر الموازنة**\nنص')?.title).toBe(
      'عاجل: البرلمان يقر الموازنة',
    );
  });
});
