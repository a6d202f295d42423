import type { Role } from './schema';

/** One role as the reader reads it, with every source that gives it. */
export interface DistinctRole {
  /** the role of the group's most recent source (the first, when none is dated) */
  role: Role;
  /** how many articles give this role (a role the reader wrote, without a source, counts none) */
  sources: number;
}

// harakat, the dagger alef and tatweel: «السفيرُ» and «السفير» are one role
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

function keyOf(role: Role): string {
  const fold = (s: string | undefined) => (s ?? '').normalize('NFC').replace(MARKS, '').replace(/\s+/g, ' ').trim();
  return `${fold(role.title)}\u0000${fold(role.org)}\u0000${fold(role.country)}`;
}

/**
 * The roles of an entity as the card, the popup and the manager list them: a role that many articles give («وزير
 * الخارجية» in each of twenty articles) is one line, not twenty. Roles with the same title, organization and
 * country are one; they keep the order in which the dictionary first gives them.
 */
export function distinctRoles(roles: readonly Role[]): DistinctRole[] {
  const groups = new Map<string, { role: Role; sources: Set<string> }>();
  for (const role of roles) {
    const key = keyOf(role);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { role, sources: new Set(role.source ? [role.source] : []) });
      continue;
    }
    if (role.source) group.sources.add(role.source);
    // ISO dates compare as strings
    if (role.date && (!group.role.date || role.date > group.role.date)) group.role = role;
  }
  return [...groups.values()].map((g) => ({ role: g.role, sources: g.sources.size }));
}
