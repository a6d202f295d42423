import { buildDictionary, type Article } from '../../lib/extract/build';
import type { Entity } from '../../lib/dictionary/schema';

/** Small made-up articles (one text each, ids a0, a1, …) built into a dictionary at a pinned time. */
function builtFrom(texts: string[]) {
  return buildDictionary(
    texts.map((text, k): Article => ({ id: `a${k}`, file: `a${k}.txt`, text })),
    { now: new Date('2025-01-01T00:00:00Z') },
  );
}

export const personsBuiltFrom = (texts: string[]): Entity[] =>
  builtFrom(texts).entities.filter((e) => e.type === 'person');

export const orgsBuiltFrom = (texts: string[]): Entity[] => builtFrom(texts).entities.filter((e) => e.type === 'org');

/** The entities that name `name`, by their name or one of their aliases. */
export const owner = <E extends { name: string; aliases: string[] }>(entities: E[], name: string): E[] =>
  entities.filter((e) => e.name === name || e.aliases.includes(name));
