import type { Entity } from './schema';

/** What an extraction adds: whole new entities, or new names and roles of known ones. */
export interface ReviewItem {
  entity: Entity;
  known?: Entity;
  newAliases: string[];
  newRoles: Entity['roles'];
}

export function reviewItems(found: Entity[], known: Map<string, Entity>): ReviewItem[] {
  return found.flatMap((entity) => {
    const had = known.get(entity.id);
    if (!had) return [{ entity, newAliases: entity.aliases, newRoles: entity.roles }];
    const names = new Set([had.name, ...had.aliases]);
    const newAliases = entity.aliases.filter((a) => !names.has(a));
    const titles = new Set(had.roles.map((r) => r.title));
    const newRoles = entity.roles.filter((r) => !titles.has(r.title));
    return newAliases.length || newRoles.length ? [{ entity, known: had, newAliases, newRoles }] : [];
  });
}
