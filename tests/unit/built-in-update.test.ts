import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/database';
import { DictionaryStore } from '../../lib/db/dictionary-store';
import { entity, dictionary } from './test-entities';

// An update of the extension brings a rebuilt built-in dictionary; the reader's work must come through it whole.
const V1 = '2025-01-01T00:00:00Z';
const V2 = '2025-02-01T00:00:00Z';
let dbCount = 0;

/** A store with the first built-in dictionary loaded: لافروف, عطاف, لعمامرة, غوتيريش. */
async function installed(): Promise<DictionaryStore> {
  const store = new DictionaryStore(openDatabase(`kashif-update-${++dbCount}`));
  await store.loadBuiltIn(
    dictionary(V1, [
      entity('p-lavrov', 'سيرغي لافروف'),
      entity('p-attaf', 'أحمد عطاف'),
      entity('p-lamamra', 'رمطان لعمامرة'),
      entity('p-guterres', 'أنطونيو غوتيريش'),
    ]),
  );
  return store;
}
const ids = async (store: DictionaryStore) => (await store.entities()).map((e) => e.id).sort();

describe('an update of the built-in dictionary', () => {
  it('keeps the entities of an imported dictionary', async () => {
    const store = await installed();
    await store.replaceAll(dictionary(V1, [...(await store.entities()), entity('p-mine', 'اسم من ملفي')]));
    await store.loadBuiltIn(dictionary(V2, [entity('p-lavrov', 'سيرغي لافروف')]));
    expect(await store.entity('p-mine')).toMatchObject({ name: 'اسم من ملفي', origin: 'imported' });
  });

  it('keeps a note the reader wrote on a built-in entity', async () => {
    const store = await installed();
    const lavrov = (await store.entity('p-lavrov'))!;
    await store.saveUserEntities([{ ...lavrov, note: 'وزير منذ 2004' }]);
    await store.loadBuiltIn(dictionary(V2, [entity('p-lavrov', 'سيرغي لافروف', { aliases: ['لافروف'] })]));
    expect(await store.entity('p-lavrov')).toMatchObject({ note: 'وزير منذ 2004', origin: 'builtIn', aliases: [] });
  });

  it('leaves a deleted built-in entity deleted', async () => {
    const store = await installed();
    await store.deleteEntities(['p-guterres']);
    await store.loadBuiltIn(dictionary(V2, [entity('p-guterres', 'أنطونيو غوتيريش', { aliases: ['غوتيريش'] })]));
    expect(await store.entity('p-guterres')).toBeUndefined();
    expect(await store.tombstones()).toEqual([{ id: 'p-guterres' }]);
  });

  it('leaves merged entities merged', async () => {
    const store = await installed();
    await store.merge('p-attaf', ['p-lamamra']);
    await store.loadBuiltIn(
      dictionary(V2, [entity('p-attaf', 'أحمد عطاف', { aliases: ['عطاف'] }), entity('p-lamamra', 'رمطان لعمامرة')]),
    );
    expect(await store.entity('p-lamamra')).toBeUndefined();
    expect(await store.entity('p-attaf')).toMatchObject({ aliases: ['رمطان لعمامرة'], userEdited: true });
    expect(await store.tombstones()).toEqual([{ id: 'p-lamamra', into: 'p-attaf' }]);
  });

  it('keeps an entity learned from a corpus import, even when the update has one of the same id', async () => {
    const store = await installed();
    await store.addReviewed([entity('p-baerbock', 'أنالينا بيربوك', { aliases: ['بيربوك'] })]);
    await store.loadBuiltIn(dictionary(V2, [entity('p-baerbock', 'انالينا بيربوك')]));
    expect(await store.entity('p-baerbock')).toMatchObject({
      name: 'أنالينا بيربوك',
      aliases: ['بيربوك'],
      origin: 'learned',
    });
  });

  it('keeps the entities learned from pages, in every state, and the pages they were seen on', async () => {
    const store = await installed();
    const learned = (id: string, name: string, state: 'new' | 'confirmed' | 'rejected') =>
      entity(id, name, {
        origin: 'learned',
        mentions: [{ source: 'page-1', count: 1, snippet: '' }],
        learned: { state, sites: ['a.example'], firstSeen: V1, lastSeen: V1 },
      });
    const page = { id: 'page-1', file: 'https://a.example/1', url: 'https://a.example/1', site: 'a.example', chars: 9 };
    await store.learn(() => ({
      put: [
        learned('p-new', 'اسم جديد', 'new'),
        learned('p-kept', 'اسم محفوظ', 'confirmed'),
        learned('p-no', 'ليس اسما', 'rejected'),
      ],
      remove: [],
      source: page,
    }));
    // the update has one of them too: the learned one stays as it is
    await store.loadBuiltIn(dictionary(V2, [entity('p-lavrov', 'سيرغي لافروف'), entity('p-kept', 'اسم محفوظ آخر')]));
    expect(
      (await store.entities()).filter((e) => e.origin === 'learned').map((e) => [e.id, e.name, e.learned?.state]),
    ).toEqual([
      ['p-kept', 'اسم محفوظ', 'confirmed'],
      ['p-new', 'اسم جديد', 'new'],
      ['p-no', 'ليس اسما', 'rejected'],
    ]);
    expect((await store.meta()).sources).toContainEqual(page);
  });

  it('keeps what pages added to a built-in entity it refreshes', async () => {
    const store = await installed();
    const page = { id: 'page-1', file: 'https://a.example/1', site: 'a.example', chars: 9 };
    const lavrov = (await store.entity('p-lavrov'))!;
    const seen = { source: 'page-1', count: 2, snippet: '…' };
    const role = { title: 'وزير الخارجية', source: 'page-1' };
    await store.learn(() => ({ put: [{ ...lavrov, mentions: [seen], roles: [role] }], remove: [], source: page }));
    await store.loadBuiltIn(
      dictionary(V2, [entity('p-lavrov', 'سيرغي لافروف', { mentions: [{ source: 's2', count: 1, snippet: '' }] })]),
    );
    expect(await store.entity('p-lavrov')).toMatchObject({
      origin: 'builtIn',
      mentions: [{ source: 's2', count: 1, snippet: '' }, seen],
      roles: [role],
    });
  });

  it('refreshes a built-in entity the reader never touched', async () => {
    const store = await installed();
    await store.loadBuiltIn(dictionary(V2, [entity('p-lavrov', 'سيرغي لافروف', { aliases: ['لافروف'] })]));
    expect(await store.entity('p-lavrov')).toMatchObject({ aliases: ['لافروف'], origin: 'builtIn' });
  });

  it('removes a built-in entity the update no longer has, when the reader never touched it', async () => {
    const store = await installed();
    await store.loadBuiltIn(
      dictionary(V2, [entity('p-lavrov', 'سيرغي لافروف'), entity('p-attaf', 'أحمد عطاف'), entity('p-new', 'اسم جديد')]),
    );
    expect(await ids(store)).toEqual(['p-attaf', 'p-lavrov', 'p-new']);
  });

  it('brings an entity back when the reader saves or learns it again', async () => {
    const store = await installed();
    await store.deleteEntities(['p-guterres', 'p-lavrov']);
    await store.saveUserEntities([entity('p-guterres', 'أنطونيو غوتيريش')]);
    await store.addReviewed([entity('p-lavrov', 'سيرغي لافروف')]);
    expect(await store.tombstones()).toEqual([]);
    expect(await store.entity('p-guterres')).toMatchObject({ origin: 'reader', userEdited: true });
  });

  it('does not bring back the built-in entities an import left out', async () => {
    const store = await installed();
    await store.replaceAll(dictionary(V1, [entity('p-mine', 'اسم من ملفي')]));
    await store.loadBuiltIn(dictionary(V2, [entity('p-lavrov', 'سيرغي لافروف'), entity('p-new', 'اسم جديد')]));
    expect(await ids(store)).toEqual(['p-mine', 'p-new']);
  });

  it('forgets tombstones on a reset to the built-in dictionary', async () => {
    const store = await installed();
    await store.deleteEntities(['p-guterres']);
    await store.reset(dictionary(V1, [entity('p-guterres', 'أنطونيو غوتيريش')]));
    expect(await store.tombstones()).toEqual([]);
    expect(await store.entity('p-guterres')).toMatchObject({ origin: 'builtIn' });
  });
});

