import type { Token } from './tokenize';
import type { OrgFound } from './organizations';
import { normalize } from '../arabic/normalize';
import { lexicon } from './lexicon';
import { isArabicWord } from './words';

/**
 * «المدينة نيوز :-», «سكاي نيوز»: news sites are named by a word and an English media word written in Arabic
 * letters. That word is never an ordinary Arabic word, so the two words are the outlet (and the media word alone is
 * never a body: it names every site that ends with it).
 */
const MEDIA_TAILS: ReadonlySet<string> = new Set(['نيوز', 'بوست'].map((w) => normalize(w)));

/** Whether t is the English media word that ends an outlet's name. */
export const isOutletTail = (t: Token): boolean => isArabicWord(t) && MEDIA_TAILS.has(t.norm);

/** The outlet named by the word at i and the media word after it. */
export function outletAt(tokens: readonly Token[], i: number): OrgFound | undefined {
  const word = tokens[i];
  const tail = tokens[i + 1];
  if (!isArabicWord(word) || !tail || !isOutletTail(tail) || isOutletTail(word)) return undefined;
  // «موقع نيوز»: an ordinary word before it says what the site is, not its name
  if (lexicon().functionWords.has(word.norm) || word.norm.length < 2 || lexicon().common.has(word.norm))
    return undefined;
  return { name: `${word.text} ${tail.text}`, aliases: [], adjectivesOnly: false, start: word.start, end: tail.end };
}
