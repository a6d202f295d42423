import { withoutArticle } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import type { Entity } from '../dictionary/schema';
import { entityKey } from './ids';
import { lexicon } from './lexicon';
import { surnameOf } from './merge';

/** The person the texts name in full at least this many times more often than any other of the same surname. */
const DOMINANCE = 2;
const MIN_FULL_MENTIONS = 2;
const MIN_SURNAME_LENGTH = 3;

interface Bearer { entity: Entity; surname: string; count: number }

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
    bySurname.set(key, [...(bySurname.get(key) ?? []), { entity: e, surname, count: 0 }]);
  }
  const shared = [...bySurname.values()].filter((group) => group.length >= 2);
  if (!shared.length) return;
  const corpus = texts.map(normalize);
  for (const group of shared) {
    // «يوسف اسلام» and «سيف الإسلام»: the bare word would also match «الإسلام», the ordinary word
    if (new Set(group.map((g) => normalize(g.surname))).size > 1) continue;
    for (const g of group) g.count = fullNameCount(g.entity, corpus);
    const [top, next] = [...group].sort((a, b) => b.count - a.count) as [Bearer, Bearer];
    if (top.count < MIN_FULL_MENTIONS || top.count < DOMINANCE * next.count) continue;
    if (!top.entity.aliases.includes(top.surname)) top.entity.aliases.push(top.surname);
  }
}

/** How often the texts write the person's name or one of its aliases of several words (not the surname alone). */
function fullNameCount(e: Entity, corpus: readonly string[]): number {
  const names = [...new Set([e.name, ...e.aliases].map(normalize))].filter((n) => n.includes(' '));
  let count = 0;
  for (const text of corpus) {
    for (const name of names) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) count++;
  }
  return count;
}

/** The matcher's own test for a surname alone (lib/match/compile.ts): long enough and no ordinary word. */
function isPlausibleSurname(surname: string): boolean {
  const written = normalize(surname);
  const generic = lexicon().generic;
  return written.length >= MIN_SURNAME_LENGTH && !generic.has(written) && !generic.has(withoutArticle(written));
}
