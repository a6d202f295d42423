import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Dictionary, Entity } from '../../lib/dictionary/schema';
import { createMatcher } from '../../lib/match/matcher';
import { openDatabase } from '../../lib/db/database';
import { DictionaryStore } from '../../lib/db/dictionary-store';
import { mergeBuiltIn } from '../../lib/db/merge-built-in';

const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({ id, type: 'org', name, aliases: [], roles: [], mentions: [], related: [], ...extra });
const dictionary = (builtAt: string, entities: Entity[]): Dictionary => ({ format: 'kashif-dictionary', version: 1, builtAt, sources: [], entities });
let dbCount = 0;
const freshStore = () => new DictionaryStore(openDatabase(`kashif-test-${++dbCount}`));

describe('merging a new built-in dictionary', () => {
  it('takes new built-in entities, drops vanished ones, and keeps what the reader made or edited', () => {
    const builtInEntity = (id: string, name: string, extra: Partial<Entity> = {}) => entity(id, name, { origin: 'builtIn', ...extra });
    const stored = [builtInEntity('a', 'old A'), builtInEntity('b', 'B edited', { userEdited: true }), builtInEntity('c', 'C'), entity('u', 'user made', { origin: 'reader', userEdited: true })];
    const builtIn = [entity('a', 'new A'), entity('b', 'B rebuilt'), entity('d', 'D')];
    const { put, remove } = mergeBuiltIn(stored, builtIn, new Set());
    expect(put.map((e) => e.name)).toEqual(['new A', 'D']);
    expect(remove).toEqual(['c']);
  });
});

describe('the extension store', () => {
  it('loads a built-in dictionary once per build, and the reader\'s entities survive the next one', async () => {
    const store = freshStore();
    expect(await store.loadBuiltIn(dictionary('2025-01-01T00:00:00Z', [entity('a', 'الأمم المتحدة'), entity('b', 'حلف شمال الأطلسي')]))).toBe(true);
    expect(await store.loadBuiltIn(dictionary('2025-01-01T00:00:00Z', []))).toBe(false);
    await store.saveUserEntities([entity('b', 'الناتو', { note: 'mine' })]);
    await store.loadBuiltIn(dictionary('2025-02-01T00:00:00Z', [entity('a', 'الأمم المتحدة'), entity('b', 'حلف شمال الأطلسي')]));
    expect((await store.entity('b'))).toMatchObject({ name: 'الناتو', note: 'mine', userEdited: true });
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
    const counting = () => new DictionaryStore(openDatabase(name), () => { compiles++; return new Set<string>(); });
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
});
