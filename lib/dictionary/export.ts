import { DICTIONARY_FORMAT, DICTIONARY_VERSION, type Dictionary, type Entity, type Source } from './schema';

/** The stored dictionary as a file of the command-line tool's format (what `kashif build` writes). */
export function toDictionaryFile(entities: Entity[], sources: Source[], builtAt: Date = new Date()): Dictionary {
  return {
    format: DICTIONARY_FORMAT,
    version: DICTIONARY_VERSION,
    builtAt: builtAt.toISOString(),
    sources,
    entities: [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
