import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/dictionary/schema';
import { createMatcher } from '../../lib/match/matcher';
import { openDatabase } from '../../lib/db/database';
import { DictionaryStore } from '../../lib/db/dictionary-store';
import { mergeBuiltIn } from '../../lib/db/merge-built-in';
import { entity as person, dictionary } from './test-entities';

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity =>
  person(id, name, { type: 'org', ...extra });
let dbCount = 0;
const freshStore = () => new DictionaryStore(openDatabase(`kashif-test-${++dbCount}`));

describe('merging a new built-in dictionary', () => {
  it('takes new built-in entities, drops vanished ones, and keeps what the reader made or edited', () => {
    const builtInEntity = (id: string, name: string, extra: Partial<Entity> = {}) =>
      entity(id, name, { origin: 'builtIn', ...extra });
    const stored = [
      builtInEntity('a', 'old A'),
      builtInEntity('b', 'B edited', { userEdited: true }),
      builtInEntity('c', 'C'),
      entity('u', 'user made', { origin: 'reader', userEdited: true }),
    ];
    const builtIn = [entity('a', 'new A'), entity('b', 'B rebuilt'), entity('d', 'D')];
    const { put, remove } = mergeBuiltIn(stored, builtIn, new Set());
    expect(put.map((e) => e.name)).toEqual(['new A', 'D']);
    expect(remove).toEqual(['c']);
  });
});

describe('the extension store', () => {
  it("loads a built-in dictionary once per build, and the reader's entities survive the next one", async () => {
    const store = freshStore();
    expect(
      await store.loadBuiltIn(
        dictionary('2025-01-01T00:00:00Z', [entity('a', 'الأمم المتحدة'), entity('b', 'حلف شمال الأطلسي')]),
      ),
    ).toBe(true);
    expect(await store.loadBuiltIn(dictionary('2025-01-01T00:00:00Z', []))).toBe(false);
    await store.saveUserEntities([entity('b', 'الناتو', { note: 'mine' })]);
    await store.loadBuiltIn(
      dictionary('2025-02-01T00:00:00Z', [entity('a', 'الأمم المتحدة'), entity('b', 'حلف شمال الأطلسي')]),
    );
    expect(await store.entity('b')).toMatchObject({ name: 'الناتو', note: 'mine', userEdited: true });
    expect((await store.meta()).builtInBuiltAt).toBe('2025-02-01T00:00:00Z');
  });

  it('leaves the previous dictionary whole when a load fails half-way', async () => {
    const store = freshStore();
    await store.loadBuiltIn(dictionary('2025-01-01T00:00:00Z', [entity('a', 'الأمم المتحدة')]));
    const before = await store.meta();
    // an entity IndexedDB cannot store (a function is not cloneable) fails the transaction after the first writes
    const broken = [entity('x', 'مجلس الأمن'), { ...entity('y', 'bad'), roles: [() => 0] } as unknown as Entity];
    await expect(store.loadBuiltIn(dictionary('2025-03-01T00:00:00Z', broken))).rejects.toThrow();
    expect((await store.entities()).map((e) => e.id)).toEqual(['a']);
    expect(await store.meta()).toEqual(before);
  });

  it('compiles the matcher once per revision, also across a service worker restart, and recompiles after a change', async () => {
    const name = `kashif-test-${++dbCount}`;
    let compiles = 0;
    // the common words are asked for only when compiling: each ask is one compile
    const counting = () =>
      new DictionaryStore(openDatabase(name), () => {
        compiles++;
        return new Set<string>();
      });
    const store = counting();
    await store.loadBuiltIn(dictionary('2025-01-01T00:00:00Z', [entity('a', 'الأمم المتحدة')]));
    const first = await store.compiled();
    expect(compiles).toBe(1);
    expect(await store.compiled()).toEqual(first);
    // a restarted worker: a new store on the same database reads the stored tables back
    expect(await counting().compiled()).toEqual(first);
    expect(compiles).toBe(1);
    await store.saveUserEntities([entity('n', 'حلف شمال الأطلسي', { aliases: ['الناتو'] })]);
    const second = await store.compiled();
    expect(compiles).toBe(2);
    expect(second.revision).toBeGreaterThan(first.revision);
    const m = createMatcher(second.compiled);
    expect(m.findMentions('والناتو').map((h) => m.entities[h.entity]!.id)).toEqual(['n']);
  });

  it('carries the compiled matcher over a learned change that adds only mentions; compiles for new names and states', async () => {
    let compiles = 0;
    const store = new DictionaryStore(openDatabase(`kashif-test-${++dbCount}`), () => {
      compiles++;
      return new Set<string>();
    });
    await store.loadBuiltIn(dictionary('2025-01-01T00:00:00Z', [entity('a', 'الأمم المتحدة')]));
    const first = await store.compiled();
    const seen = { source: 'page-1', count: 1, snippet: '' };
    const onlyMentions = await store.learn((all) => ({ put: [{ ...all[0]!, mentions: [seen] }], remove: [] }));
    expect(onlyMentions.matcherChanged).toBe(false);
    const carried = await store.compiled();
    expect(compiles).toBe(1);
    expect(carried.revision).toBe(first.revision + 1);
    expect(carried.compiled).toEqual(first.compiled);
    const learned = {
      state: 'new' as const,
      sites: ['a.example'],
      firstSeen: '2026-01-01T00:00:00Z',
      lastSeen: '2026-01-01T00:00:00Z',
    };
    const newName = await store.learn(() => ({
      put: [entity('n', 'حلف شمال الأطلسي', { origin: 'learned', learned })],
      remove: [],
    }));
    expect(newName.matcherChanged).toBe(true);
    const withNew = await store.compiled();
    expect(compiles).toBe(2);
    expect([...withNew.learnedNew].map((k) => withNew.compiled.entities[k]!.id)).toEqual(['n']);
    // a rejected entity is stored but never compiled
    await store.changeEntity('n', (e) => ({ ...e!, learned: { ...learned, state: 'rejected' } }));
    const withoutRejected = await store.compiled();
    expect(withoutRejected.compiled.entities.map((e) => e.id)).toEqual(['a']);
    expect(await store.entity('n')).toBeDefined();
  });

  it('reads back the right entity after a restart, whatever characters ids and names hold (U+0000 too)', async () => {
    const name = `kashif-test-${++dbCount}`;
    const entities = [
      entity('o-\u0000un', 'الأمم\u0000المتحدة', { aliases: ['الأمم المتحدة'] }),
      entity('o-\u0000', '\u0000'),
      entity('o-nato', 'حلف شمال الأطلسي', { type: 'org' }),
      entity('p-lavrov', 'سيرغي\u0000لافروف', { type: 'person', aliases: ['لافروف'] }),
    ];
    await new DictionaryStore(openDatabase(name)).loadBuiltIn(dictionary('2025-01-01T00:00:00Z', entities));
    const compiled = (await new DictionaryStore(openDatabase(name)).compiled()).compiled;
    // a restarted worker: the tables come from the stored record
    const restarted = (await new DictionaryStore(openDatabase(name)).compiled()).compiled;
    expect(restarted.entities).toEqual(compiled.entities);
    const m = createMatcher(restarted);
    const found = m
      .findMentions('قال لافروف في الأمم المتحدة وحلف شمال الأطلسي')
      .map((h) => [m.entities[h.entity]!.id, m.entities[h.entity]!.name]);
    expect(found).toEqual([
      ['p-lavrov', 'سيرغي\u0000لافروف'],
      ['o-\u0000un', 'الأمم\u0000المتحدة'],
      ['o-nato', 'حلف شمال الأطلسي'],
    ]);
  });

  it('stores settings', async () => {
    const store = freshStore();
    expect(await store.settings()).toMatchObject({ paused: false, disabledSites: [] });
    await store.updateSettings({ disabledSites: ['example.com'] });
    expect((await store.settings()).disabledSites).toEqual(['example.com']);
  });
});

