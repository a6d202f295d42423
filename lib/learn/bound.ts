import type { Entity } from '../dictionary/schema';

/** At most this many learned entities wait in state 'new'; a reader's confirmed ones are never counted. */
export const MAX_NEW_LEARNED = 2000;

/**
 * Keeps the 'new' learned set bounded: beyond `max`, the least recently seen 'new' entities go (the oldest first,
 * then by id, so that the outcome does not depend on storage order). `changed` are the entities about to be
 * written (they replace the stored ones of their id); the result says which of them to write still and which
 * stored ids to remove.
 */
export function boundNewLearned(
  changed: readonly Entity[],
  stored: readonly Entity[],
  max: number,
): { keep: Entity[]; remove: string[] } {
  const byId = new Map(stored.map((e) => [e.id, e]));
  for (const e of changed) byId.set(e.id, e);
  const waiting = [...byId.values()].filter((e) => e.learned?.state === 'new');
  if (waiting.length <= max) return { keep: [...changed], remove: [] };
  waiting.sort((a, b) =>
    a.learned!.lastSeen === b.learned!.lastSeen
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : a.learned!.lastSeen < b.learned!.lastSeen
        ? -1
        : 1,
  );
  const dropped = new Set(waiting.slice(0, waiting.length - max).map((e) => e.id));
  const storedIds = new Set(stored.map((e) => e.id));
  return {
    keep: changed.filter((e) => !dropped.has(e.id)),
    remove: [...dropped].filter((id) => storedIds.has(id)),
  };
}
