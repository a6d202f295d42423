import type { Dictionary, Entity } from '../dictionary/schema';
import { compileDictionary } from '../match/compile';
import type { CompiledDictionary } from '../match/types';
import { DEFAULT_SETTINGS, type DictionaryMeta, type KashifDatabase, type Settings } from './database';
import { mergeBuiltIn } from './merge-built-in';

const EMPTY_META: DictionaryMeta = { key: 'dictionary', revision: 0, builtInSources: 0 };

/** The dictionary as the extension stores it: entities, their revision, and the matcher compiled for it. */
export class DictionaryStore {
  constructor(
    private readonly db: KashifDatabase,
    private readonly commonWords: ReadonlySet<string> = new Set(),
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
  async loadBuiltIn(dictionary: Dictionary): Promise<boolean> {
    return this.db.transaction('rw', this.db.entities, this.db.meta, this.db.compiled, async () => {
      const meta = await this.meta();
      if (meta.builtInBuiltAt === dictionary.builtAt) return false;
      const { put, remove } = mergeBuiltIn(await this.db.entities.toArray(), dictionary.entities);
      await this.db.entities.bulkDelete(remove);
      await this.db.entities.bulkPut(put);
      await this.bump({ ...meta, builtInBuiltAt: dictionary.builtAt, builtInSources: dictionary.sources.length });
      return true;
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
    if (stored) return stored;
    const compiled = compileDictionary(await this.entities(), { commonWords: this.commonWords });
    // a stale revision's tables are of no use: keep one record only
    await this.db.transaction('rw', this.db.compiled, async () => {
      await this.db.compiled.clear();
      await this.db.compiled.put({ revision, compiled });
    });
    return { revision, compiled };
  }

  private async bump(meta: DictionaryMeta) {
    await this.db.meta.put({ ...meta, revision: meta.revision + 1 });
    await this.db.compiled.clear();
  }
}
