// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dictionary/schema';
import type { Responses } from '../../lib/messages/protocol';
import { pageLanguage } from '../../lib/page/card-language';
import { entityFacts } from '../../lib/ui/entity-facts';
import { wordsFor } from '../../lib/ui/words';

type Card = NonNullable<Responses['card']>;
const entity: Entity = {
  id: 'p-x',
  type: 'person',
  name: 'بوريس روجه',
  aliases: ['روجه', 'Boris Ruge'],
  roles: [{ title: 'مساعد الأمين العام', org: 'حلف شمال الأطلسي', source: 'a_99f211480cc16100', date: '2023-01-24' }],
  mentions: [
    { source: 'a_99f211480cc16100', count: 7, snippet: 'قام السفير بوريس روجه' },
    { source: 'b', count: 1, snippet: '…' },
  ],
  related: [],
};
const card: Card = {
  entity,
  related: [],
  sources: [
    { id: 'a_99f211480cc16100', title: 'روجه يلتقي في جنيف', date: '2023-01-24', url: 'https://news.example/ruge' },
    { id: 'b', title: 'مقال آخر', url: 'javascript:alert(1)' },
  ],
};
const compact = (c: Card, lang: 'ar' | 'en' = 'ar') => {
  const box = document.createElement('div');
  box.append(...entityFacts(c, wordsFor(lang), { mode: 'compact' }));
  return box;
};

describe("an entity's facts", () => {
  it('names its articles by title, never by id, with the count in Arabic', () => {
    const box = compact(card);
    const sources = box.querySelector('.sources')!;
    expect(sources.textContent).toContain('ورد في مقالين');
    expect(sources.textContent).toContain('روجه يلتقي في جنيف');
    expect(box.textContent).not.toContain('99f211480cc16100');
  });

  it('links an article to its page only over http(s), without opener or referrer', () => {
    const links = [...compact(card).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://news.example/ruge']);
    expect(links[0]!.rel).toBe('noopener noreferrer');
  });

  it('writes a date as the language does, in one piece, and Latin names in their own isolate', () => {
    const box = compact(card);
    const dates = [...box.querySelectorAll('bdi.date')];
    expect(dates.map((d) => d.textContent)).toContain('24 يناير 2023');
    expect(compact(card, 'en').querySelector('bdi.date')!.textContent).toBe('24 January 2023');
    expect([...box.querySelectorAll('bdi')].map((b) => b.textContent)).toContain('Boris Ruge');
  });

  it('shows in full mode each article with its count, and the source and date of each role', () => {
    const box = document.createElement('div');
    box.append(
      ...entityFacts(card, wordsFor('en'), {
        mode: 'full',
        openRelated: () => undefined,
        loadEntity: () => Promise.resolve(entity),
      }),
    );
    expect(box.querySelector('.mentions')!.textContent).toContain('×7');
    expect(box.querySelector('h3')!.textContent).toBe('Roles');
    expect(box.querySelector('.roles')!.textContent).toContain('روجه يلتقي في جنيف');
    expect(box.textContent).toContain('2 articles');
  });

  it("gives a role's facts the direction of their first, in an English page too", () => {
    const box = document.createElement('div');
    box.append(
      ...entityFacts(card, wordsFor('en'), {
        mode: 'full',
        openRelated: () => undefined,
        loadEntity: () => Promise.resolve(entity),
      }),
    );
    expect(box.querySelector<HTMLElement>('.roles bdi.facts')!.dir).toBe('rtl');
    const latin: Card = { ...card, entity: { ...entity, roles: [{ title: 'سفير', org: 'NATO', date: '2023-01-24' }] } };
    expect(compact(latin, 'ar').querySelector<HTMLElement>('.roles bdi.facts')!.dir).toBe('ltr');
  });

  it('lists a role that several articles give once, in the card and in full, with its articles counted', () => {
    const title = 'السفير';
    const repeated: Card = {
      ...card,
      entity: {
        ...entity,
        roles: [
          { title, source: 'a_99f211480cc16100', date: '2023-01-24' },
          { title, source: 'b' },
          { title: 'مساعد الأمين العام', org: 'حلف شمال الأطلسي', source: 'b' },
        ],
      },
    };
    const glance = compact(repeated);
    expect([...glance.querySelectorAll('.roles li bdi.title')].map((t) => t.textContent)).toEqual([
      title,
      'مساعد الأمين العام',
    ]);
    expect(glance.querySelector('.roles li')!.textContent).toContain('مقالان');
    const box = document.createElement('div');
    box.append(
      ...entityFacts(repeated, wordsFor('en'), {
        mode: 'full',
        openRelated: () => undefined,
        loadEntity: () => Promise.resolve(repeated.entity),
      }),
    );
    const rows = [...box.querySelectorAll('.roles li')];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('روجه يلتقي في جنيف');
    expect(rows[0]!.textContent).toContain('2 articles');
    expect(rows[1]!.textContent).not.toContain('articles');
  });

  it('keeps the compact card short', () => {
    const many: Card = { ...card, entity: { ...entity, aliases: Array.from({ length: 30 }, (_, k) => `اسم${k}`) } };
    expect(compact(many).querySelectorAll('.aliases bdi')).toHaveLength(8);
  });
});

describe("the page's language", () => {
  const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  it('follows lang, then dir, then the script of the text', () => {
    expect(pageLanguage(page('<html lang="ar-DZ"><body>Hello world</body></html>'))).toBe('ar');
    expect(pageLanguage(page('<html lang="en"><body>قال الوزير</body></html>'))).toBe('en');
    expect(pageLanguage(page('<html dir="rtl"><body>Hello</body></html>'))).toBe('ar');
    expect(
      pageLanguage(
        page('<html><head><title>خبر</title></head><body><p>قال وزير الخارجية إن Lamamra</p></body></html>'),
      ),
    ).toBe('ar');
    expect(
      pageLanguage(
        page(
          '<html><body><p>The minister said</p><script>var s = "قال الوزير قال الوزير قال الوزير";</script></body></html>',
        ),
      ),
    ).toBe('en');
  });
});
