import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dictionary/schema';
import { boundNewLearned } from '../../lib/learn/bound';
import { learnPage, type PageLearning } from '../../lib/learn/learn-page';
import { moveLearned } from '../../lib/learn/learned-state';
import { pageSource, type PageArticle } from '../../lib/learn/page-source';
import { entity } from './test-entities';

// One rule each, on small made-up articles. The extraction is the CLI's; these names are ones it reads.
const SAFADI =
  'قال وزير الخارجية الأردني أيمن الصفدي إن المملكة ترفض التصعيد. وأضاف الصفدي أن وزارة الخارجية الأردنية ستتابع.';
const MACRON = 'التقى الرئيس الفرنسي إيمانويل ماكرون بالأمين العام للأمم المتحدة أنطونيو غوتيريش في باريس.';
const NOW = new Date('2026-12-01T10:00:00Z');
const LATER = new Date('2026-12-02T10:00:00Z');

const article = (url: string, text = SAFADI): PageArticle => ({ url, title: 'خبر', text, host: new URL(url).hostname });

/** Learns pages one after the other, as the store would write them, and gives the entities at the end. */
function read(pages: PageArticle[], start: Entity[] = [], maxNew?: number, times = pages.map(() => NOW)) {
  let stored = start;
  const results: PageLearning[] = [];
  pages.forEach((p, k) => {
    const r = learnPage(p, stored, { now: times[k]!, ...(maxNew ? { maxNew } : {}) });
    results.push(r);
    const put = new Map(r.put.map((e) => [e.id, e]));
    stored = [...stored.filter((e) => !put.has(e.id) && !r.remove.includes(e.id)), ...put.values()];
  });
  return { stored, results, byName: (name: string) => stored.find((e) => e.name === name) };
}

