import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackground, type Background } from '../../lib/background/dictionary-service';
import { openDatabase } from '../../lib/db/database';
import { DictionaryStore } from '../../lib/db/dictionary-store';
import type { Dictionary, Entity } from '../../lib/dictionary/schema';
import type { BackgroundToContent } from '../../lib/messages/protocol';
import type { MessageSender } from '../../lib/messages/server';
import { entity as anEntity } from './test-entities';

// The background's work, called directly: no messaging, the database is fake-indexeddb. Every request type is
// called here as `service.<type>(` (the convention test checks it).
const entity = (id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity =>
  anEntity(id, name, { type, ...extra });
const BUILT_IN: Dictionary = {
  format: 'kashif-dictionary',
  version: 1,
  builtAt: '2025-01-01T00:00:00Z',
  sources: [{ id: 's1', file: 's1.txt', chars: 10 }],
  entities: [
    entity('p-lavrov', 'person', 'سيرغي لافروف', {
      aliases: ['لافروف'],
      roles: [{ title: 'وزير الخارجية الروسي' }],
      mentions: [{ source: 's1', count: 3, snippet: '…' }],
      related: [
        { id: 'o-un', count: 2 },
        { id: 'o-gone', count: 1 },
      ],
    }),
    entity('o-un', 'org', 'الأمم المتحدة'),
  ],
};
const manager: MessageSender = { id: 'kashif', url: 'chrome-extension://kashif/options.html' };
const tab = (tabId: number, frameId = 0): MessageSender => ({
  id: 'kashif',
  url: 'https://news.example/a',
  tab: { id: tabId },
  frameId,
});
let dbCount = 0;

interface Setup extends Background {
  told: BackgroundToContent[];
  badges: [number, string][];
  opened: string[];
  store: DictionaryStore;
}

async function setUp(): Promise<Setup> {
  const store = new DictionaryStore(openDatabase(`kashif-service-${++dbCount}`));
  const told: BackgroundToContent[] = [];
  const badges: [number, string][] = [];
  const opened: string[] = [];
  const background = createBackground({
    store,
    readBuiltIn: () => Promise.resolve(BUILT_IN),
    tellTabs: (m) => {
      told.push(m);
      return Promise.resolve();
    },
    setBadge: (tabId, text) => {
      badges.push([tabId, text]);
      return Promise.resolve();
    },
    openManager: (id) => {
      opened.push(id);
      return Promise.resolve();
    },
    now: () => new Date('2026-12-01T10:00:00Z'),
  });
  await background.loadBuiltIn();
  return { ...background, told, badges, opened, store };
}

describe('the dictionary service', () => {
  it('loads the built-in dictionary once and tells the tabs', async () => {
    const { loadBuiltIn, told, store } = await setUp();
    expect((await store.entities()).length).toBe(2);
    await loadBuiltIn();
    expect(told.filter((m) => m.type === 'dictionaryChanged')).toHaveLength(1);
  });

  it('matches page text, as it is and in the text code, naming each entity once', async () => {
    const { service } = await setUp();
    const plain = await service.match({ type: 'match', text: 'قال لافروف في الأمم المتحدة إن لافروف' }, tab(1));
    expect(plain.entities.map((e) => e.id)).toEqual(['p-lavrov', 'o-un']);
    expect(plain.hits).toEqual([4, 10, 0, 14, 27, 1, 31, 37, 0]);
    const code = await service.textCode({ type: 'textCode' }, tab(1));
    const byteOf = (c: number) => {
      let b = 0;
      for (let r = 0; r < code.runs.length && code.runs[r]! <= c; r += 2) b = code.runs[r + 1]!;
      return b;
    };
    const text = 'قال لافروف';
    const coded = String.fromCharCode(...[...text].map((ch) => byteOf(ch.charCodeAt(0))));
    expect(await service.match({ type: 'match', text: coded, decode: code.decode }, tab(1))).toMatchObject({
      hits: [4, 10, 0],
    });
  });

  it('says whether Kashif is on for a page, and follows the switches', async () => {
    const { service, told } = await setUp();
    expect(await service.pageStatus({ type: 'pageStatus', url: 'https://news.example/a' }, tab(1))).toMatchObject({
      enabled: true,
      host: 'news.example',
    });
    await service.setSiteEnabled({ type: 'setSiteEnabled', host: 'news.example', enabled: false }, manager);
    expect(await service.pageStatus({ type: 'pageStatus', url: 'https://news.example/b' }, tab(1))).toMatchObject({
      enabled: false,
      siteDisabled: true,
    });
    await service.setPaused({ type: 'setPaused', paused: true }, manager);
    expect(await service.settings({ type: 'settings' }, manager)).toEqual({
      paused: true,
      disabledSites: ['news.example'],
      cardLanguage: 'auto',
      learning: true,
      learningDisabledSites: [],
    });
    await service.setSiteEnabled({ type: 'setSiteEnabled', host: 'news.example', enabled: true }, manager);
    expect((await service.settings({ type: 'settings' }, manager)).disabledSites).toEqual([]);
    expect(told.filter((m) => m.type === 'settingsChanged')).toHaveLength(3);
  });

  it('keeps the card language the reader chose, and tells the pages', async () => {
    const { service, told } = await setUp();
    expect(await service.pageStatus({ type: 'pageStatus', url: 'https://news.example/a' }, tab(1))).toMatchObject({
      cardLanguage: 'auto',
    });
    await service.setCardLanguage({ type: 'setCardLanguage', cardLanguage: 'ar' }, manager);
    expect(await service.pageStatus({ type: 'pageStatus', url: 'https://news.example/a' }, tab(1))).toMatchObject({
      cardLanguage: 'ar',
    });
    expect((await service.settings({ type: 'settings' }, manager)).cardLanguage).toBe('ar');
    expect(told.filter((m) => m.type === 'settingsChanged')).toHaveLength(1);
  });

  it('names the articles of a card by title, date and page, and an untitled one by its file', async () => {
    const { service } = await setUp();
    await service.importDictionary(
      {
        type: 'importDictionary',
        dictionary: {
          ...BUILT_IN,
          sources: [
            {
              id: '007_9ae3e538818b189d',
              file: 'corpus/007_9ae3e538818b189d.txt',
              chars: 10,
              title: 'لافروف في نيويورك',
              date: '2024-09-25',
              url: 'https://news.example/lavrov',
            },
            { id: '008_00aa11bb22cc33dd', file: 'corpus/008_00aa11bb22cc33dd.html', chars: 10 },
            { id: 'unused', file: 'unused.txt', chars: 10, title: 'لا علاقة له' },
          ],
          entities: [
            entity('p-lavrov', 'person', 'سيرغي لافروف', {
              roles: [{ title: 'وزير الخارجية', source: '008_00aa11bb22cc33dd', date: '2023-01-24' }],
              mentions: [
                { source: '007_9ae3e538818b189d', count: 2, snippet: '…' },
                { source: 'gone_0123456789abcdef', count: 1, snippet: '…' },
              ],
            }),
          ],
        },
      },
      manager,
    );
    const card = (await service.card({ type: 'card', id: 'p-lavrov' }, tab(1)))!;
    expect(card.sources).toEqual([
      {
        id: '007_9ae3e538818b189d',
        title: 'لافروف في نيويورك',
        date: '2024-09-25',
        url: 'https://news.example/lavrov',
      },
      { id: 'gone_0123456789abcdef', title: 'gone' },
      { id: '008_00aa11bb22cc33dd', title: '008' },
    ]);
  });

  it("sets the badge from the top frame's distinct entities only", async () => {
    const { service, badges } = await setUp();
    await service.pageEntities({ type: 'pageEntities', ids: ['a', 'b', 'a'] }, tab(7));
    await service.pageEntities({ type: 'pageEntities', ids: ['c'] }, tab(7, 3));
    await service.pageEntities({ type: 'pageEntities', ids: [] }, tab(8));
    expect(badges).toEqual([
      [7, '2'],
      [8, ''],
    ]);
  });

  it('gives an entity, and its card with the related entities that still exist', async () => {
    const { service } = await setUp();
    expect(await service.entity({ type: 'entity', id: 'o-un' }, tab(1))).toMatchObject({ name: 'الأمم المتحدة' });
    expect(await service.entity({ type: 'entity', id: 'nope' }, tab(1))).toBeNull();
    const card = await service.card({ type: 'card', id: 'p-lavrov' }, tab(1));
    expect(card?.related).toEqual([{ id: 'o-un', type: 'org', name: 'الأمم المتحدة', count: 2 }]);
    expect(await service.card({ type: 'card', id: 'nope' }, tab(1))).toBeNull();
  });

  it('searches, up to the limit asked', async () => {
    const { service } = await setUp();
    expect((await service.search({ type: 'search', query: 'لافروف', limit: 5 }, manager)).map((r) => r.id)).toEqual([
      'p-lavrov',
    ]);
    await service.saveEntities({ type: 'saveEntities', entities: [entity('p-l2', 'person', 'لافروف الابن')] }, manager);
    expect(await service.search({ type: 'search', query: 'لافروف', limit: 1 }, manager)).toHaveLength(1);
  });

  it("saves, deletes and merges the reader's entities, and tells the tabs each time", async () => {
    const { service, told } = await setUp();
    const before = told.length;
    await service.saveEntities(
      { type: 'saveEntities', entities: [entity('o-nato', 'org', 'حلف شمال الأطلسي', { aliases: ['الناتو'] })] },
      manager,
    );
    expect(await service.listEntities({ type: 'listEntities' }, manager)).toContainEqual({
      id: 'o-nato',
      type: 'org',
      name: 'حلف شمال الأطلسي',
      role: '',
      aliases: 1,
      count: 0,
      userEdited: true,
      origin: 'reader',
    });
    const merged = await service.mergeEntities({ type: 'mergeEntities', into: 'o-un', from: ['o-nato'] }, manager);
    expect(merged.aliases).toEqual(['حلف شمال الأطلسي', 'الناتو']);
    await service.deleteEntities({ type: 'deleteEntities', ids: ['p-lavrov'] }, manager);
    expect(await service.stats({ type: 'stats' }, manager)).toMatchObject({
      entities: 1,
      persons: 0,
      orgs: 1,
      builtAt: BUILT_IN.builtAt,
    });
    expect(told.length - before).toBe(3);
  });

  it('adds the reviewed entities of a corpus import', async () => {
    const { service } = await setUp();
    await service.addReviewed(
      {
        type: 'addReviewed',
        entities: [
          entity('p-barrot', 'person', 'جان نويل بارو'),
          entity('p-lavrov', 'person', 'سيرغي لافروف', { aliases: ['س. لافروف'] }),
        ],
      },
      manager,
    );
    expect(await service.entity({ type: 'entity', id: 'p-barrot' }, manager)).toMatchObject({ origin: 'learned' });
    expect((await service.entity({ type: 'entity', id: 'p-lavrov' }, manager))?.aliases).toEqual([
      'لافروف',
      'س. لافروف',
    ]);
  });

  it('exports, imports and resets the whole dictionary', async () => {
    const { service } = await setUp();
    const exported = await service.exportDictionary({ type: 'exportDictionary' }, manager);
    expect(exported.entities.map((e) => e.id)).toEqual(['o-un', 'p-lavrov']);
    expect(exported.sources).toEqual(BUILT_IN.sources);
    expect(
      await service.importDictionary(
        { type: 'importDictionary', dictionary: { ...exported, entities: [entity('p-x', 'person', 'اسم')] } },
        manager,
      ),
    ).toEqual({ entities: 1 });
    expect((await service.listEntities({ type: 'listEntities' }, manager)).map((r) => r.id)).toEqual(['p-x']);
    await service.resetDictionary({ type: 'resetDictionary' }, manager);
    expect((await service.listEntities({ type: 'listEntities' }, manager)).map((r) => r.id).sort()).toEqual([
      'o-un',
      'p-lavrov',
    ]);
  });
});

describe('an import whose reply is lost', () => {
  it('is known from the stored state by its id', async () => {
    const { service } = await setUp();
    const dictionary = { ...BUILT_IN, entities: [entity('p-x', 'person', 'اسم')] };
    expect(await service.importStatus({ type: 'importStatus', importId: 'i-1' }, manager)).toEqual({
      committed: false,
      entities: 0,
    });
    await service.importDictionary({ type: 'importDictionary', dictionary, importId: 'i-1' }, manager);
    expect(await service.importStatus({ type: 'importStatus', importId: 'i-1' }, manager)).toEqual({
      committed: true,
      entities: 1,
    });
    expect(await service.importStatus({ type: 'importStatus', importId: 'i-2' }, manager)).toMatchObject({
      committed: false,
    });
  });
});

describe('the card of a huge entity', () => {
  it('carries the start of long lists and of the note, with their full sizes; the entity request gives it whole', async () => {
    const { service } = await setUp();
    const aliases = Array.from({ length: 100_000 }, (_, k) => `اسم ${k}`);
    const note = 'ملاحظة '.repeat(150_000);
    const roles = Array.from({ length: 60 }, (_, k) => ({ title: `منصب ${k}` }));
    await service.saveEntities(
      { type: 'saveEntities', entities: [entity('o-huge', 'org', 'منظمة ضخمة', { aliases, note, roles })] },
      manager,
    );
    const card = (await service.card({ type: 'card', id: 'o-huge' }, tab(1)))!;
    expect(card.full).toEqual({ aliases: 100_000, roles: 60, noteChars: note.length });
    expect(card.entity.aliases).toEqual(aliases.slice(0, 50));
    expect(card.entity.roles).toHaveLength(50);
    expect(card.entity.note).toBe(`${note.slice(0, 2000)}…`);
    const whole = (await service.entity({ type: 'entity', id: 'o-huge' }, manager))!;
    expect([whole.aliases.length, whole.note?.length]).toEqual([100_000, note.length]);
  });

  it('leaves an entity of ordinary size whole, with no sizes', async () => {
    const { service } = await setUp();
    const card = (await service.card({ type: 'card', id: 'p-lavrov' }, tab(1)))!;
    expect(card.full).toBeUndefined();
    expect(card.entity.aliases).toEqual(['لافروف']);
  });
});

describe('learning from the pages the reader reads', () => {
  const SAFADI =
    'قال وزير الخارجية الأردني أيمن الصفدي إن المملكة ترفض التصعيد. وأضاف الصفدي أن وزارة الخارجية الأردنية ستتابع.';
  const page = (url: string, text = SAFADI) => ({ type: 'learnPage' as const, url, title: 'خبر', text });
  const reader = (url: string): MessageSender => ({ id: 'kashif', url, tab: { id: 1 } });
  const learnedOf = async (store: DictionaryStore) =>
    (await store.entities())
      .filter((e) => e.origin === 'learned')
      .sort((a, b) => (a.type === b.type ? 0 : a.type === 'person' ? -1 : 1));

  it('learns the names of an article as new, matches them as new, and tells the tabs', async () => {
    const { service, store, told } = await setUp();
    const reply = await service.learnPage(page('https://a.example/1'), reader('https://a.example/1'));
    expect(reply.added).toBe(2);
    expect(reply.revision).toBe((await store.meta()).revision);
    const learned = await learnedOf(store);
    expect(learned.map((e) => [e.name, e.learned?.state, e.learned?.sites])).toEqual([
      ['أيمن الصفدي', 'new', ['a.example']],
      ['وزارة الخارجية الأردنية', 'new', ['a.example']],
    ]);
    expect(told.at(-1)?.type).toBe('dictionaryChanged');
    const card = (await service.card({ type: 'card', id: learned[0]!.id }, tab(1)))!;
    expect(card.entity.learned?.state).toBe('new');
    expect(card.sources).toEqual([
      { id: expect.stringMatching(/^page-/u) as string, title: 'خبر', url: 'https://a.example/1', site: 'a.example' },
    ]);
    const matched = await service.match({ type: 'match', text: 'صرح الصفدي ولافروف' }, tab(1));
    expect(matched.entities.map((e) => [e.name, e.learned])).toEqual([
      ['أيمن الصفدي', 'new'],
      ['سيرغي لافروف', undefined],
    ]);
    expect(
      (await service.listEntities({ type: 'listEntities' }, manager)).find((r) => r.name === 'أيمن الصفدي'),
    ).toMatchObject({
      origin: 'learned',
      learnedState: 'new',
    });
  });

  it('learns nothing where learning is off, checking the switches itself', async () => {
    const { service, store } = await setUp();
    await service.setLearning({ type: 'setLearning', host: 'a.example', enabled: false }, manager);
    expect((await service.pageStatus({ type: 'pageStatus', url: 'https://a.example/1' }, tab(1))).learning).toBe(false);
    // a page of the switched-off site, whatever url the message names
    expect((await service.learnPage(page('https://b.example/1'), reader('https://a.example/1'))).added).toBe(0);
    expect(await learnedOf(store)).toEqual([]);
    await service.setLearning({ type: 'setLearning', enabled: false }, manager);
    expect(await service.settings({ type: 'settings' }, manager)).toMatchObject({
      learning: false,
      learningDisabledSites: ['a.example'],
    });
    expect((await service.learnPage(page('https://b.example/1'), reader('https://b.example/1'))).added).toBe(0);
    await service.setLearning({ type: 'setLearning', enabled: true }, manager);
    await service.setLearning({ type: 'setLearning', host: 'a.example', enabled: true }, manager);
    expect((await service.pageStatus({ type: 'pageStatus', url: 'https://a.example/1' }, tab(1))).learning).toBe(true);
    expect((await service.learnPage(page('https://a.example/1'), reader('https://a.example/1'))).added).toBe(2);
  });

  it('keeps, rejects and restores learned entities; a rejected one is never matched or found', async () => {
    const { service, store } = await setUp();
    await service.learnPage(page('https://a.example/1'), reader('https://a.example/1'));
    const [safadi, ministry] = await learnedOf(store);
    await service.keepLearned({ type: 'keepLearned', id: ministry!.id }, tab(1));
    expect((await store.entity(ministry!.id))?.learned?.state).toBe('confirmed');
    await service.rejectLearned({ type: 'rejectLearned', id: safadi!.id }, tab(1));
    expect((await store.entity(safadi!.id))?.learned?.state).toBe('rejected');
    expect((await service.match({ type: 'match', text: 'صرح الصفدي' }, tab(1))).entities).toEqual([]);
    expect(await service.search({ type: 'search', query: 'الصفدي', limit: 5 }, tab(1))).toEqual([]);
    await expect(service.keepLearned({ type: 'keepLearned', id: 'p-lavrov' }, tab(1))).rejects.toThrow(/not learned/u);
    await service.restoreLearned({ type: 'restoreLearned', id: safadi!.id }, manager);
    expect((await store.entity(safadi!.id))?.learned?.state).toBe('new');
  });

  it('prunes learned entities by state', async () => {
    const { service, store } = await setUp();
    await service.learnPage(page('https://a.example/1'), reader('https://a.example/1'));
    const [safadi] = await learnedOf(store);
    await service.rejectLearned({ type: 'rejectLearned', id: safadi!.id }, tab(1));
    expect(await service.pruneLearned({ type: 'pruneLearned', states: ['new'] }, manager)).toEqual({ removed: 1 });
    expect((await learnedOf(store)).map((e) => e.learned?.state)).toEqual(['rejected']);
    expect(await service.pruneLearned({ type: 'pruneLearned', states: ['rejected'] }, manager)).toEqual({ removed: 1 });
    expect(await learnedOf(store)).toEqual([]);
    // the pruned rejected name is still never learned again
    await service.learnPage(page('https://a.example/2'), reader('https://a.example/2'));
    expect((await learnedOf(store)).map((e) => e.name)).toEqual(['وزارة الخارجية الأردنية']);
  });

  it('adds mentions of known names without telling the tabs, and reads a page once', async () => {
    const { service, store, told } = await setUp();
    const before = told.length;
    const lavrov = 'قال وزير الخارجية الروسي سيرغي لافروف إن بلاده مستعدة.';
    const first = await service.learnPage(page('https://a.example/9', lavrov), reader('https://a.example/9'));
    expect(first.added).toBe(0);
    expect((await store.entity('p-lavrov'))?.mentions.map((m) => m.source)).toEqual([
      's1',
      expect.stringMatching(/^page-/u),
    ]);
    // the matcher is the same: no tab needs to match again
    expect(told.length).toBe(before);
    const again = await service.learnPage(page('https://a.example/9', lavrov), reader('https://a.example/9'));
    expect(again.revision).toBe(first.revision);
    expect((await store.entity('p-lavrov'))?.mentions).toHaveLength(2);
  });

  it('opens the manager on an entity', async () => {
    const { service, opened } = await setUp();
    await service.openInManager({ type: 'openInManager', id: 'p-lavrov' }, tab(1));
    expect(opened).toEqual(['p-lavrov']);
  });
});
