import { textOf, type Token } from './tokenize';
import { formsOf } from './morphology';
import { normalize } from '../arabic/normalize';
import { lexicon } from './lexicon';
import type { OrgFound } from './organizations';
import { movementHeadForm } from './movement-names';
import {
  isArabicWord,
  isCommon,
  isDefinite,
  isKnownAsOtherKind,
  isPlace,
  orgHeadForm,
  perWord,
  surfaceWithoutClitics,
} from './words';

/**
 * Bodies named by their context rather than by a head noun of their own name: a quoted name after a head
 * («صحيفة " نيويورك تايمز "», «شركة « غوغل »») and a club after a team word («فريق بنفيكا», «على مضيفه بورتو»).
 * The name alone is what the texts repeat elsewhere («قالت نيويورك تايمز»), so it is the entity's name.
 */

const OPENING_QUOTES = new Set(['"', '«', '“', "'"]);
const CLOSING_QUOTES = new Set(['"', '»', '”', "'"]);
const MAX_QUOTED_WORDS = 5;
const MAX_TEAM_WORDS = 3;
const MIN_ALONE_LETTERS = 4;

/** A word that a name of a body may consist of: a foreign or proper word, Arabic or Latin, no number or sign. */
function isNameWord(t: Token | undefined): t is Token {
  if (!t) return false;
  if (t.kind === 'latin') return true;
  return isArabicWord(t) && !lexicon().functionWords.has(t.norm);
}

/**
 * One word alone is a name only when it is no ordinary word, title, place or adjective: «صحيفة " السفير "» and
 * «صحيفة " المستقبل "» are newspapers, but «السفير» and «المستقبل» alone would be found in every other sentence.
 */
function canStandAlone(t: Token): boolean {
  if (t.kind === 'latin') return /^[A-Z]/u.test(t.text) && t.text.length >= 2;
  const lex = lexicon();
  // three letters are too easily a clitic and a word elsewhere: «بار» (the team) in «كبار» (great ones)
  return (
    t.norm.length >= MIN_ALONE_LETTERS &&
    !isCommon(t) &&
    !lex.generic.has(t.norm) &&
    !isKnownAsOtherKind(t) &&
    !lex.nameParticles.has(t.norm)
  );
}

/** The four directions: a closed class of words, listed here rather than learnt. */
const DIRECTIONS = new Set(['شرق', 'غرب', 'شمال', 'جنوب'].map((w) => normalize(w)));

/**
 * «" الشرق الأوسط "» names a newspaper, but the texts use the same words for the region far more often: a name
 * that begins with a direction is left to the head noun's own rule.
 */
function isRegionName(first: Token): boolean {
  return formsOf(first).some((f) => DIRECTIONS.has(f.bare));
}

