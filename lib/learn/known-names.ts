import { entityKey } from '../dictionary/ids';
import type { Entity } from '../dictionary/schema';

/** What a name found on a page is to the stored dictionary. */
export type Resolution =
  /** the reader said it is not a name (or deleted it): never learned again */
  { kind: 'refused' } | { kind: 'known'; id: string } | { kind: 'new' };

/**
 * The stored entities by the keys of their names and aliases, so that a name found on a page is known under any
 * spelling the dictionary already has, whatever the entity's origin.
 */
export class KnownNames {
  private readonly byKey = new Map<string, Entity[]>();
  private readonly byId = new Map<string, Entity>();

  constructor(
    entities: readonly Entity[],
    /** ids the reader deleted (no `into`) or merged into another (`into`) */
    private readonly tombstones: ReadonlyMap<string, string | undefined> = new Map(),
  ) {
    for (const e of entities) this.add(e);
  }

  add(e: Entity): void {
    this.byId.set(e.id, e);
    for (const name of [e.name, ...e.aliases]) {
      const key = entityKey(name);
      const list = this.byKey.get(key);
      if (!list) this.byKey.set(key, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /**
   * A found entity is known when the dictionary has its id, or has its name among an entity's names, or has an
   * entity whose name the found one gives as an alias. A match of the other type is no match, but a rejected name
   * is refused whatever its type: "Not a name" is about the words.
   */
  resolve(found: Entity): Resolution {
    if (this.tombstones.has(found.id)) {
      const into = this.tombstones.get(found.id);
      return into && this.byId.has(into) ? { kind: 'known', id: into } : { kind: 'refused' };
    }
    const candidates = [
      ...(this.byId.has(found.id) ? [this.byId.get(found.id)!] : []),
      ...(this.byKey.get(entityKey(found.name)) ?? []),
      ...found.aliases.flatMap((a) =>
        (this.byKey.get(entityKey(a)) ?? []).filter((e) => entityKey(e.name) === entityKey(a)),
      ),
    ];
    if (candidates.some((e) => e.learned?.state === 'rejected')) return { kind: 'refused' };
    const same = candidates.find((e) => e.type === found.type);
    return same ? { kind: 'known', id: same.id } : { kind: 'new' };
  }
}
