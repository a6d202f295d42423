import type { Token } from './tokenize';
import { lexicon } from './lexicon';
import {
  countryOf,
  hasPrepositionOnKnownWord,
  honorificForm,
  isArabicWord,
  isGivenName,
  isNisba,
  isPlace,
  titleForm,
} from './words';
import { formsOf } from './morphology';
import { normalize } from '../arabic/normalize';

/**
 * Where a person's name cannot be: words and neighbours that say the words are something else, whatever the
 * lists say of the words themselves.
 */

const ORDINALS = new Set(
  ['أول', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع', 'عاشر'].flatMap((w) => [
    normalize(w),
    normalize(w + 'ة'),
  ]),
);

/**
 * «… محمد خامس شخصية تنتخب»: an ordinal without the article after a name is a predicate («the fifth person»);
 * a regnal number takes the article («محمد الخامس»).
 */
export const isIndefiniteOrdinal = (t: Token): boolean => isArabicWord(t) && ORDINALS.has(t.norm);

const PRONOUN_SUFFIX = /(?:ها|هما|هم|هن|كم|نا)$/u;

/**
 * «المقرر عقدها»: a known word with a possessive or object pronoun on it («عقد» + «ها») names nobody alone.
 * (Not «ه»: «عبده», «طه» end so.)
 */
export const hasPronounOnKnownWord = (t: Token): boolean => {
  if (!isArabicWord(t)) return false;
  const m = PRONOUN_SUFFIX.exec(t.norm);
  if (!m) return false;
  const stem = t.norm.slice(0, m.index);
  const lex = lexicon();
  return stem.length >= 3 && !lex.givenNames.has(t.norm) && (lex.common.has(stem) || lex.generic.has(stem));
};

const CARDINALS = new Set(
  ['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر', 'بضع', 'عدة'].flatMap((w) => [
    normalize(w),
    normalize(w + 'ة'),
  ]),
);

/** «مع أربعة مترشحين»: the word after a number is the counted noun, no name. */
export const isCardinal = (t: Token): boolean => t.kind === 'number' || (isArabicWord(t) && CARDINALS.has(t.norm));

const PLACE_HEADS = new Set(
  ['عاصمة', 'مدينة', 'بلدة', 'قرية', 'منطقة', 'ولاية', 'مقاطعة', 'إقليم', 'محافظة', 'جزيرة', 'ميناء'].map(normalize),
);

/**
 * «بالعاصمة الإثيوبية أديس أبابا»: a nationality adjective that qualifies a place («the Ethiopian capital») is
 * followed by the place's name, not a person's.
 */
export function qualifiesPlace(tokens: readonly Token[], nisbaAt: number): boolean {
  const before = tokens[nisbaAt - 1];
  return (
    isNisba(tokens[nisbaAt]!) &&
    isArabicWord(before) &&
    formsOf(before).some((f) => f.definite && PLACE_HEADS.has(f.bare))
  );
}

/**
 * A word the tagger may add at the end of a name the rules ended earlier («السيد موسى فكي محمد», where the rules
 * stop at «فكي», a word the lists also know): none that says a name is over — punctuation, a title, a function
 * word, a clause, a place or country, an adjective of nationality, an ordinal, a second item joined by «و».
 */
export function mayEndNameByTagger(t: Token, last: boolean): boolean {
  if (!isArabicWord(t) || isIndefiniteOrdinal(t) || isNisba(t)) return false;
  const lex = lexicon();
  if (lex.functionWords.has(t.norm) || titleForm(t) || honorificForm(t) || countryOf(t) || isPlace(t)) return false;
  if (hasPrepositionOnKnownWord(t) || (t.norm.startsWith('و') && !isGivenName(t))) return false;
  return !last || isGivenName(t) || !lex.common.has(t.norm);
}
