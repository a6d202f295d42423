import type { EntityType } from '../dictionary/schema';

/** What the matcher needs of an entity: the dictionary's entity, less what only the card shows. */
export interface MatchableEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/** One mention found in a text: UTF-16 offsets into the ORIGINAL text (clitics excluded, diacritics inside kept). */
export interface MentionHit {
  start: number;
  end: number;
  /** index into CompiledDictionary.entities */
  entity: number;
}

/**
 * A dictionary compiled for matching. Plain data (typed arrays, strings, numbers) so that the background can
 * compile it once per dictionary revision, keep it in IndexedDB with structured clone, and turn it back into a
 * Matcher after a service worker restart without compiling again.
 */
export interface CompiledDictionary {
  version: 1;
  entities: { id: string; type: EntityType; name: string }[];
  /** the trie's tables, opaque outside lib/match: see lib/match/trie.ts */
  automaton: TrieTables;
}

export interface TrieTables {
  [table: string]: Int32Array | Uint32Array | Uint16Array | Uint8Array | number | undefined;
}
