import type { Token } from './tokenize';
import { formsOf, type WordForm } from './morphology';
import { lexicon } from './lexicon';
import { countryOf, honorificForm, isArabicWord, isPlace } from './words';

/**
 * A body of another body, named through that body: the organ is one name up to the end of its owner's.
 * - «المجلس الأعلى لمجلس التعاون», «المجلس الأعلى لدول مجلس التعاون لدول الخليج العربية»: a definite head with
 *   adjectives only (a rank, a kind: a description on its own) and its owner after «ل», maybe through one noun;
 * - «هيئة رؤساء دول وحكومات المجموعة الاقتصادية …»: an indefinite head, a chain of nouns in construct (and «و»
 *   between them), and the body they end in.
 * The owner must be a name (a known body, or a head and its name), never a description: «المجلس الأعلى للدورة»
 * has no owner. The owner stays an entity of its own wherever it is named alone.
 */

/** The end of a body named at token k (a name, not a description), or undefined: organizations.ts reads it. */
export type BodyEndAt = (k: number) => number | undefined;

/** Nouns a chain in construct may hold between a head and its body. */
const MAX_CHAIN_NOUNS = 3;

/** A noun in construct: a plain indefinite Arabic word, no particle, place, country, honorific or verb. */
function isChainNoun(t: Token | undefined, conjunctionAllowed: boolean): boolean {
  if (!isArabicWord(t) || t.norm.length < 3 || honorificForm(t) || isPlace(t) || countryOf(t)) return false;
  const forms = formsOf(t);
  const plain = forms[0]!;
  if (plain.definite || lexicon().functionWords.has(t.norm)) return false;
  const form = conjunctionAllowed && t.norm.startsWith('و') ? forms.find((f) => f.clitics === 'و') : plain;
  return !!form && !form.definite && isNounStem(form.bare);
}

/** A stem that may be a noun in construct: no particle, and neither an imperfect verb («ي…») nor a nisba («…ي»). */
function isNounStem(stem: string): boolean {
  return stem.length >= 3 && !lexicon().functionWords.has(stem) && !/^[يت]/u.test(stem) && !/ي$/u.test(stem);
}

/** «هيئة رؤساء دول وحكومات X»: where the name ends when a chain of nouns after the head at i reaches a body. */
export function chainedBodyEnd(tokens: readonly Token[], i: number, bodyEndAt: BodyEndAt): number | undefined {
  // the first body the chain reaches ends it: «جامعة» in «مجلس وزراء خارجية جامعة الدول العربية» is its head
  for (let k = i + 1; k - i <= MAX_CHAIN_NOUNS + 1; k++) {
    if (k > i + 1) {
      const end = bodyEndAt(k);
      if (end !== undefined) return end;
    }
    if (!isChainNoun(tokens[k], k > i + 1)) return undefined;
  }
  return undefined;
}

/** The «ل» of a genitive in front of a word: its reading without it, if it has one. */
function genitiveForm(t: Token | undefined): WordForm | undefined {
  if (!isArabicWord(t)) return undefined;
  return formsOf(t).find((f) => f.clitics === 'ل');
}

/**
 * «المجلس الأعلى لمجلس التعاون»: where the name of the description [i, end) ends when its owner follows through
 * «ل» (on the owner's head, or on one noun before it: «لدول مجلس التعاون»).
 */
export function ownerBodyEnd(tokens: readonly Token[], end: number, bodyEndAt: BodyEndAt): number | undefined {
  const t = tokens[end];
  const genitive = genitiveForm(t);
  if (!genitive) return undefined;
  const direct = bodyEndAt(end);
  if (direct !== undefined) return direct;
  if (genitive.definite || !isNounStem(genitive.bare) || countryOf(t!) || isPlace(t!)) return undefined;
  return bodyEndAt(end + 1);
}
