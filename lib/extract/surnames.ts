import { genericWords } from '../arabic/generic-words';
import { surnameKey } from '../arabic/names';
import { normalize } from '../arabic/normalize';
import type { Entity } from '../dictionary/schema';
import { matcherFor } from '../match/compile';
import { entityKey } from '../dictionary/ids';
import { surnameOf } from '../arabic/names';

/** The person the texts name in full at least this many times more often than any other of the same surname. */
const DOMINANCE = 2;
const MIN_FULL_MENTIONS = 2;

interface Bearer {
  entity: Entity;
  surname: string;
  count: number;
}

/**
 * A surname several persons share («ألبرت أينشتاين», «هيرمان أينشتاين») is not matched alone (lib/match/compile.ts),
 * since it could be either of them. But a corpus that names one of them in full far more often than the others
 * uses the bare surname for that one («ولد أينشتاين» in an article on Albert that names his father once): the surname
 * becomes that person's alias, which outranks the others' surname claims.
 */
export function claimSharedSurnames(entities: Entity[], texts: readonly string[]): void {
  const bySurname = new Map<string, Bearer[]>();
  for (const e of entities) {
    const surname = e.type === 'person' ? surnameOf(e.name) : undefined;
    if (!surname || !isPlausibleSurname(surname)) continue;
    const key = entityKey(surname);
    const group = bySurname.get(key);
    if (group) group.push({ entity: e, surname, count: 0 });
    else bySurname.set(key, [{ entity: e, surname, count: 0 }]);
  }
  const shared = [...bySurname.values()].filter((group) => group.length >= 2);
  if (!shared.length) return;
  const eligible = shared.filter((group) => new Set(group.map((g) => normalize(g.surname))).size === 1);
  const counts = fullNameCounts(
    eligible.flat().map((g) => g.entity),
    texts,
  );
  for (const group of eligible) {
    for (const g of group) g.count = counts.get(g.entity.id) ?? 0;
    const [top, next] = [...group].sort((a, b) => b.count - a.count) as [Bearer, Bearer];
    if (top.count < MIN_FULL_MENTIONS || top.count < DOMINANCE * next.count) continue;
    if (!top.entity.aliases.includes(top.surname)) top.entity.aliases.push(top.surname);
  }
}

/**
 * How often the texts name each person in full: the name or an alias of several words (not the surname alone).
 * One pass of the matcher over the corpus for all of them; its surname keys are contested (the persons share
 * them) and so absent, and «يوسف اسلام» vs «سيف الإسلام» groups were left out above.
 */
function fullNameCounts(persons: Entity[], texts: readonly string[]): Map<string, number> {
  const matchable = persons.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases.filter((a) => normalize(a).trim().includes(' ')),
  }));
  const matcher = matcherFor(matchable);
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const hit of matcher.findMentions(text)) {
      const e = matcher.entities[hit.entity]!;
      if (!normalize(text.slice(hit.start, hit.end)).includes(' ')) continue; // a one-word key: not a full name
      counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    }
  }
  return counts;
}

/** The matcher's own test for a surname alone (lib/arabic/names): long enough and no ordinary word. */
function isPlausibleSurname(surname: string): boolean {
  return surnameKey(normalize(surname), genericWords()) !== undefined;
}
