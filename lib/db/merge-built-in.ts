import type { Entity } from '../dictionary/schema';

/** What to write when a new built-in dictionary arrives. */
export interface BuiltInMerge {
  put: Entity[];
  remove: string[];
}

/**
 * Merges a new built-in dictionary into the stored entities without losing the reader's work: an entity the
 * reader created or edited (`userEdited`) is kept as the reader left it; a built-in entity the new dictionary
 * no longer has is removed unless the reader edited it; everything else takes the new built-in version.
 */
export function mergeBuiltIn(stored: readonly Entity[], builtIn: readonly Entity[]): BuiltInMerge {
  const storedById = new Map(stored.map((e) => [e.id, e]));
  const builtInIds = new Set(builtIn.map((e) => e.id));
  const put = builtIn.filter((e) => !storedById.get(e.id)?.userEdited);
  const remove = stored.filter((e) => !e.userEdited && !builtInIds.has(e.id)).map((e) => e.id);
  return { put, remove };
}
