import { mergeEntities } from '../dictionary/merge-entities';
import type { Dictionary, Entity } from '../dictionary/schema';
import { compileDictionary } from '../match/compile';
import type { CompiledDictionary } from '../match/types';
import { DEFAULT_SETTINGS, packCompiled, unpackCompiled, type DictionaryMeta, type KashifDatabase, type Settings } from './database';
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
   * Returns whether anything changed.
   */
  async loadBuiltIn(dictionary: Dictionary, options: { force?: boolean } = {}): Promise<boolean> {
    return this.db.transaction('rw', this.db.entities, this.db.meta, this.db.compiled, async () => {
      const meta = await this.meta();
      if (meta.builtInBuiltAt === dictionary.builtAt && !options.force) return false;
      const { put, remove } = mergeBuiltIn(await this.db.entities.toArray(), dictionary.entities);
      await this.db.entities.bulkDelete(remove);
      await this.db.entities.bulkPut(put);
      const sources = new Map([...(meta.sources ?? []), ...dictionary.sources].map((src) => [src.id, src]));
      await this.bump({ ...meta, builtInBuiltAt: dictionary.builtAt, builtInSources: dictionary.sources.length, sources: [...sources.values()] });
      return true;
    });
  }

  /** Replaces the whole dictionary with `dictionary` (an import), in one transaction: all of it or nothing. */
  async replaceAll(dictionary: Dictionary): Promise<void> {
    await this.db.transaction('rw', this.db.entities, this.db.meta, this.db.compiled, async () => {
      await this.db.entities.clear();
      await this.db.entities.bulkAdd(dictionary.entities);
      await this.bump({ ...(await this.meta()), sources: dictionary.sources });
    });
  }

  /** Back to the built-in dictionary alone: the reader's entities and edits go. */
  async reset(builtIn: Dictionary): Promise<void> {
    await this.db.transaction('rw', this.db.entities, this.db.meta, this.db.compiled, async () => {
      await this.db.entities.clear();
      await this.db.entities.bulkAdd(builtIn.entities);
      await this.bump({ ...(await this.meta()), builtInBuiltAt: builtIn.builtAt, builtInSources: builtIn.sources.length, sources: builtIn.sources });
    });
  }

  /** Merges entities `from` into `into` (see mergeEntities); returns the merged entity. */
  async merge(into: string, from: string[]): Promise<Entity> {
    return this.db.transaction('rw', this.db.entities, this.db.meta, this.db.compiled, async () => {
      const target = await this.db.entities.get(into);
      const others = (await this.db.entities.bulkGet(from)).filter((e): e is Entity => !!e && e.id !== into);
      if (!target) throw new Error(`no entity "${into}"`);
      if (others.length !== from.filter((id) => id !== into).length) throw new Error('an entity to merge no longer exists');
      const merged = mergeEntities(target, others);
      await this.db.entities.bulkDelete(others.map((o) => o.id));
      await this.db.entities.put(merged);
      await this.bump(await this.meta());
      return merged;
    });
  }

  /** Adds the entities of a reviewed corpus import: new ones as they are, known ones merged with what they add. */
  async addReviewed(entities: Entity[]): Promise<void> {
    await this.db.transaction('rw', this.db.entities, this.db.meta, this.db.compiled, async () => {
      const known = await this.db.entities.bulkGet(entities.map((e) => e.id));
      const put = entities.map((e, k) => (known[k] ? mergeEntities(known[k], [{ ...e, name: known[k].name }]) : { ...e, userEdited: true }));
      await this.db.entities.bulkPut(put);
      await this.bump(await this.meta());
    });
  }

  async entity(id: string): Promise<Entity | undefined> {
    return this.db.entities.get(id);
  }

  async entities(): Promise<Entity[]> {
    return this.db.entities.toArray();
  }

  /** Adds or replaces entities the reader wrote; they are marked as the reader's, so rebuilds keep them. */
  async saveUserEntities(entities: Entity[]): Promise<void> {
    await this.db.transaction('rw', this.db.entities, this.db.meta, this.db.compiled, async () => {
      await this.db.entities.bulkPut(entities.map((e) => ({ ...e, userEdited: true })));
      await this.bump(await this.meta());
    });
  }

  async deleteEntities(ids: string[]): Promise<void> {
    await this.db.transaction('rw', this.db.entities, this.db.meta, this.db.compiled, async () => {
      await this.db.entities.bulkDelete(ids);
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
    if (stored) return { revision, compiled: unpackCompiled(stored) };
    const compiled = compileDictionary(await this.entities(), { commonWords: this.commonWords() });
    // a stale revision's tables are of no use: keep one record only
    await this.db.transaction('rw', this.db.compiled, async () => {
      await this.db.compiled.clear();
      await this.db.compiled.put(packCompiled(revision, compiled));
    });
    return { revision, compiled };
  }

  private async bump(meta: DictionaryMeta) {
    await this.db.meta.put({ ...meta, revision: meta.revision + 1 });
    await this.db.compiled.clear();
  }
}
