import { mergeEntities } from '../dictionary/merge-entities';
import type { Dictionary, Entity, LearnedState, Source } from '../dictionary/schema';
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

/** What learning from a page writes (see lib/learn's learnPage): entities to put, ids to drop, the page's source. */
export interface LearnedWrite {
  put: Entity[];
  remove: string[];
  source?: Source;
}

/** Whether the matcher's input is the same for two versions of an entity: names, type, and the quieter 'new' style. */
function sameForMatcher(a: Entity, b: Entity): boolean {
  return (
    a.name === b.name &&
    a.type === b.type &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((x, k) => x === b.aliases[k]) &&
    (a.learned?.state ?? '') === (b.learned?.state ?? '')
  );
}

/** Rejected learned entities stay stored, so that they are never learned again, but nothing matches or finds them. */
export const isRejected = (e: Entity): boolean => e.learned?.state === 'rejected';

const EMPTY_META: DictionaryMeta = { key: 'dictionary', revision: 0, builtInSources: 0 };

/** Page sources (those with a site) that no entity's mention or role refers to any more are dropped. */
function withoutUnusedPages(sources: readonly Source[], entities: Iterable<Entity>): Source[] {
  const used = new Set<string>();
  for (const e of entities) {
    for (const m of e.mentions) used.add(m.source);
    for (const r of e.roles) if (r.source) used.add(r.source);
  }
  return sources.filter((src) => src.site === undefined || used.has(src.id));
}

/** The dictionary as the extension stores it: entities, their revision, and the matcher compiled for it. */
export class DictionaryStore {
  /** what learning from pages last read, valid while the revision stays (see learn) */
  private learning?: {
    revision: number;
    entities: ReadonlyMap<string, Entity>;
    tombstones: ReadonlyMap<string, string | undefined>;
  };

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
      const pageSources = new Set((meta.sources ?? []).filter((src) => src.site !== undefined).map((src) => src.id));
      const { put, remove } = mergeBuiltIn(await this.db.entities.toArray(), dictionary.entities, removed, {
        originsGuessed: !!meta.originsGuessed,
        pageSources,
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

  /**
   * Learns from a page in one transaction: `learn` reads the stored entities and tombstones and says what to write,
   * so that two pages learned at once, or an edit in the manager meanwhile, cannot overwrite each other. When only
   * mentions changed, the compiled matcher carries over to the new revision (nothing to compile).
   * Returns what was written and the revision after it.
   */
  async learn<W extends LearnedWrite>(
    learn: (entities: Entity[], tombstones: ReadonlyMap<string, string | undefined>) => W,
  ): Promise<W & { revision: number; matcherChanged: boolean }> {
    return this.write(async () => {
      const meta = await this.meta();
      // the entities as of this revision: read once, then kept up to date by the pages learned (a reader reads
      // page after page; a large dictionary would be read whole for each)
      if (this.learning?.revision !== meta.revision) {
        const all = await this.db.entities.toArray();
        const dead = await this.db.tombstones.toArray();
        this.learning = {
          revision: meta.revision,
          entities: new Map(all.map((e) => [e.id, e])),
          tombstones: new Map(dead.map((t) => [t.id, t.into])),
        };
      }
      const { entities: stored, tombstones } = this.learning;
      const change = learn([...stored.values()], tombstones);
      if (!change.put.length && !change.remove.length)
        return { ...change, revision: meta.revision, matcherChanged: false };
      const matcherChanged =
        change.remove.length > 0 ||
        change.put.some((e) => {
          const had = stored.get(e.id);
          return !had || !sameForMatcher(had, e);
        });
      await this.db.entities.bulkDelete(change.remove);
      await this.db.entities.bulkPut(change.put);
      let sources = meta.sources ?? [];
      if (change.source && !sources.some((src) => src.id === change.source!.id)) sources = [...sources, change.source];
      const next = new Map(stored);
      for (const e of change.put) next.set(e.id, e);
      for (const id of change.remove) next.delete(id);
      if (change.remove.length) sources = withoutUnusedPages(sources, next.values());
      const revision = await this.bump({ ...meta, sources }, { keepCompiled: !matcherChanged });
      this.learning = { revision, entities: next, tombstones };
      return { ...change, revision, matcherChanged };
    });
  }

  /** Changes one learned entity (the reader's Keep, "Not a name", Restore). */
  async changeEntity(id: string, change: (entity: Entity | undefined) => Entity): Promise<Entity> {
    return this.write(async () => {
      const next = change(await this.db.entities.get(id));
      await this.db.entities.put(next);
      await this.bump(await this.meta());
      return next;
    });
  }

  /**
   * Removes every learned entity in one of `states`. Rejected ones leave tombstones, so that their names are still
   * never learned again; pruned 'new' ones may be learned again from a page read later.
   */
  async pruneLearned(states: readonly LearnedState[]): Promise<number> {
    return this.write(async () => {
      const all = await this.db.entities.toArray();
      const pruned = all.filter((e) => e.origin === 'learned' && e.learned && states.includes(e.learned.state));
      if (!pruned.length) return 0;
      await this.db.entities.bulkDelete(pruned.map((e) => e.id));
      await this.db.tombstones.bulkPut(pruned.filter(isRejected).map((e) => ({ id: e.id })));
      const gone = new Set(pruned.map((e) => e.id));
      const meta = await this.meta();
      const sources = withoutUnusedPages(
        meta.sources ?? [],
        all.filter((e) => !gone.has(e.id)),
      );
      await this.bump({ ...meta, sources });
      return pruned.length;
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
  async compiled(): Promise<{ revision: number; compiled: CompiledDictionary; learnedNew: Uint32Array }> {
    const { revision } = await this.meta();
    const stored = await this.db.compiled.get(revision);
    // tables stored before learning existed have no learnedNew: nothing was learned then
    if (stored?.idEnds)
      return { revision, compiled: unpackCompiled(stored), learnedNew: stored.learnedNew ?? new Uint32Array(0) };
    const entities = (await this.entities()).filter((e) => !isRejected(e));
    const compiled = compileDictionary(entities, { commonWords: this.commonWords() });
    const isNew = new Set(entities.filter((e) => e.learned?.state === 'new').map((e) => e.id));
    const learnedNew = Uint32Array.from(compiled.entities.flatMap((e, k) => (isNew.has(e.id) ? [k] : [])));
    // a stale revision's tables are of no use: keep one record only
    await this.db.transaction('rw', this.db.compiled, async () => {
      await this.db.compiled.clear();
      await this.db.compiled.put(packCompiled(revision, compiled, learnedNew));
    });
    return { revision, compiled, learnedNew };
  }

  /** One transaction over everything a change of the dictionary writes. */
  private write<T>(change: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', [this.db.entities, this.db.meta, this.db.compiled, this.db.tombstones], change);
  }

  /** The next revision; the compiled tables go with the old one, unless the change leaves the matcher as it was. */
  private async bump(meta: DictionaryMeta, options: { keepCompiled?: boolean } = {}): Promise<number> {
    const revision = meta.revision + 1;
    await this.db.meta.put({ ...meta, revision });
    const kept = options.keepCompiled ? await this.db.compiled.get(meta.revision) : undefined;
    await this.db.compiled.clear();
    if (kept) await this.db.compiled.put({ ...kept, revision });
    return revision;
  }
}