describe('the upgrade that records origins', () => {
  it('keeps every entity of a version 2 database, and the next update refreshes only the unedited built-in ones', async () => {
    const name = `kashif-upgrade-origins-${++dbCount}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ entities: '&id, type, name', settings: '&key', meta: '&key', compiled: '&revision' });
    v2.version(2).stores({ entities: '&id' });
    await v2
      .table('entities')
      .bulkAdd([
        entity('p-lavrov', 'سيرغي لافروف'),
        entity('p-noted', 'أحمد عطاف', { note: 'mine', userEdited: true }),
        entity('p-imported', 'اسم من ملفي'),
      ]);
    await v2.table('meta').put({ key: 'dictionary', revision: 4, builtInBuiltAt: V1, builtInSources: 0 });
    v2.close();

    const db = openDatabase(name);
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect((await db.entities.toArray()).map((e) => [e.id, e.origin])).toEqual([
      ['p-imported', 'imported'],
      ['p-lavrov', 'imported'],
      ['p-noted', 'imported'],
    ]);
    const store = new DictionaryStore(db);
    expect(await store.meta()).toMatchObject({ revision: 4, originsGuessed: true });

    await store.loadBuiltIn(
      dictionary(V2, [entity('p-lavrov', 'سيرغي لافروف', { aliases: ['لافروف'] }), entity('p-noted', 'أحمد عطاف')]),
    );
    expect(await store.entity('p-lavrov')).toMatchObject({ aliases: ['لافروف'], origin: 'builtIn' });
    expect(await store.entity('p-noted')).toMatchObject({ note: 'mine' });
    expect(await store.entity('p-imported')).toMatchObject({ origin: 'imported' });
    expect((await store.meta()).originsGuessed).toBeUndefined();
  });
});
