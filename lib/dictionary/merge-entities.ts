import type { Entity } from './schema';

/**
 * Two or more entries that are one person or body, as the reader decides: the first keeps its id, type and name;
 * the others' names become aliases; roles, mentions (counts added per article) and related entities are combined.
 * The result is the reader's (userEdited), so rebuilds of the built-in dictionary leave it alone.
 */
export function mergeEntities(into: Entity, others: readonly Entity[]): Entity {
  const ids = new Set([into.id, ...others.map((o) => o.id)]);
  const aliases = new Set([...into.aliases, ...others.flatMap((o) => [o.name, ...o.aliases])]);
  aliases.delete(into.name);

  const roleKey = (r: Entity['roles'][number]) => JSON.stringify([r.title, r.org, r.country, r.source, r.date]);
  const roles = new Map<string, Entity['roles'][number]>();
  for (const r of [into, ...others].flatMap((e) => e.roles)) if (!roles.has(roleKey(r))) roles.set(roleKey(r), r);

  const mentions = new Map<string, Entity['mentions'][number]>();
  for (const m of [into, ...others].flatMap((e) => e.mentions)) {
    const seen = mentions.get(m.source);
    mentions.set(m.source, seen ? { ...seen, count: seen.count + m.count } : { ...m });
  }

  const related = new Map<string, number>();
  for (const r of [into, ...others].flatMap((e) => e.related))
    if (!ids.has(r.id)) related.set(r.id, (related.get(r.id) ?? 0) + r.count);

  const notes = [into, ...others].map((e) => e.note).filter((n): n is string => !!n);
  return {
    ...into,
    aliases: [...aliases],
    roles: [...roles.values()],
    mentions: [...mentions.values()],
    related: [...related].sort((a, b) => b[1] - a[1]).map(([id, count]) => ({ id, count })),
    ...(notes.length ? { note: [...new Set(notes)].join('\n') } : {}),
    userEdited: true,
  };
}
