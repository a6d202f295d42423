import { genericWords } from '../arabic/generic-words';
import { surnameKey } from '../arabic/names';
import { normalize } from '../arabic/normalize';
import type { Entity } from '../dictionary/schema';
import { matcherFor } from '../match/compile';
import { entityKey } from '../dictionary/ids';
import { surnameOf } from '../arabic/names';
import { lexicon } from './lexicon';

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
    for (const g of group) g.count = counts.get(g.entity.id)?.full ?? 0;
    const [top, next] = [...group].sort((a, b) => b.count - a.count) as [Bearer, Bearer];
    const claimant =
      top.count >= MIN_FULL_MENTIONS && top.count >= DOMINANCE * next.count ? top : onlyOneNotARelative(group, counts);
    if (claimant && !claimant.entity.aliases.includes(claimant.surname)) claimant.entity.aliases.push(claimant.surname);
  }
}

/**
 * «ألبرت أينشتاين … كان أبوه "هيرمان أينشتاين"»: a bearer the texts name only as someone's kin («أبوه», «زوجته»,
 * «شقيقها») is a relative of the one the article is about. When all bearers but one are named so, the bare surname
 * is that one's.
 */
function onlyOneNotARelative(group: Bearer[], counts: Map<string, FullNameCount>): Bearer | undefined {
  const others = group.filter((g) => {
    const c = counts.get(g.entity.id);
    return !c || c.asRelative < c.full;
  });
  return others.length === 1 && others[0]!.count > 0 ? others[0] : undefined;
}

interface FullNameCount {
  full: number;
  /** of which right after a word of kinship with a possessive («أبوه», «ابنتها») */
  asRelative: number;
}

/** «أبوه», «والدته», «ابنها», «شقيقهما», «زوجته» (normalized, a conjunction allowed in front). */
const KIN_WITH_POSSESSIVE =
  /^[وف]?(?:اب[واي]?|ابن|ابنت|بنت|ام|والد|والدت|اخ[واي]?|اخت|شقيق|شقيقت|زوج|زوجت|جد|جدت|عم|عمت|خال|خالت|نجل|نجلت|حفيد|حفيدت)(?:ه|ها|هما|هم|هن)$/u;
/** The word before a mention, past quotation marks and spaces: «أبوه "هيرمان …"». */
const WORD_BEFORE = /([\u0621-\u064A]+)[\s"“”«»'ـ]*$/u;

function introducedAsKin(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return !!word && KIN_WITH_POSSESSIVE.test(normalize(word));
}

/**
 * How often the texts name each person in full: the name or an alias of several words (not the surname alone).
 * One pass of the matcher over the corpus for all of them; its surname keys are contested (the persons share
 * them) and so absent, and «يوسف اسلام» vs «سيف الإسلام» groups were left out above.
 */
function fullNameCounts(persons: Entity[], texts: readonly string[]): Map<string, FullNameCount> {
  const matchable = persons.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases.filter((a) => normalize(a).trim().includes(' ')),
  }));
  const matcher = matcherFor(matchable);
  const counts = new Map<string, FullNameCount>();
  for (const text of texts) {
    for (const hit of matcher.findMentions(text)) {
      const e = matcher.entities[hit.entity]!;
      if (!normalize(text.slice(hit.start, hit.end)).includes(' ')) continue; // a one-word key: not a full name
      const c = counts.get(e.id) ?? { full: 0, asRelative: 0 };
      c.full++;
      if (introducedAsKin(text, hit.start)) c.asRelative++;
      counts.set(e.id, c);
    }
  }
  return counts;
}

/** The matcher's own test for a surname alone (lib/arabic/names): long enough and no ordinary word. */
function isPlausibleSurname(surname: string): boolean {
  return surnameKey(normalize(surname), genericWords()) !== undefined;
}

/**
 * «موسى فكي محمد»: a name of three words or more that ends with a given name ends with a father's or grandfather's
 * name, which alone names anyone called so (the text's «أمينة محمد» is someone else); such a person is called
 * alone by that word only where a title says so («الرئيس مبارك»).
 */
export function isFathersName(name: string, surname: string): boolean {
  return (
    name.trim().split(/\s+/u).length >= 3 && !surname.includes(' ') && lexicon().givenNames.has(normalize(surname))
  );
}
