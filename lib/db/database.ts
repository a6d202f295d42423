import Dexie, { type EntityTable } from 'dexie';
import type { Entity, Source } from '../dictionary/schema';
import type { CompiledDictionary } from '../match/types';
import type { CardLanguage } from '../messages/protocol';

/** Settings the reader controls: stored, never only in memory, because MV3 stops the service worker at will. */
export interface Settings {
  key: 'settings';
  paused: boolean;
  /** hosts where the reader switched Kashif off */
  disabledSites: string[];
  /** the hover card's language; absent in settings stored before it existed, which means 'auto' */
  cardLanguage?: CardLanguage;
  /** whether Kashif learns from the articles the reader reads; absent (settings stored before it) means on */
  learning?: boolean;
  /** hosts where the reader switched learning off (Kashif still highlights there) */
  learningDisabledSites?: string[];
}

/** Facts about the stored dictionary. */
export interface DictionaryMeta {
  key: 'dictionary';
  /** bumped on every change of `entities`: compiled matchers and open tabs follow it */
  revision: number;
  /** builtAt of the built-in dictionary last merged in */
  builtInBuiltAt?: string;
  builtInSources: number;
  /** the articles the stored dictionary comes from (exported with it) */
  sources?: Source[];
  /**
   * set by the upgrade that introduced `Entity.origin`: entities stored before it were marked imported, as nothing
   * told built-in from imported ones. The next built-in load refreshes those the new built-in dictionary has and
   * the reader never edited (they are built-in ones), then clears this.
   */
  originsGuessed?: boolean;
  /** the last import that committed, by the id its sender gave (see the importDictionary request) */
  lastImport?: { id: string; entities: number };
}

/**
 * What is left of an entity the reader deleted or merged into another: an update of the built-in dictionary never
 * brings it back. Saving or learning an entity of that id again removes its tombstone.
 */
export interface Tombstone {
  id: string;
  /** the entity it was merged into; absent when it was deleted */
  into?: string;
}

/**
 * The matcher's tables for one revision, so that a restarted service worker does not compile again. The entity
 * list is packed into two strings, their end offsets and a byte array: structured-cloning 100,000 small objects out
 * of IndexedDB cost more than the trie's typed arrays. The strings are cut at stored offsets, never at a separator
 * character: an id or a name may hold any character (U+0000 too) without shifting the entities that follow.
 */
export interface CompiledRecord {
  revision: number;
  automaton: CompiledDictionary['automaton'];
  /** every id, then every name, one after the other; entity k's ends at idEnds[k] / nameEnds[k] */
  ids: string;
  idEnds: Uint32Array;
  names: string;
  nameEnds: Uint32Array;
  /** 0 = person, 1 = org */
  types: Uint8Array;
  /** the entities (indices, ascending) learned from pages and not confirmed yet: drawn in the quieter style */
  learnedNew?: Uint32Array;
}

/** Joins strings, recording where each ends. */
function pack(parts: readonly string[]): { text: string; ends: Uint32Array } {
  const ends = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((p, k) => {
    at += p.length;
    ends[k] = at;
  });
  return { text: parts.join(''), ends };
}

function unpack(text: string, ends: Uint32Array): string[] {
  const parts: string[] = new Array<string>(ends.length);
  let from = 0;
  for (let k = 0; k < ends.length; k++) {
    parts[k] = text.slice(from, ends[k]);
    from = ends[k]!;
  }
  return parts;
}

export function packCompiled(
  revision: number,
  compiled: CompiledDictionary,
  learnedNew: Uint32Array = new Uint32Array(0),
): CompiledRecord {
  const ids = pack(compiled.entities.map((e) => e.id));
  const names = pack(compiled.entities.map((e) => e.name));
  return {
    revision,
    automaton: compiled.automaton,
    ids: ids.text,
    idEnds: ids.ends,
    names: names.text,
    nameEnds: names.ends,
    types: Uint8Array.from(compiled.entities, (e) => (e.type === 'person' ? 0 : 1)),
    learnedNew,
  };
}

export function unpackCompiled(record: CompiledRecord): CompiledDictionary {
  const ids = unpack(record.ids, record.idEnds);
  const names = unpack(record.names, record.nameEnds);
  return {
    version: 1,
    automaton: record.automaton,
    entities: ids.map((id, k) => ({ id, name: names[k]!, type: record.types[k] === 0 ? 'person' : 'org' })),
  };
}

export type KashifDatabase = Dexie & {
  entities: EntityTable<Entity, 'id'>;
  settings: EntityTable<Settings, 'key'>;
  meta: EntityTable<DictionaryMeta, 'key'>;
  compiled: EntityTable<CompiledRecord, 'revision'>;
  tombstones: EntityTable<Tombstone, 'id'>;
};

export const DATABASE_NAME = 'kashif';

/**
 * The schema and every migration, in order. A new version appends a `db.version(n)` block with its upgrade;
 * old blocks stay, so that any installed version can upgrade step by step.
 */
export function openDatabase(name = DATABASE_NAME): KashifDatabase {
  const db = new Dexie(name) as KashifDatabase;
  db.version(1).stores({
    entities: '&id, type, name',
    settings: '&key',
    meta: '&key',
    compiled: '&revision',
  });
  // the type and name indexes were never queried (search has its own index, the manager sorts in memory), and each
  // cost every write: importing 100,000 entities spent about a third of its time keeping them
  db.version(2).stores({ entities: '&id' });
  // entities record where they came from, and deletions and merges leave tombstones (see DictionaryMeta.originsGuessed)
  db.version(3)
    .stores({ tombstones: '&id' })
    .upgrade(async (tx) => {
      await tx
        .table<Entity>('entities')
        .toCollection()
        .modify((e) => {
          e.origin ??= 'imported';
        });
      const meta = await tx.table<DictionaryMeta>('meta').get('dictionary');
      if (meta) await tx.table<DictionaryMeta>('meta').put({ ...meta, originsGuessed: true });
    });
  // compiled tables were packed with NUL separators, which an id or a name could hold: compile them again
  db.version(4)
    .stores({})
    .upgrade((tx) => tx.table('compiled').clear());
  // compiled tables gained the article rule of one-word names (lib/match/article-rule.ts): tables without it would
  // go on finding «الجزيرة» in «جزيرة», so they are compiled again
  db.version(5)
    .stores({})
    .upgrade((tx) => tx.table('compiled').clear());
  return db;
}

export const DEFAULT_SETTINGS: Settings = { key: 'settings', paused: false, disabledSites: [] };
