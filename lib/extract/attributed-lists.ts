import { textOf, type Token } from './tokenize';
import type { PersonFound } from './persons';
import { lexicon } from './lexicon';
import { wordForms } from './morphology';
import {
  countryOf,
  honorificForm,
  isArabicWord,
  isComma,
  isGivenName,
  isNisba,
  isPlace,
  isPunct,
  orgHeadForm,
  titleForm,
} from './words';
import { normalize } from '../arabic/normalize';

/**
 * People each introduced by their country, in a list: «وزراء الخارجية لكينيا أمينة محمد و لبوتسوانا بولونومي
 * فونسن-مواتوا و لغينيا الاستوائية اجابيتو مبا موكوي» («ل» and the country), «بعد الايفواري عمارة ايسي
 * (2002-2003) و المالي ألفا عمر كوناري (2003-2008)» (the country's nisba with the article). Two items or more,
 * joined by «و» or commas, each a name of two to four words that the next item, a punctuation mark or the end
 * closes. The shape says the items are people, so a name may begin with a word the lists know otherwise («عمارة»,
 * «أمينة»); its other words are no ordinary words, and no word of it is a title, a body, a place or a country.
 */

const AND = normalize('و');
const MIN_ITEMS = 2;
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** tokens inside an item's parenthesis: dates («2002-2003» is three) or a short note */
const MAX_PARENTHESIS = 8;

interface Item {
  /** tokens [from, to) of the name */
  from: number;
  to: number;
}

/** «لكينيا», «ولبوتسوانا», «لغينيا الاستوائية»: «ل» and a country, as the number of its tokens. */
function forCountryAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!isArabicWord(t)) return 0;
  const countries = lexicon().countries;
  for (const f of wordForms(t.norm)) {
    if (!f.clitics.endsWith('ل') || f.definite) continue;
    const next = tokens[k + 1];
    if (isArabicWord(next) && countries.has(`${f.stem} ${next.norm}`)) return 2;
    if (countries.has(f.stem)) return 1;
  }
  return 0;
}

/** «الايفواري», «والمالي»: the country's nisba with the article, as one token. */
function nisbaAt(tokens: readonly Token[], k: number): number {
  const { nisbas, countries } = lexicon();
  // «المالي»: Mali's nisba is the country's name itself, which the regular nisbas leave to the country
  const isNisbaForm = (bare: string) => nisbas.has(bare) || (bare.endsWith('ي') && countries.has(bare));
  return wordForms(tokens[k]!.norm).some(
    (f) => (f.clitics === '' || f.clitics === AND) && f.definite && isNisbaForm(f.bare),
  )
    ? 1
    : 0;
}

/** A word no name is made of: a function word, a title, a body's head, a place, a country or a nisba. */
// plain functions, not perWord: the checks they ask are each cached per word already
function isNoNameWord(t: Token, first = false): boolean {
  if (!isArabicWord(t) || t.norm.length < 2) return true;
  // a name's first word may only look definite («ألفا»: no word «فا» follows the article)
  const definite = (f: { definite: boolean; bare: string }) =>
    f.definite && (!first || f.bare.length >= 3 || lexicon().common.has(f.bare));
  if (lexicon().functionWords.has(t.norm) || wordForms(t.norm).some(definite)) return true;
  return !!honorificForm(t) || !!orgHeadForm(t) || isPlace(t) || !!countryOf(t) || isNisba(t);
}

/** An ordinary word (not a given name): it may begin a listed name, never go on with one. */
function isOrdinary(t: Token): boolean {
  return !isGivenName(t) && (lexicon().common.has(t.norm) || !!titleForm(t));
}

/** The item at k: its attribution, then its name. Past the first, «و» (alone or in front) or a comma joins it. */
function itemAt(tokens: readonly Token[], k: number, first: boolean): Item | undefined {
  let at = first ? k : afterParenthesis(tokens, k);
  let joined = first;
  if (!first && isComma(tokens[at])) {
    at++;
    joined = true;
  }
  if (!first && tokens[at]?.norm === AND) {
    at++;
    joined = true;
  }
  const t = tokens[at];
  if (!isArabicWord(t)) return undefined;
  // «ولبوتسوانا», «والمالي»: the conjunction in front joins the item
  if (!joined && !t.norm.startsWith(AND)) return undefined;
  const attribution = forCountryAt(tokens, at) || nisbaAt(tokens, at);
  if (!attribution) return undefined;
  const from = at + attribution;
  const firstWord = tokens[from];
  if (!isArabicWord(firstWord) || isNoNameWord(firstWord, true) || firstWord.norm.startsWith(AND)) return undefined;
  let to = from + 1;
  while (
    to < tokens.length &&
    to - from < MAX_NAME_WORDS &&
    isArabicWord(tokens[to]) &&
    tokens[to]!.norm !== AND &&
    !tokens[to]!.norm.startsWith(AND) &&
    !isNoNameWord(tokens[to]!) &&
    !isOrdinary(tokens[to]!)
  )
    to++;
  if (to - from < MIN_NAME_WORDS) return undefined;
  const after = tokens[to];
  const closes = !after || isPunct(after) || after.norm === AND || after.norm.startsWith(AND);
  return closes ? { from, to } : undefined;
}

/** «(2002-2003)» after an item's name: its dates, skipped. */
function afterParenthesis(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < tokens.length && j <= k + MAX_PARENTHESIS; j++) if (tokens[j]!.text === ')') return j + 1;
  return k;
}

/**
 * The persons of every such list in the sentence. A person found already inside an item's span («عمر كوناري» in
 * «ألفا عمر كوناري») is that item cut short: it is returned in `replaced`, for the caller to drop. Any other
 * finding across an item (a body, a name reaching past it) makes the item yield.
 */
export function personsInAttributedLists(
  tokens: readonly Token[],
  blocking: readonly { start: number; end: number }[],
  persons: readonly PersonFound[],
): { persons: PersonFound[]; replaced: Set<PersonFound> } {
  const listed: PersonFound[] = [];
  const replaced = new Set<PersonFound>();
  for (let i = 0; i < tokens.length; i++) {
    const first = itemAt(tokens, i, true);
    if (!first) continue;
    const items = [first];
    for (let next = itemAt(tokens, first.to, false); next; next = itemAt(tokens, next.to, false)) items.push(next);
    i = items[items.length - 1]!.to - 1;
    if (items.length < MIN_ITEMS) continue;
    for (const item of items) {
      const start = tokens[item.from]!.start;
      const end = tokens[item.to - 1]!.end;
      const overlaps = (f: { start: number; end: number }) => f.start < end && start < f.end;
      const inside = persons.filter(overlaps);
      if (blocking.some((f) => overlaps(f) && !inside.includes(f as PersonFound))) continue;
      if (inside.some((f) => f.start < start || f.end > end || (f.start === start && f.end === end))) continue;
      for (const f of inside) replaced.add(f);
      listed.push({
        name: textOf(tokens as Token[], item.from, item.to),
        tokens: tokens.slice(item.from, item.to),
        roles: [],
        evidence: 'list',
        start,
        end,
      });
    }
  }
  return { persons: listed, replaced };
}
