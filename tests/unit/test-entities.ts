import type { Dictionary, Entity } from '../../lib/dictionary/schema';

/** An entity with nothing but its id and name (a person unless `extra` says otherwise), for unit tests. */
export const entity = (id: string, name: string, extra: Partial<Entity> = {}): Entity => ({
  id,
  type: 'person',
  name,
  aliases: [],
  roles: [],
  mentions: [],
  related: [],
  ...extra,
});

/** A dictionary file of these entities, built at `builtAt`, with no sources. */
export const dictionary = (builtAt: string, entities: Entity[]): Dictionary => ({
  format: 'kashif-dictionary',
  version: 1,
  builtAt,
  sources: [],
  entities,
});
