import { bareOf } from './clitics';
import { unpackArabicLetters } from './letter-packing';
import { normalize } from './normalize';
import genericWordsData from './generated/generic-words.json';

/**
 * Words used as ordinary words at least half the time (lib/extract/lexicon/README.md says from where): a surname
 * or a short name alone is never one. The matcher needs them at run time, so they live here and not among the
 * extractor's word lists, which the extension's background does not load.
 */

let written: ReadonlySet<string> | undefined;
let withBare: ReadonlySet<string> | undefined;

/** The generic words as the texts write them, normalized: a stem behind a clitic is one of these («ك+مال» is not «كمال»). */
export function genericWordsAsWritten(): ReadonlySet<string> {
  return (written ??= new Set(unpackArabicLetters(genericWordsData.words).split(' ').map(normalize).filter(Boolean)));
}

/**
 * The generic words and the article-less forms of the definite ones. The matcher reads a name with the article in
 * front of it («شمس» in «الشمس»), so a word whose definite form is an ordinary word («الشمس», «الخميس», «الهلال»)
 * cannot stand alone for a person either: «سمير شمس» is not «الشمس».
 */
export function genericWords(): ReadonlySet<string> {
  if (withBare) return withBare;
  const words = new Set(genericWordsAsWritten());
  for (const w of genericWordsAsWritten()) {
    const bare = bareOf(w);
    if (bare !== w && bare.length >= 3) words.add(bare);
  }
  return (withBare = words);
}
