import { distinctRoles } from '../dictionary/distinct-roles';
import type { Entity, Source } from '../dictionary/schema';
import type { Responses, SourceRef } from '../messages/protocol';

/**
 * How much of an entity a card carries. An entity can be huge (100,000 aliases, a note of a megabyte): sent and
 * drawn whole, it took seconds to open. The card carries the start of each long list and of the note, and says
 * how long they are in full; the popup and the manager load the whole entity when the reader asks for more.
 */
export const CARD_LIMITS = { aliases: 50, roles: 50, noteChars: 2000 } as const;

type Card = NonNullable<Responses['card']>;

/** The entity as a card carries it, and its full sizes when anything was left out (the note's when it was cut). */
export function cardEntity(entity: Entity): Pick<Card, 'entity' | 'full'> {
  const noteChars = entity.note?.length ?? 0;
  const capped =
    entity.aliases.length > CARD_LIMITS.aliases ||
    entity.roles.length > CARD_LIMITS.roles ||
    noteChars > CARD_LIMITS.noteChars;
  if (!capped) return { entity };
  return {
    entity: {
      ...entity,
      aliases: entity.aliases.slice(0, CARD_LIMITS.aliases),
      roles: entity.roles.slice(0, CARD_LIMITS.roles),
      ...(entity.note !== undefined
        ? { note: noteChars > CARD_LIMITS.noteChars ? `${entity.note.slice(0, CARD_LIMITS.noteChars)}…` : entity.note }
        : {}),
    },
    full: {
      aliases: entity.aliases.length,
      // the interfaces list a role that many articles give once (see distinctRoles)
      roles: distinctRoles(entity.roles).length,
      ...(noteChars > CARD_LIMITS.noteChars ? { noteChars } : {}),
    },
  };
}

/**
 * The articles an entity's mentions and roles refer to, as a reader recognizes them: title, date, page address, and
 * the site of a page Kashif learned from.
 * A source the dictionary does not describe, or describes without a title, goes by its file name without the
 * hash-like suffix `kashif build` adds to ids («002_99f211480cc16100» is shown as «002»).
 */
export function cardSources(entity: Entity, known: readonly Source[]): SourceRef[] {
  const byId = new Map(known.map((s) => [s.id, s]));
  const ids = new Set([
    ...entity.mentions.map((m) => m.source),
    ...entity.roles.flatMap((r) => (r.source ? [r.source] : [])),
  ]);
  return [...ids].map((id) => {
    const source = byId.get(id);
    return {
      id,
      // an untitled page goes by its site, not by the last part of its address
      title: source?.title?.trim() || source?.site || readableFileName(source?.file ?? id),
      ...(source?.date ? { date: source.date } : {}),
      ...(source?.url ? { url: source.url } : {}),
      ...(source?.site ? { site: source.site } : {}),
    };
  });
}

/** «seeds/002_99f211480cc16100.txt» → «002»: the base name, without extension and without a hex suffix. */
export function readableFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const bare = base.replace(/\.[a-z0-9]{1,5}$/i, '');
  return bare.replace(/[_-][0-9a-f]{8,}$/i, '') || bare;
}