describe('the database schema', () => {
  it('upgrades a version 1 database (with its unused indexes) and keeps every entity', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `kashif-upgrade-${++dbCount}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ entities: '&id, type, name', settings: '&key', meta: '&key', compiled: '&revision' });
    await v1.table('entities').bulkAdd([entity('a', 'الأمم المتحدة'), entity('b', 'حلف شمال الأطلسي')]);
    v1.close();
    const db = openDatabase(name);
    expect((await db.entities.toArray()).map((e) => e.name).sort()).toEqual(['الأمم المتحدة', 'حلف شمال الأطلسي']);
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(db.entities.schema.indexes).toEqual([]);
  });

  it('drops compiled tables packed by version 3 (NUL-separated), so that they are compiled again', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `kashif-upgrade-${++dbCount}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({ entities: '&id', settings: '&key', meta: '&key', compiled: '&revision', tombstones: '&id' });
    await v3
      .table('compiled')
      .put({ revision: 1, automaton: {}, ids: 'a\u0000b', names: 'A\u0000B', types: new Uint8Array(2) });
    v3.close();
    const db = openDatabase(name);
    expect(await db.compiled.count()).toBe(0);
  });

  it('drops compiled tables of version 4, which had no article flag, so that they are compiled again', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `kashif-upgrade-${++dbCount}`;
    const v4 = new Dexie(name);
    v4.version(4).stores({ entities: '&id', settings: '&key', meta: '&key', compiled: '&revision', tombstones: '&id' });
    await v4.table('compiled').put({ revision: 1, automaton: {}, ids: 'a', idEnds: new Uint32Array([1]) });
    v4.close();
    const db = openDatabase(name);
    expect(await db.compiled.count()).toBe(0);
  });
});
