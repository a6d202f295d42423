import type { Token } from './tokenize';
import { formsOf, type WordForm } from './morphology';
import { normalize } from '../arabic/normalize';
import { lexicon } from './lexicon';
import { honorificForm, isArabicWord, isPlainDefinite, orgHeadForm, perWord, titleForm } from './words';

/**
 * Parties, movements, coalitions and armed forces are named by ordinary words after their head noun: «حركة
 * النهضة», «تيار المستقبل», «ائتلاف دولة القانون», «قوات الدعم السريع». The head noun's own rule stops at such
 * words (most bodies are not named so: «وزارة الخارجية اليوم»), so these heads read their name as a construct
 * chain: up to two indefinite nouns, then a definite noun, then its definite adjectives.
 */

/** Heads of political and armed bodies, without the article (normalized). */
const MOVEMENT_HEADS: ReadonlySet<string> = new Set(
  ['حركة', 'حزب', 'تيار', 'ائتلاف', 'جبهة', 'جماعة', 'تنظيم', 'كتلة', 'قوات', 'تحالف', 'ميليشيا'].map((w) =>
    normalize(w),
  ),
);

/** Indefinite nouns in construct before the definite one: «ائتلاف دولة القانون», «حركة أنصار الله». */
const MAX_CONSTRUCT_NOUNS = 2;
/** Definite adjectives after the definite noun: «قوات الدعم السريع». */
const MAX_ADJECTIVES = 2;

/** Clitics a head may carry: a conjunction or a preposition («وقوات», «لحركة», «بحزب»). */
const HEAD_CLITICS = /^(?:[وف]?[لب]?)$/u;

/** The head noun of a political or armed body at t, indefinite or definite, behind its clitics. */
export const movementHeadForm = perWord((t: Token): WordForm | undefined => {
  if (!isArabicWord(t)) return undefined;
  return formsOf(t).find((f) => MOVEMENT_HEADS.has(f.bare) && HEAD_CLITICS.test(f.clitics));
});

/** A word no construct chain of a name holds: a particle, a title, an honorific. */
function endsChain(t: Token | undefined): boolean {
  if (!isArabicWord(t)) return true;
  return lexicon().functionWords.has(t.norm) || !!titleForm(t) || !!honorificForm(t);
}

/** A definite word with the article alone in front (no conjunction or preposition): «الدعم», not «والدعم». */
function plainDefinite(t: Token | undefined): t is Token {
  return !!t && isPlainDefinite(t) && formsOf(t)[0]!.definite;
}

/**
 * Where the name of the body whose indefinite movement head is at i ends: after «حركة النهضة», «ائتلاف دولة
 * القانون», «قوات الدعم السريع». Undefined when no definite noun follows within reach.
 */
export function movementNameEnd(tokens: readonly Token[], i: number, head: WordForm): number | undefined {
  if (head.definite) return undefined;
  let j = i + 1;
  while (j < tokens.length && j - i - 1 < MAX_CONSTRUCT_NOUNS && !plainDefinite(tokens[j])) {
    const t = tokens[j]!;
    // an indefinite noun in construct: no clitic in front, no head of another body («حركة وزارة …» is no name),
    // no imperfect verb («حزب يمثل الأغلبية»)
    if (endsChain(t) || formsOf(t)[0]!.definite || orgHeadForm(t) || /^[وفبي]/u.test(t.norm)) return undefined;
    if (isOrdinaryIndefinite(t)) return undefined;
    j++;
  }
  const noun = tokens[j];
  if (!plainDefinite(noun) || endsChain(noun) || orgHeadForm(noun)) return undefined;
  let end = j + 1;
  while (end < tokens.length && end - j - 1 < MAX_ADJECTIVES) {
    const t = tokens[end];
    if (!plainDefinite(t) || endsChain(t) || orgHeadForm(t) || !isAdjectiveForm(t)) break;
    end++;
  }
  // «حركة المرور» is traffic: a head and one ordinary word name a body only where a body is expected, after a
  // title or another body's head («رئيس حركة النهضة», «كتلة تيار المستقبل»)
  if (end === i + 2 && isOrdinary(noun) && !expectsBody(tokens[i - 1])) return undefined;
  return end;
}

function isOrdinary(t: Token): boolean {
  const lex = lexicon();
  return lex.generic.has(t.norm) || lex.common.has(t.norm);
}

/** A word after which the text names a body: a title («رئيس», «زعيم») or the head of another body. */
function expectsBody(t: Token | undefined): boolean {
  return !!t && isArabicWord(t) && (!!titleForm(t) || !!orgHeadForm(t) || !!movementHeadForm(t));
}

/**
 * «حركة نشطة», «حزب كبير»: an indefinite adjective or common word after the head says the head is a common noun
 * here. A noun in construct («دولة», «نواب», «أنصار») is followed by the definite noun it governs; that is checked
 * by the caller, so only the words the lists know as adjectives (feminine or relational endings) are refused.
 */
function isOrdinaryIndefinite(t: Token): boolean {
  return /(?:يه|ين|ون)$/u.test(t.norm) && !lexicon().organizationWords.has(t.norm);
}

/**
 * An adjective after the definite noun: «السريع», «الإسلامية», «الوطني». A noun that would open another phrase
 * after the name («قوات الجيش الأسبوع») is no adjective: the words of time and the generic nouns the news uses as
 * adverbs are refused through the function-word list; the rest is read as an adjective.
 */
function isAdjectiveForm(t: Token): boolean {
  return !lexicon().functionWords.has(t.norm) && !TIME_NOUNS.has(t.norm);
}

/** Nouns of time that follow a name as adverbs: «قوات الأمن الأسبوع الماضي», «حركة النهضة الشهر المقبل». */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  [
    'الأسبوع',
    'الشهر',
    'العام',
    'السنة',
    'الليلة',
    'الصباح',
    'المساء',
    'السبت',
    'الأحد',
    'الاثنين',
    'الإثنين',
    'الثلاثاء',
    'الأربعاء',
    'الخميس',
    'الجمعة',
  ].map((w) => normalize(w)),
);
