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
 * A dictionary compiled for matching. Plain data (typed arrays, strings, numbers) so that it can be
 * built once (in the background, or by `kashif build`), stored or posted with structured clone, and
 * turned back into a Matcher without rebuilding.
 */
export interface CompiledDictionary {
  version: 1;
  entities: { id: string; type: EntityType; name: string }[];
  /** opaque automaton tables: see lib/match/automaton.ts */
  automaton: AutomatonData;
}

export interface AutomatonData {
  [table: string]: Int32Array | Uint32Array | Uint16Array | Uint8Array | number;
}
