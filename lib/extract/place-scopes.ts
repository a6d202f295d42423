import type { Token } from './tokenize';
import type { OrgFound } from './organizations';
import type { WordForm } from './morphology';
import { normalize } from '../arabic/normalize';
import { lexicon } from './lexicon';
import { textOf } from './tokenize';
import { countryOf, countryWordsAt, isArabicWord, isNisba, isPlace, orgHeadForm } from './words';

/**
 * «التحالف الدولي في اليمن», «بعثة الأمم المتحدة في ليبيا», «سفارة فرنسا في بيروت»: a body told by where it works.
 * Two kinds of name take the place into the name:
 * - a body a state or an organization keeps in each country or city (a mission, an embassy, an office): without
 *   its place, «بعثة الأمم المتحدة» is a different mission in each article;
 * - a description, a definite head with adjectives only («التحالف الدولي», «القوات الدولية»), which names no one
 *   body alone but does with its place.
 * The place is one country or city (its words, or a direction and one: «في جنوب لبنان»), and the name ends there:
 * whatever follows it («… في اليمن يوم الأحد») is the clause going on. Annotated corpora (ANERcorp) end the body
 * before «في»; an overlap-tolerant scorer reads the longer name as the same mention. The whole phrase is the
 * canonical name, with no alias: its words without the place would stand for other bodies elsewhere.
 */

/** Heads of bodies kept one in each place (normalized, without the article). */
const PER_PLACE_HEADS: ReadonlySet<string> = new Set(
  ['بعثة', 'سفارة', 'قنصلية', 'مكتب', 'ممثلية', 'فرع'].map((w) => normalize(w)),
);

/** Heads of currents of thought rather than bodies (normalized, without the article). */
const CURRENTS: ReadonlySet<string> = new Set(['حركة', 'تيار'].map((w) => normalize(w)));

const IN = normalize('في');
const DIRECTIONS: ReadonlySet<string> = new Set(['شرق', 'غرب', 'شمال', 'جنوب', 'وسط'].map((w) => normalize(w)));

/** «سفارة», «بعثة»: the head of a body kept one in each place. */
export function isPerPlaceHead(head: WordForm): boolean {
  return PER_PLACE_HEADS.has(head.bare);
}

/**
 * Heads of a state's posts abroad, named in construct with the state («سفارة فرنسا»). Not «بعثة»: «بعثة مصر إلى
 * البطولة» is a team's delegation.
 */
const POSTS_ABROAD: ReadonlySet<string> = new Set(['سفارة', 'قنصلية', 'ممثلية'].map((w) => normalize(w)));

export function isPostAbroadHead(head: WordForm): boolean {
  return POSTS_ABROAD.has(head.bare);
}

/** A country's name as written, no adjective and nothing glued to it: «فرنسا», «مصر». */
export function isCountryName(t: Token): boolean {
  return isArabicWord(t) && lexicon().countries.has(t.norm);
}

/** A place named with nothing glued to it: a country (not its adjective) or a city. Its length in words, or 0. */
function placeWordsAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!isArabicWord(t)) return 0;
  const several = countryWordsAt(tokens, k);
  if (several) return several;
  if (isNisba(t) || t.norm.startsWith('و')) return 0;
  return countryOf(t) || isPlace(t) ? 1 : 0;
}

/** Where the place scoping the body that ends before token `to` ends, or undefined when «في + place» is not there. */
function scopeEnd(tokens: readonly Token[], to: number): number | undefined {
  if (!isArabicWord(tokens[to]) || tokens[to]!.norm !== IN) return undefined;
  let k = to + 1;
  if (isArabicWord(tokens[k]) && DIRECTIONS.has(tokens[k]!.norm)) k++;
  const words = placeWordsAt(tokens, k);
  return words ? k + words : undefined;
}

function takesPlace(o: OrgFound, head: Token): boolean {
  if (o.inlineCredit || o.aliases.length) return false;
  const form = orgHeadForm(head);
  if (form && isPerPlaceHead(form)) return true;
  // «الحركة الأصولية في بريطانيا»: a movement told by its creed is a current of thought wherever it is
  return o.adjectivesOnly && !o.country && !(form && CURRENTS.has(form.bare));
}

/** The bodies found in a sentence, each with the place that scopes it when the sentence gives one. */
export function withPlaceScopes(tokens: readonly Token[], orgs: OrgFound[]): OrgFound[] {
  if (!orgs.length) return orgs;
  let scoped: OrgFound[] | undefined;
  orgs.forEach((o, n) => {
    const from = tokens.findIndex((t) => t.start === o.start);
    if (from < 0) return;
    let to = from + 1;
    while (to < tokens.length && tokens[to]!.end <= o.end) to++;
    // only a name that is its words as written, not one the rules renamed («حلف الناتو» → the known name)
    if (to - from < 2 || o.name.split(' ').length !== to - from || !takesPlace(o, tokens[from]!)) return;
    const end = scopeEnd(tokens, to);
    if (end === undefined) return;
    scoped ??= [...orgs];
    scoped[n] = {
      ...o,
      name: `${o.name} ${textOf(tokens, to, end)}`,
      end: tokens[end - 1]!.end,
      adjectivesOnly: false,
    };
  });
  return scoped ?? orgs;
}
