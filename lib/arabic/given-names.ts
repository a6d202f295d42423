import { unpackArabicLetters } from './letter-packing';
import { normalize } from './normalize';
import givenNamesData from './generated/given-names.json';

/**
 * Arabic names (given names, and the fathers' and families' names made of them), normalized: their letters carry
 * meaning, so two spellings one vowel or one letter apart are two names («حسن» / «حسين», «محمد» / «محمود»), never a
 * transliteration's variants. The variant key keeps them as written; the matcher and the merge vary only the other
 * words, the transliterated foreign ones. Read from ANERcorp train by scripts/build-lexicon.ts (its `about` says how);
 * the matcher needs it at run time, so it lives here, packed one byte a letter (letter-packing.ts).
 */
let names: ReadonlySet<string> | undefined;

export function arabicGivenNames(): ReadonlySet<string> {
  return (names ??= new Set(unpackArabicLetters(givenNamesData.words).split(' ').map(normalize).filter(Boolean)));
}