describe('learning a page', () => {
  it('makes the names it finds new learned entities, with the page as their source', () => {
    const { stored, results } = read([article('https://a.example/1#top')]);
    expect(results[0]!.added).toBe(2);
    expect(stored.map((e) => [e.name, e.origin, e.learned])).toEqual([
      [
        'أيمن الصفدي',
        'learned',
        { state: 'new', sites: ['a.example'], firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString() },
      ],
      [
        'وزارة الخارجية الأردنية',
        'learned',
        { state: 'new', sites: ['a.example'], firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString() },
      ],
    ]);
    const source = results[0]!.source!;
    expect(source).toMatchObject({ url: 'https://a.example/1', site: 'a.example', title: 'خبر' });
    expect(stored.every((e) => e.mentions.every((m) => m.source === source.id))).toBe(true);
    // co-mentions point at the stored entities
    expect(stored[0]!.related).toEqual([{ id: stored[1]!.id, count: 1 }]);
  });

  it('adds the page to a known entity of any origin, under any name it has, without a second entity', () => {
    const known = entity('p-safadi', 'أيمن حسين الصفدي', {
      aliases: ['أيمن الصفدي'],
      origin: 'builtIn',
      mentions: [{ source: 's1', count: 1, snippet: '' }],
    });
    const { stored, results } = read([article('https://a.example/1')], [known]);
    expect(results[0]!.added).toBe(1);
    const safadi = stored.find((e) => e.id === 'p-safadi')!;
    expect(safadi.mentions.map((m) => m.source)).toEqual(['s1', results[0]!.source!.id]);
    expect(safadi.name).toBe('أيمن حسين الصفدي');
    expect(safadi.origin).toBe('builtIn');
    // a built-in entity nobody edited keeps following updates of the built-in dictionary
    expect(safadi.userEdited).toBeUndefined();
    expect(safadi.learned).toBeUndefined();
    expect(stored.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it("leaves the reader's edits as they are: name, aliases, roles and note", () => {
    const edited = entity('p-safadi', 'الصفدي', {
      aliases: [],
      note: 'ملاحظتي',
      userEdited: true,
      origin: 'reader',
    });
    const { stored } = read([article('https://a.example/1')], [edited]);
    const safadi = stored.find((e) => e.id === 'p-safadi')!;
    expect(safadi).toMatchObject({
      name: 'الصفدي',
      aliases: [],
      roles: [],
      note: 'ملاحظتي',
      userEdited: true,
      origin: 'reader',
    });
    expect(safadi.mentions).toHaveLength(1);
  });

  it('adds nothing when the same page is read again', () => {
    const once = read([article('https://a.example/1')]);
    const twice = read([article('https://a.example/1'), article('https://a.example/1#again')]);
    expect(twice.results[1]).toEqual({ put: [], remove: [], added: 0, confirmed: 0 });
    expect(twice.stored).toEqual(once.stored);
  });

  it('confirms a learned entity named on two sites, but not on two pages of one site', () => {
    const oneSite = read([article('https://a.example/1'), article('https://a.example/2')]);
    expect(oneSite.byName('أيمن الصفدي')!.learned).toMatchObject({ state: 'new', sites: ['a.example'] });
    expect(oneSite.results[1]!.confirmed).toBe(0);
    const twoSites = read([article('https://a.example/1'), article('https://b.example/9')], [], undefined, [
      NOW,
      LATER,
    ]);
    expect(twoSites.byName('أيمن الصفدي')!.learned).toEqual({
      state: 'confirmed',
      sites: ['a.example', 'b.example'],
      firstSeen: NOW.toISOString(),
      lastSeen: LATER.toISOString(),
    });
    expect(twoSites.results[1]!.confirmed).toBe(2);
    expect(twoSites.byName('أيمن الصفدي')!.mentions).toHaveLength(2);
  });

  it('never learns again a name the reader rejected, under any of its spellings', () => {
    const first = read([article('https://a.example/1')]);
    const rejected = first.stored.map((e) => (e.type === 'person' ? moveLearned(e, e.id, 'reject', NOW) : e));
    const again = read([article('https://b.example/1')], rejected);
    expect(again.byName('أيمن الصفدي')!.learned).toMatchObject({ state: 'rejected', sites: ['a.example'] });
    expect(again.byName('أيمن الصفدي')!.mentions).toHaveLength(1);
    expect(again.results[0]!.added).toBe(0);
    // a spelling of it found elsewhere is refused too: the rejected entity has «الصفدي» as an alias
    const alone = read([article('https://c.example/1', 'صرح الوزير الصفدي للصحفيين.')], rejected);
    expect(alone.stored.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('never learns again an entity the reader deleted, and follows one merged into another', () => {
    const first = read([article('https://a.example/1')]);
    const person = first.byName('أيمن الصفدي')!;
    const org = first.byName('وزارة الخارجية الأردنية')!;
    const kept = entity('o-mine', 'الخارجية الأردنية', { origin: 'reader', userEdited: true });
    const tombstones = new Map<string, string | undefined>([
      [person.id, undefined],
      [org.id, 'o-mine'],
    ]);
    const r = learnPage(article('https://b.example/1'), [kept], { now: NOW, tombstones });
    expect(r.added).toBe(0);
    expect(r.put.map((e) => [e.id, e.mentions.length])).toEqual([['o-mine', 1]]);
  });

  it('keeps at most so many new entities, dropping the least recently seen', () => {
    const { stored, results } = read([article('https://a.example/1'), article('https://a.example/2', MACRON)], [], 3, [
      NOW,
      LATER,
    ]);
    // the second page's three names are the most recent: the first page's two are dropped, the older first
    expect(stored.map((e) => e.name).sort()).toEqual(['أنطونيو غوتيريش', 'إيمانويل ماكرون', 'الأمم المتحدة'].sort());
    expect(results[1]!.remove.sort()).toEqual(results[0]!.put.map((e) => e.id).sort());
  });

  it('never drops a confirmed entity to make room', () => {
    const confirmed = entity('p-kept', 'فلان الفلاني', {
      origin: 'learned',
      learned: {
        state: 'confirmed',
        sites: ['a.example'],
        firstSeen: '2020-01-01T00:00:00.000Z',
        lastSeen: '2020-01-01T00:00:00.000Z',
      },
    });
    const r = boundNewLearned([], [confirmed], 0);
    expect(r).toEqual({ keep: [], remove: [] });
  });
});

describe("the reader's say on a learned entity", () => {
  const learned = (state: 'new' | 'confirmed' | 'rejected') =>
    entity('p-x', 'فلان', {
      origin: 'learned',
      learned: { state, sites: ['a.example'], firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString() },
    });

  it('moves between the states it allows, and says why it refuses the others', () => {
    expect(moveLearned(learned('new'), 'p-x', 'keep', LATER).learned?.state).toBe('confirmed');
    expect(moveLearned(learned('new'), 'p-x', 'reject', LATER).learned?.state).toBe('rejected');
    expect(moveLearned(learned('rejected'), 'p-x', 'restore', LATER).learned).toMatchObject({
      state: 'new',
      lastSeen: LATER.toISOString(),
    });
    expect(() => moveLearned(learned('confirmed'), 'p-x', 'reject', LATER)).toThrow(
      '"فلان" is confirmed: it cannot be rejected',
    );
    expect(() => moveLearned(learned('new'), 'p-x', 'restore', LATER)).toThrow(/cannot be restored/u);
    expect(() => moveLearned(entity('p-x', 'فلان', { origin: 'builtIn' }), 'p-x', 'keep', LATER)).toThrow(
      /not learned/u,
    );
    expect(() => moveLearned(undefined, 'p-y', 'keep', LATER)).toThrow('no entity "p-y"');
  });
});

describe('the source of a page', () => {
  it('is the same for the same address, whatever its fragment, and keeps only http(s) addresses as links', () => {
    const a = pageSource(article('https://a.example/1#x'));
    expect(a.id).toBe(pageSource(article('https://a.example/1')).id);
    expect(a.id).not.toBe(pageSource(article('https://a.example/2')).id);
    expect(pageSource({ ...article('https://a.example/1'), url: 'ftp://a.example/1' }).url).toBeUndefined();
  });
});
