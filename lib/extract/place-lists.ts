import type { Token } from './tokenize';
import type { PersonFound } from './persons';
import { lexicon } from './lexicon';
import { formsOf } from './morphology';
import {
  countryOf,
  countryWordsAt,
  honorificForm,
  isArabicWord,
  isComma,
  isGivenName,
  isNisba,
  isPlace,
  orgHeadForm,
  perWord,
  surfaceWithoutClitics,
  titleForm,
} from './words';
import { normalize } from '../arabic/normalize';
import { arabicGivenNames } from '../arabic/given-names';
import { isNameAli } from './name-words';

/**
 * «… مع القذافي في ليبيا ومبارك في مصر وصالح في اليمن وبن علي في تونس»: rulers (or others) named by one word each,
 * each followed by «في» and a country, two items or more joined by «و» or commas. The list's shape says its items
 * are people; «الحرب في سوريا والأزمة في اليمن» has the same shape, so an item that is an ordinary word (definite
 * or not: «الحرب», «صالح», «مبارك») is never read as a name: it only keeps the list going.
 */

const IN = normalize('في');
const SON_OF = new Set(['بن', 'ابن'].map(normalize));
const MIN_ITEMS = 2;

interface Item {
  /** tokens [from, to) of the item's name */
  from: number;
  to: number;
  /** the name as written, without the conjunction in front */
  name: string;
  /** the item may name a person: no ordinary word, title or place */
  isName: boolean;
  /** index after the item's country */
  end: number;
}

/**
 * The conjunction-free reading of a word: «ومبارك» → «مبارك». Kept per word, as is mayNamePerson below: every word
 * before a «في» is asked, and «في» is among the most frequent words.
 */
const withoutConjunction = perWord((t: Token): { norm: string; text: string } => {
  for (const f of formsOf(t))
    if (f.clitics === 'و' && f.stem.length >= 2) return { norm: f.stem, text: surfaceWithoutClitics(t, f) };
  return { norm: t.norm, text: t.text };
});

/** Could this word, without its conjunction, be a person's one-word name? */
const mayNamePerson = perWord((t: Token): boolean => {
  const norm = withoutConjunction(t).norm;
  const lex = lexicon();
  if (norm.length < 3 || lex.functionWords.has(norm) || lex.common.has(norm) || lex.generic.has(norm)) return false;
  const bare = norm.replace(/^ال(?=...)/u, '');
  if (lex.common.has(bare) || lex.generic.has(bare)) return false;
  return !titleForm(t) && !honorificForm(t) && !orgHeadForm(t) && !isPlace(t) && !countryOf(t) && !isNisba(t);
});

/** «بن علي», «بن سلمان»: a given name after «بن» (the list of given names leaves «علي» out: it is also «على»). */
function isNameAfterSonOf(t: Token, next: Token | undefined): boolean {
  return isGivenName(t) || arabicGivenNames().has(t.norm) || isNameAli(t, next);
}

/** The item at k: a word (or «بن» and a given name) then «في» and a country. Past the first, «و» joins it. */
function itemAt(tokens: readonly Token[], k: number, first: boolean): Item | undefined {
  const t = tokens[k];
  // most words are followed by no «في»: that is asked first, the word's readings only then
  if (!isArabicWord(t) || (tokens[k + 1]?.norm !== IN && tokens[k + 2]?.norm !== IN)) return undefined;
  const word = withoutConjunction(t);
  if (!first && word.norm === t.norm) return undefined;
  let to = k + 1;
  let name = word.text;
  let isName: boolean;
  const next = tokens[k + 1];
  if (SON_OF.has(word.norm) && isArabicWord(next) && isNameAfterSonOf(next, tokens[k + 2])) {
    // «بن علي»: the son of a given name is a person's name
    to = k + 2;
    name = `${word.text} ${next.text}`;
    isName = true;
  } else isName = mayNamePerson(t);
  if (!isArabicWord(tokens[to]) || tokens[to]!.norm !== IN) return undefined;
  const country =
    countryWordsAt(tokens, to + 1) || (isArabicWord(tokens[to + 1]) && countryOf(tokens[to + 1]!) ? 1 : 0);
  if (!country) return undefined;
  return { from: k, to, name, isName, end: to + 1 + country };
}

/** The persons of every such list in the sentence, but for spans already found. */
export function personsInPlaceLists(
  tokens: readonly Token[],
  found: readonly { start: number; end: number }[],
): PersonFound[] {
  const persons: PersonFound[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = itemAt(tokens, i, true);
    if (!first) continue;
    const items = [first];
    let j = first.end;
    for (;;) {
      const comma = isComma(tokens[j]);
      const item = itemAt(tokens, comma ? j + 1 : j, comma);
      if (!item) break;
      items.push(item);
      j = item.end;
    }
    i = j - 1;
    if (items.length < MIN_ITEMS) continue;
    for (const item of items) {
      if (!item.isName) continue;
      const start = tokens[item.from]!.start;
      const end = tokens[item.to - 1]!.end;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      persons.push({
        name: item.name,
        tokens: tokens.slice(item.from, item.to),
        roles: [],
        evidence: 'list',
        start,
        end,
      });
    }
  }
  return persons;
}
