import type { Entity } from '../dictionary/schema';

/** What to write when a new built-in dictionary arrives. */
export interface BuiltInMerge {
  put: Entity[];
  remove: string[];
}

/**
 * Merges a new built-in dictionary into the stored entities without losing the reader's work. Only built-in
 * entities the reader never touched follow the update: they are refreshed, or removed when the new dictionary no
 * longer has them. New built-in entities are added, unless the reader deleted or merged away that id (`removed`,
 * the tombstones). Whatever the reader imported, learned, wrote or edited stays as the reader left it.
 * With `originsGuessed` (a database upgraded from before origins were recorded), an unedited entity marked
 * imported that the new dictionary has is taken for the built-in one it most likely is.
 * A refreshed entity keeps the mentions and roles that pages the reader read added to it (`pageSources`): they are
 * not the built-in dictionary's to take back.
 */
export function mergeBuiltIn(
  stored: readonly Entity[],
  builtIn: readonly Entity[],
  removed: ReadonlySet<string>,
  options: { originsGuessed?: boolean; pageSources?: ReadonlySet<string> } = {},
): BuiltInMerge {
  const storedById = new Map(stored.map((e) => [e.id, e]));
  const builtInIds = new Set(builtIn.map((e) => e.id));
  const follows = (e: Entity) =>
    !e.userEdited && (e.origin === 'builtIn' || (!!options.originsGuessed && e.origin === 'imported'));
  const put = builtIn
    .filter((e) => !removed.has(e.id))
    .filter((e) => {
      const had = storedById.get(e.id);
      return !had || follows(had);
    })
    .map((e) => withPages({ ...e, origin: 'builtIn' as const }, storedById.get(e.id), options.pageSources));
  const remove = stored
    .filter((e) => e.origin === 'builtIn' && !e.userEdited && !builtInIds.has(e.id))
    .map((e) => e.id);
  return { put, remove };
}

function withPages(fresh: Entity, had: Entity | undefined, pages: ReadonlySet<string> | undefined): Entity {
  if (!had || !pages?.size) return fresh;
  const has = new Set(fresh.mentions.map((m) => m.source));
  const mentions = had.mentions.filter((m) => pages.has(m.source) && !has.has(m.source));
  const roles = had.roles.filter((r) => r.source !== undefined && pages.has(r.source));
  if (!mentions.length && !roles.length) return fresh;
  return { ...fresh, mentions: [...fresh.mentions, ...mentions], roles: [...fresh.roles, ...roles] };
}
