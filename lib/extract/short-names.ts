import { textOf, type Token } from './tokenize';
import { formsOf } from './morphology';
import { lexicon } from './lexicon';
import type { OrgFound } from './organizations';
import { TAGS } from './model/perceptron';
import {
  countryOf,
  honorificForm,
  isArabicWord,
  isCommon,
  isGivenName,
  isNisba,
  isPlace,
  isPunct,
  orgHeadForm,
  titleForm,
} from './words';

/**
 * A body's short name written right after its full name without parentheses: in quotes («حلف شمال الأطلسي
 * "الناتو"», «صندوق الأمم المتحدة للطفولة "يونيسف"») or bare, in apposition («القيادة المركزية الأميركية سنتكوم
 * تواجه»). It is the body's alias, as a short name in parentheses is.
 */

const PERSON_TAGS = new Set([TAGS.indexOf('B-PERS'), TAGS.indexOf('I-PERS')]);
const OPENING_QUOTES = new Set(['"', '«', '“']);
const CLOSING_QUOTES = new Set(['"', '»', '”']);
const MAX_QUOTED_WORDS = 2;
/** Short names are acronyms or one foreign word: three letters are too easily a clitic and a word. */
const MIN_BARE_LETTERS = 4;

/**
 * A word that can be a body's short name: a Latin word in capitals, or an Arabic word that none of the lists
 * knows (no ordinary word, title, place, country, adjective, given name), with no clitic on a known word.
 */
function isShortNameWord(t: Token | undefined): t is Token {
  if (!t) return false;
  if (t.kind === 'latin') return /^[A-Z]/u.test(t.text) && t.text.length >= 2;
  if (!isArabicWord(t) || t.norm.length < 3) return false;
  const lex = lexicon();
  if (
    isCommon(t) ||
    lex.generic.has(t.norm) ||
    lex.functionWords.has(t.norm) ||
    lex.nameParticles.has(t.norm) ||
    isGivenName(t) ||
    isPlace(t) ||
    !!countryOf(t) ||
    isNisba(t) ||
    !!titleForm(t) ||
    !!honorificForm(t) ||
    !!orgHeadForm(t)
  )
    return false;
  // «برئاسة», «والحكومة»: a clitic in front of a word the lists know is a phrase, not a name
  return !formsOf(t).some(
    (f) => f.clitics && (lex.common.has(f.stem) || lex.generic.has(f.stem) || lex.functionWords.has(f.stem)),
  );
}

/** The span of «(short name)» right after the name ending before `to`, when the body has it as an alias. */
function parenthesizedAlias(
  org: OrgFound,
  tokens: readonly Token[],
  to: number,
): { start: number; end: number } | undefined {
  if (tokens[to]?.text !== '(') return undefined;
  let close = to + 1;
  while (close < tokens.length && tokens[close]!.text !== ')' && close - to <= MAX_QUOTED_WORDS + 2) close++;
  if (tokens[close]?.text !== ')' || close === to + 1) return undefined;
  if (!org.aliases.includes(textOf(tokens as Token[], to + 1, close))) return undefined;
  return { start: tokens[to + 1]!.start, end: tokens[close - 1]!.end };
}

/**
 * What a bare short name looks like: no clitic letter in front («والجهاد», «بتشغيلها»), no pronoun, plural or
 * feminine ending («عزمها», «يتفقون», «استجابات», «تبرئة»), and not the shape of a short imperfect verb («تخوض»,
 * «نستثمر»). The word lists miss many inflected words; a bare word after a name is read as its short name only
 * when its shape, too, says it is no word of the sentence.
 */
function looksLikeShortName(norm: string): boolean {
  if (/^[وفبلكس]/u.test(norm)) return false;
  if (/(?:ها|هم|هما|كم|نا|ون|ين|ات|ه)$/u.test(norm)) return false;
  if (/^[يت]/u.test(norm) && norm.length <= 6) return false;
  // «نموذجا», «إطارا»: an ordinary noun with the accusative's alif
  const stem = norm.slice(0, -1);
  return !(norm.endsWith('ا') && stem.length >= 4 && (lexicon().common.has(stem) || lexicon().generic.has(stem)));
}

/** «"الناتو"» right after the name ending before `to`: the quoted words and the index after the closing quote. */
function quotedAfter(tokens: readonly Token[], to: number): { from: number; to: number; next: number } | undefined {
  if (!OPENING_QUOTES.has(tokens[to]?.text ?? '')) return undefined;
  let close = to + 1;
  while (close < tokens.length && close - to - 1 < MAX_QUOTED_WORDS && isShortNameWord(tokens[close])) close++;
  if (close === to + 1 || !CLOSING_QUOTES.has(tokens[close]?.text ?? '')) return undefined;
  return { from: to + 1, to: close, next: close + 1 };
}

/**
 * «… الأميركية سنتكوم تواجه»: one unknown word after the name, followed by the clause (punctuation, an ordinary
 * word or the sentence's end), that the tagger does not read as a person. Not after a title's body: «رئيس الحكومة
 * الإسرائيلية نتنياهو» names the head of that body.
 */
function bareAfter(
  tokens: readonly Token[],
  from: number,
  to: number,
  isPerson: (k: number) => boolean,
): { from: number; to: number; next: number } | undefined {
  const t = tokens[to];
  if (!isArabicWord(t) || t.norm.length < MIN_BARE_LETTERS || !isShortNameWord(t) || isPerson(to)) return undefined;
  if (formsOf(t)[0]!.definite || !looksLikeShortName(t.norm)) return undefined;
  // «صحيفة فاينانشال تايمز»: after an indefinite word the name itself goes on; a full name ends with a definite word
  if (!formsOf(tokens[to - 1]!)[0]!.definite) return undefined;
  const before = tokens[from - 1];
  if (before && isArabicWord(before) && titleForm(before)) return undefined;
  const after = tokens[to + 1];
  const clauseGoesOn =
    !after || isPunct(after) || (isArabicWord(after) && (isCommon(after) || lexicon().functionWords.has(after.norm)));
  return clauseGoesOn ? { from: to, to: to + 1, next: to + 1 } : undefined;
}

/**
 * The body found over tokens [from, to) with the short name written after it, if any: the short name becomes its
 * alias and its span is returned, so that no other rule reads it as a name of its own.
 */
export function withApposedShortName<T extends OrgFound>(
  org: T,
  tokens: readonly Token[],
  tags: Int32Array,
): { org: T; shortName?: { start: number; end: number } } {
  const from = tokens.findIndex((t) => t.start === org.start);
  let to = from;
  while (to >= 0 && to < tokens.length && tokens[to]!.end <= org.end) to++;
  // a full name has two words at least: «الحركة "حماس"» is the movement and its name, handled by the head's rules
  if (from < 0 || to - from < 2) return { org };
  const isPerson = (k: number) => PERSON_TAGS.has(tags[k]!);
  // «… (إيكواس)»: the rules already took the short name in parentheses as an alias; its span is claimed too
  const inParentheses = parenthesizedAlias(org, tokens, to);
  if (inParentheses) return { org, shortName: inParentheses };
  const short = quotedAfter(tokens, to) ?? bareAfter(tokens, from, to, isPerson);
  if (!short) return { org };
  const alias = textOf(tokens as Token[], short.from, short.to);
  if (org.aliases.includes(alias)) return { org };
  return {
    org: { ...org, aliases: [...org.aliases, alias], adjectivesOnly: false },
    shortName: { start: tokens[short.from]!.start, end: tokens[short.to - 1]!.end },
  };
}
