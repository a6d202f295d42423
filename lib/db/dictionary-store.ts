import { mergeEntities } from '../dictionary/merge-entities';
import type { Dictionary, Entity } from '../dictionary/schema';
import { compileDictionary } from '../match/compile';
import type { CompiledDictionary } from '../match/types';
import {
  DEFAULT_SETTINGS,
  packCompiled,
  unpackCompiled,
  type DictionaryMeta,
  type KashifDatabase,
  type Settings,
  type Tombstone,
} from './database';
import { mergeBuiltIn } from './merge-built-in';

const EMPTY_META: DictionaryMeta = { key: 'dictionary', revision: 0, builtInSources: 0 };

/** The dictionary as the extension stores it: entities, their revision, and the matcher compiled for it. */
export class DictionaryStore {
  constructor(
    private readonly db: KashifDatabase,
    /** asked only when compiling: a restarted service worker that reads its tables back never builds the list */
    private readonly commonWords: () => ReadonlySet<string> = () => new Set(),
  ) {}

  async meta(): Promise<DictionaryMeta> {
    return (await this.db.meta.get('dictionary')) ?? EMPTY_META;
  }

  async settings(): Promise<Settings> {
    return (await this.db.settings.get('settings')) ?? DEFAULT_SETTINGS;
  }

