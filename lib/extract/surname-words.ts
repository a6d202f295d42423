import type { Token } from './tokenize';
import { lexicon } from './lexicon';
import { isArabicWord, isDefinite, titleForm } from './words';

/**
 * «محمد إسلامي», «حسن روحاني»: a word shaped like a relation adjective (ending in ي) without the article, right
 * after a given name, is a surname. An adjective after a person's name agrees with it in definiteness and takes
 * the article («محمد الإسلامي»), so an indefinite one cannot qualify the name: it is part of it, though the lists
 * know «إسلامي» as an ordinary word.
 */
export const isIndefiniteNisba = (t: Token): boolean =>
  isArabicWord(t) &&
  t.norm.length >= 4 &&
  t.norm.endsWith('ي') &&
  !/^[وف]/u.test(t.norm) &&
  !isDefinite(t) &&
  !titleForm(t) &&
  !lexicon().functionWords.has(t.norm);