function found(tokens: Token[], from: number, to: number): OrgFound {
  const name = textOf(tokens, from, to);
  return { name, aliases: [], adjectivesOnly: false, start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/** «صحيفة " نيويورك تايمز "»: a head noun, then a name in quotes. Returns the name and the index after the quote. */
export function quotedNameAfterHead(tokens: Token[], i: number): { org: OrgFound; end: number } | undefined {
  const head = orgHeadForm(tokens[i]!);
  if (!head || lexicon().headsOfWorks.has(head.bare) || !OPENING_QUOTES.has(tokens[i + 1]?.text ?? ''))
    return undefined;
  let close = i + 2;
  while (close < tokens.length && isNameWord(tokens[close]) && close - i - 2 < MAX_QUOTED_WORDS) close++;
  const words = close - i - 2;
  if (!words || !CLOSING_QUOTES.has(tokens[close]?.text ?? '')) return undefined;
  // «وكالة "الأناضول"», «صحيفة "الرياض"»: an outlet named after a place is named with its head, so that the place
  // alone never becomes the outlet's alias
  if (words === 1 && MEDIA_HEADS.has(head.bare) && isPlace(tokens[i + 2]!)) {
    const org = found(tokens, i + 2, close);
    return {
      org: { ...org, name: `${surfaceWithoutClitics(tokens[i]!, head)} ${org.name}`, start: tokens[i]!.start },
      end: close + 1,
    };
  }
  // and a name of several words needs one such word
  if (!tokens.slice(i + 2, close).some(canStandAlone) || isRegionName(tokens[i + 2]!)) return undefined;
  return { org: found(tokens, i + 2, close), end: close + 1 };
}

/** Heads of news outlets, without the article (normalized). */
const MEDIA_HEADS: ReadonlySet<string> = new Set(
  ['وكالة', 'صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'شبكة'].map((w) => normalize(w)),
);

/**
 * «ويُعدّ «التيار الصدري» من …»: a quoted phrase that begins with a body's head noun is that body's name, whatever
 * its words: the quotes say where it ends. Returns the name and the index after the closing quote.
 */
export function quotedBodyAt(tokens: Token[], i: number): { org: OrgFound; end: number } | undefined {
  if (!OPENING_QUOTES.has(tokens[i]?.text ?? '')) return undefined;
  const head = tokens[i + 1];
  if (!isArabicWord(head) || !(orgHeadForm(head) ?? movementHeadForm(head))) return undefined;
  let close = i + 2;
  while (close < tokens.length && isNameWord(tokens[close]) && close - i - 1 < MAX_QUOTED_WORDS) close++;
  if (close === i + 2 || !CLOSING_QUOTES.has(tokens[close]?.text ?? '')) return undefined;
  // «"الحكومة الجديدة"», «"قوات"»: a head whose name needs a complement, and a head with words it needs
  // no quotes for, are left to the head's own rule
  if (lexicon().headsNeedingComplement.has(formsOf(head)[0]!.bare)) return undefined;
  if (!tokens.slice(i + 2, close).every((t) => t.kind === 'latin' || isDefinite(t) || canStandAlone(t)))
    return undefined;
  return { org: found(tokens, i + 1, close), end: close + 1 };
}

/**
 * A word of a club's name: a proper word, but no possessive («فريق عملها», her work team)
 * and, after the first word, no conjunction that opens the next clause («الجزيرة ووصفه»).
 */
function isTeamWord(t: Token | undefined, first: boolean): t is Token {
  if (!isNameWord(t) || !canStandAlone(t)) return false;
  if (t.kind === 'latin') return true;
  if (/(ها|هم|هما)$/u.test(t.norm)) return false;
  return first || !/^[وف]/u.test(t.norm);
}

// «الفريق» with the article is as often the general's rank («الفريق أول …») as the team
export const isTeamNoun = perWord(
  (t: Token): boolean => isArabicWord(t) && formsOf(t).some((f) => !f.definite && lexicon().teamWords.has(f.stem)),
);

/**
 * «فريق بنفيكا البرتغالي», «نادي ريال مدريد», «على ضيفه بورتو»: a team word in front (with its preposition or
 * conjunction), then up to three proper words, ended by an adjective of nationality or by any ordinary word.
 */
export function teamAt(tokens: Token[], i: number): { org: OrgFound; end: number } | undefined {
  if (!isTeamNoun(tokens[i]!)) return undefined;
  let end = i + 1;
  while (end < tokens.length && end - i - 1 < MAX_TEAM_WORDS && isTeamWord(tokens[end], end === i + 1)) end++;
  // a club named after its city: «ريال مدريد», «بايرن ميونيخ»; the city alone is no club
  while (
    end < tokens.length &&
    end - i - 1 < MAX_TEAM_WORDS &&
    end > i + 1 &&
    isArabicWord(tokens[end]) &&
    isPlace(tokens[end]!) &&
    !formsOf(tokens[end]!)[0]!.definite
  )
    end++;
  if (end === i + 1) return undefined;
  return { org: found(tokens, i + 1, end), end };
}
