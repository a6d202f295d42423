/**
 * The readings of a word with and without its clitics (lib/arabic/clitics), as the extractor asks for them:
 * again and again for the same words, so they are remembered.
 */
import { wordReadings, type WordReading } from '../arabic/clitics';
import type { Token } from './tokenize';

export type WordForm = WordReading;

/** Every reading of a word, the unsegmented one first. */
export function wordForms(word: string): readonly WordForm[] {
  // the rules ask about the same token several times in a row: a one-entry memo answers before the map
  if (word === lastWord && lastForms) return lastForms;
  let forms = formsCache.get(word);
  if (!forms) {
    forms = frozenReadings(word);
    // a corpus repeats a few thousand words most of the time: a bounded cache keeps them without growing forever
    if (formsCache.size >= FORMS_CACHE_SIZE) formsCache.clear();
    formsCache.set(word, forms);
  }
  lastWord = word;
  lastForms = forms;
  return forms;
}

let lastWord: string | undefined;
let lastForms: readonly WordForm[] | undefined;

const FORMS_CACHE_SIZE = 100_000;
const formsCache = new Map<string, readonly WordForm[]>();

function frozenReadings(word: string): readonly WordForm[] {
  const forms = wordReadings(word);
  // frozen in place, not through map(): its result can come in either of two array shapes, and each new shape
  // seen by optimized code that walks these arrays deoptimizes it
  for (const f of forms) Object.freeze(f);
  return Object.freeze(forms);
}

/**
 * The readings of a token's word, kept on the word (lib/extract/tokenize.ts `Word`): the rules ask for them some
 * twenty times per token, and a field read costs less than wordForms' lookup by string.
 */
export function formsOf(t: Token): readonly WordForm[] {
  return (t.word.forms ??= wordForms(t.norm));
}

/** The reading of the token whose stem (or bare stem) is in the set, if any; the least segmented wins. */
export function formIn(t: Token, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordForm | undefined {
  return formFrom(formsOf(t), set);
}

/** formIn for a word that is no token's (a stem). */
export function formOfWordIn(
  word: string,
  set: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): WordForm | undefined {
  return formFrom(wordForms(word), set);
}

function formFrom(
  forms: readonly WordForm[],
  set: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): WordForm | undefined {
  for (const f of forms) if (set.has(f.stem) || set.has(f.bare)) return f;
  return undefined;
}
