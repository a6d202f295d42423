import type { Token } from './tokenize';
import { lexicon } from './lexicon';
import { formsOf, type WordForm } from './morphology';
import { isCardinal, isIndefiniteOrdinal } from './name-limits';
import { hasPrepositionOnKnownWord, isArabicWord, isGivenName, isKnownAsOtherKind, isNameParticle } from './words';
import { normalize } from '../arabic/normalize';

/**
 * «الصادق المهدي», «الطيب البكوش», «الوليد بن طلال»: Arabic given names that are written with the article (North
 * Africa and the Sudan write many so). Each is also an adjective («الصادق» the truthful, «الحبيب» the beloved), so
 * one is a given name only before a word that can only be a name: no ordinary word, title, place, country,
 * nationality or number («الأمين العام», «الحسن الثاني», «الوطن الحبيب لبنان» are no names).
 * Written from Arabic news usage.
 */
const DEFINITE_GIVEN_NAMES = new Set(
  [
    'الصادق',
    'الطيب',
    'الهادي',
    'الحسن',
    'الحسين',
    'المهدي',
    'الأمين',
    'الرشيد',
    'المنصف',
    'الحبيب',
    'الباجي',
    'المنجي',
    'الطاهر',
    'المختار',
    'الشاذلي',
    'المعتصم',
    'الوليد',
    'الفاضل',
    'المنصور',
    'الزبير',
    'العباس',
    'الخضر',
    'الناصر',
  ].map(normalize),
);

/** The given name at t, with or without a conjunction in front: «والصادق» → the form without «و». */
export function definiteGivenNameForm(t: Token): WordForm | undefined {
  if (!isArabicWord(t)) return undefined;
  return formsOf(t).find((f) => (f.clitics === '' || f.clitics === 'و') && DEFINITE_GIVEN_NAMES.has(f.stem));
}

/** A word that can only be a name's: none the lists know as a word of the language, a role, a place or a number. */
function isOnlyName(t: Token | undefined): t is Token {
  if (!isArabicWord(t) || t.norm.length < 3) return false;
  // «الحسن والحسين»: a second item; «الحسين يركز»: a verb (a name beginning so is a known given name)
  if (t.norm.startsWith('و') || (t.norm.startsWith('ي') && !isGivenName(t))) return false;
  const lex = lexicon();
  const bare = t.norm.replace(/^ال(?=...)/u, '');
  return (
    !lex.functionWords.has(t.norm) &&
    !lex.common.has(t.norm) &&
    !lex.generic.has(t.norm) &&
    !lex.common.has(bare) &&
    !lex.generic.has(bare) &&
    !isKnownAsOtherKind(t) &&
    !isIndefiniteOrdinal(t) &&
    !isCardinal(t) &&
    !hasPrepositionOnKnownWord(t)
  );
}

/**
 * The name that a definite given name begins at i, as [i, end): the given name and a word that can only be a
 * name's («الصادق المهدي»), or a particle and such a word («الوليد بن طلال»). Undefined elsewhere.
 */
export function definiteGivenNameAt(tokens: readonly Token[], i: number): { end: number } | undefined {
  if (!definiteGivenNameForm(tokens[i]!)) return undefined;
  const next = tokens[i + 1];
  if (isArabicWord(next) && isNameParticle(next) && isOnlyName(tokens[i + 2])) return { end: i + 3 };
  return isOnlyName(next) ? { end: i + 2 } : undefined;
}
