import type { Token } from './tokenize';
import { entityKey } from '../dictionary/ids';
import { lexicon } from './lexicon';
import { isArabicWord, isCommon, isNameParticle, isPlainDefinite } from './words';

/**
 * «تنظيم القاعدة» … «وفككت " القاعدة "»: a movement named by its head and one definite word is called by that word
 * alone once the texts say so, which they do by quoting it alone. The word is an ordinary word as often as not
 * («القاعدة», the base; «المستقبل», the future), so it becomes the body's alias only when the corpus both names the
 * body by it again and again and quotes it alone: one quotation is no evidence of a name («" المستقبل "» is a paper's
 * title as often), nor three mentions of «تيار المستقبل».
 */

/** How often the corpus must name the body by head and word before the word alone can stand for it. */
export const MIN_NAMINGS = 3;

const OPENING = new Set(['"', '«', '“']);
const CLOSING = new Set(['"', '»', '”']);

/** A word that may stand alone for a movement: definite, with the article alone, no ordinary word or name particle. */
export function mayStandAlone(t: Token | undefined): t is Token {
  return (
    isArabicWord(t) &&
    isPlainDefinite(t) &&
    t.norm.length >= 5 &&
    !isCommon(t) &&
    !isNameParticle(t) &&
    !lexicon().functionWords.has(t.norm)
  );
}

/** The keys of the words a sentence quotes alone: «" القاعدة "». */
export function quotedWordsOf(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (let i = 1; i + 1 < tokens.length; i++)
    if (OPENING.has(tokens[i - 1]!.text) && CLOSING.has(tokens[i + 1]!.text) && mayStandAlone(tokens[i]))
      words.push(entityKey(tokens[i]!.text));
  return words;
}

/**
 * The aliases to add: for each body that offered a word (its `cluster`), the word, when the corpus named bodies by
 * it MIN_NAMINGS times or more and quoted it alone at least once.
 */
export function quotedShortNames<C>(
  offers: readonly { cluster: C; word: string }[],
  quoted: ReadonlySet<string>,
): { cluster: C; alias: string }[] {
  const namings = new Map<string, number>();
  for (const { word } of offers) namings.set(entityKey(word), (namings.get(entityKey(word)) ?? 0) + 1);
  const aliases: { cluster: C; alias: string }[] = [];
  const seen = new Set<C>();
  for (const { cluster, word } of offers) {
    const key = entityKey(word);
    if (seen.has(cluster) || !quoted.has(key) || (namings.get(key) ?? 0) < MIN_NAMINGS) continue;
    seen.add(cluster);
    aliases.push({ cluster, alias: word });
  }
  return aliases;
}
