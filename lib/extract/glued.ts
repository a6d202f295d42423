import { normalizeWithMap } from '../arabic/normalize';
import { newToken, newWord, type Sentence, type Token } from './tokenize';
import { lexicon } from './lexicon';
import { perWord } from './words';

/**
 * Words glued together by a missing space, as in «السفيرةليندا»: a definite title or honorific followed by
 * three letters or more that do not make a known word, nor an ending of the title itself. The token is split in
 * two, offsets kept exact.
 */
export function splitGluedTitles(sentence: Sentence): Sentence {
  // most sentences have no glued word: they are returned as they are, with no copy
  let tokens: Token[] | undefined;
  for (let k = 0; k < sentence.tokens.length; k++) {
    const t = sentence.tokens[k]!;
    const split = gluedTitleLength(t);
    if (!split) {
      tokens?.push(t);
      continue;
    }
    tokens ??= sentence.tokens.slice(0, k);
    const n = normalizeWithMap(t.text);
    const cut = n.start[split]!;
    tokens.push(
      newToken(newWord(t.text.slice(0, cut), t.norm.slice(0, split), t.kind), t.start, t.start + cut, t.afterBreak),
    );
    tokens.push(newToken(newWord(t.text.slice(cut), t.norm.slice(split), t.kind), t.start + cut, t.end, false));
  }
  return tokens ? { ...sentence, tokens } : sentence;
}

/** Where the title or honorific glued to the front of this word ends, in its matching form, or 0. */
const gluedTitleLength = perWord((t: Token): number => {
  const lex = lexicon();
  return t.kind === 'word' && !lex.common.has(t.norm) ? gluedPrefixLength(t.norm, lex) : 0;
});

/**
 * What follows a title inside one word when the word is the title inflected, not a title glued to a name: a plural,
 * dual or relative ending, with a pronoun or not («المهندسيين», «المستشاريات», «الرئيسيين»: «الرئيس» + «يين»).
 * Normalized (ة is ه). A name never begins this way.
 */
const INFLECTION = /^(?:ي?(?:ين|ون|ات|ان)|ي(?:ه|تين|تان))(?:ه|ها|هم|هما|هن)?$/u;

function gluedPrefixLength(word: string, lex: ReturnType<typeof lexicon>): number {
  if (!word.startsWith('ال') || word.length < 8) return 0;
  for (let len = word.length - 3; len >= 4; len--) {
    const prefix = word.slice(0, len);
    const bare = prefix.slice(2);
    if ((lex.titles.has(bare) || lex.honorifics.has(prefix)) && !INFLECTION.test(word.slice(len))) return len;
  }
  return 0;
}