  async updateSettings(change: Partial<Omit<Settings, 'key'>>): Promise<Settings> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const next = { ...(await this.settings()), ...change, key: 'settings' as const };
      await this.db.settings.put(next);
      return next;
    });
  }

  /**
   * Merges a built-in dictionary in one transaction: if anything fails, the previous dictionary stays whole.
   * Only built-in entities the reader never touched follow it (see mergeBuiltIn). Returns whether anything changed.
   */
  async loadBuiltIn(dictionary: Dictionary, options: { force?: boolean } = {}): Promise<boolean> {
    return this.write(async () => {
      const meta = await this.meta();
      if (meta.builtInBuiltAt === dictionary.builtAt && !options.force) return false;
      const removed = new Set(await this.db.tombstones.toCollection().primaryKeys());
      const { put, remove } = mergeBuiltIn(await this.db.entities.toArray(), dictionary.entities, removed, {
        originsGuessed: !!meta.originsGuessed,
      });
      await this.db.entities.bulkDelete(remove);
      await this.db.entities.bulkPut(put);
      const sources = new Map([...(meta.sources ?? []), ...dictionary.sources].map((src) => [src.id, src]));
      const { originsGuessed: _done, ...rest } = meta;
      await this.bump({
        ...rest,
        builtInBuiltAt: dictionary.builtAt,
        builtInSources: dictionary.sources.length,
        sources: [...sources.values()],
      });
      return true;
    });
  }

  /**
   * Replaces the whole dictionary with `dictionary` (an import), in one transaction: all of it or nothing. Its
   * entities keep the origin the file gives (an export records it) and are imported otherwise; the built-in
   * entities it leaves out are tombstoned, so that an update does not bring back what the import replaced.
   */
  async replaceAll(dictionary: Dictionary, importId?: string): Promise<void> {
    await this.write(async () => {
      const imported = new Set(dictionary.entities.map((e) => e.id));
      const dropped = (await this.db.entities.toArray()).filter((e) => e.origin === 'builtIn' && !imported.has(e.id));
      await this.db.entities.clear();
      await this.db.entities.bulkAdd(dictionary.entities.map((e) => ({ ...e, origin: e.origin ?? 'imported' })));
      await this.db.tombstones.bulkDelete([...imported]);
      await this.db.tombstones.bulkPut(dropped.map((e) => ({ id: e.id })));
      const { lastImport: _previous, ...meta } = await this.meta();
      const lastImport =
        importId === undefined ? {} : { lastImport: { id: importId, entities: dictionary.entities.length } };
      await this.bump({ ...meta, sources: dictionary.sources, ...lastImport });
    });
  }

  /** Back to the built-in dictionary alone: the reader's entities, edits and tombstones go. */
  async reset(builtIn: Dictionary): Promise<void> {
    await this.write(async () => {
      await this.db.entities.clear();
      await this.db.tombstones.clear();
      await this.db.entities.bulkAdd(builtIn.entities.map((e) => ({ ...e, origin: 'builtIn' as const })));
      const { originsGuessed: _done, ...meta } = await this.meta();
      await this.bump({
        ...meta,
        builtInBuiltAt: builtIn.builtAt,
        builtInSources: builtIn.sources.length,
        sources: builtIn.sources,
      });
    });
  }

  /** Merges entities `from` into `into` (see mergeEntities); returns the merged entity. The others leave tombstones. */
  async merge(into: string, from: string[]): Promise<Entity> {
    return this.write(async () => {
      const target = await this.db.entities.get(into);
      const others = (await this.db.entities.bulkGet(from)).filter((e): e is Entity => !!e && e.id !== into);
      if (!target) throw new Error(`no entity "${into}"`);
      if (others.length !== from.filter((id) => id !== into).length)
        throw new Error('an entity to merge no longer exists');
      const merged = mergeEntities(target, others);
      await this.db.entities.bulkDelete(others.map((o) => o.id));
      await this.db.tombstones.bulkPut(others.map((o) => ({ id: o.id, into })));
      await this.db.entities.put(merged);
      await this.bump(await this.meta());
      return merged;
    });
  }

  /**
   * Adds the entities of a reviewed corpus import: new ones as learned, known ones merged with what they add.
   * The reader chose them: an id they had deleted comes back.
   */
  async addReviewed(entities: Entity[]): Promise<void> {
    await this.write(async () => {
      const known = await this.db.entities.bulkGet(entities.map((e) => e.id));
      const put = entities.map((e, k) => {
        const had = known[k];
        return had
          ? mergeEntities(had, [{ ...e, name: had.name }])
          : { ...e, origin: 'learned' as const, userEdited: true };
      });
      await this.db.entities.bulkPut(put);
      await this.db.tombstones.bulkDelete(entities.map((e) => e.id));
      await this.bump(await this.meta());
    });
  }

  async entity(id: string): Promise<Entity | undefined> {
    return this.db.entities.get(id);
  }

  async entities(): Promise<Entity[]> {
    return this.db.entities.toArray();
  }

  /** The ids the reader deleted or merged away, which updates of the built-in dictionary leave out. */
  async tombstones(): Promise<Tombstone[]> {
    return this.db.tombstones.toArray();
  }

  /**
   * Adds or replaces entities the reader wrote; they are marked as edited, so updates keep them. An entity keeps
   * the origin it had (whatever the sender says); a new one is the reader's own.
   */
  async saveUserEntities(entities: Entity[]): Promise<void> {
    await this.write(async () => {
      const known = await this.db.entities.bulkGet(entities.map((e) => e.id));
      await this.db.entities.bulkPut(
        entities.map((e, k) => ({ ...e, origin: known[k]?.origin ?? 'reader', userEdited: true })),
      );
      await this.db.tombstones.bulkDelete(entities.map((e) => e.id));
      await this.bump(await this.meta());
    });
  }

  /** Deletes entities; each leaves a tombstone, so that an update does not bring a built-in one back. */
  async deleteEntities(ids: string[]): Promise<void> {
    await this.write(async () => {
      const existing = (await this.db.entities.bulkGet(ids)).filter((e): e is Entity => !!e);
      await this.db.entities.bulkDelete(ids);
      await this.db.tombstones.bulkPut(existing.map((e) => ({ id: e.id })));
      await this.bump(await this.meta());
    });
  }

  /**
   * The matcher's tables for the current revision: read from the database when a previous run compiled them
   * (a service worker restart costs a read, not a compile), compiled and stored otherwise.
   */
  async compiled(): Promise<{ revision: number; compiled: CompiledDictionary }> {
    const { revision } = await this.meta();
    const stored = await this.db.compiled.get(revision);
    if (stored?.idEnds) return { revision, compiled: unpackCompiled(stored) };
    const compiled = compileDictionary(await this.entities(), { commonWords: this.commonWords() });
    // a stale revision's tables are of no use: keep one record only
    await this.db.transaction('rw', this.db.compiled, async () => {
      await this.db.compiled.clear();
      await this.db.compiled.put(packCompiled(revision, compiled));
    });
    return { revision, compiled };
  }

  /** One transaction over everything a change of the dictionary writes. */
  private write<T>(change: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', [this.db.entities, this.db.meta, this.db.compiled, this.db.tombstones], change);
  }

  private async bump(meta: DictionaryMeta) {
    await this.db.meta.put({ ...meta, revision: meta.revision + 1 });
    await this.db.compiled.clear();
  }
}
