import { textOf, type Token } from './tokenize';
import type { PersonFound } from './persons';
import { lexicon } from './lexicon';
import { formsOf } from './morphology';
import {
  countryOf,
  honorificForm,
  isArabicWord,
  isComma,
  isGivenName,
  isNisba,
  isPlace,
  isPunct,
  beginsCountryName,
  orgHeadForm,
  perWord,
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

/**
 * A word's readings as «ل» and a country («لكينيا») or a country's first word («لغينيا» of «غينيا الاستوائية»), in
 * the order wordForms gives them. Asked of every token of every sentence, and of most of them in vain: kept per
 * word, the empty answer one shared array.
 */
interface CountryReading {
  stem: string;
  /** the stem is a country by itself */
  whole: boolean;
  /** the stem begins a country of several words */
  begins: boolean;
}
const NO_COUNTRY_READINGS: readonly CountryReading[] = Object.freeze([]);

const countryReadings = perWord((t: Token): readonly CountryReading[] => {
  if (!isArabicWord(t)) return NO_COUNTRY_READINGS;
  const countries = lexicon().countries;
  const readings: CountryReading[] = [];
  for (const f of formsOf(t)) {
    if (!f.clitics.endsWith('ل') || f.definite) continue;
    const whole = countries.has(f.stem);
    const begins = beginsCountryName(f.stem);
    if (whole || begins) readings.push({ stem: f.stem, whole, begins });
  }
  return readings.length ? readings : NO_COUNTRY_READINGS;
});

/** «لكينيا», «ولبوتسوانا», «لغينيا الاستوائية»: «ل» and a country, as the number of its tokens. */
function forCountryAt(tokens: readonly Token[], k: number): number {
  const readings = countryReadings(tokens[k]!);
  if (readings === NO_COUNTRY_READINGS) return 0;
  const next = tokens[k + 1];
  for (const r of readings) {
    if (r.begins && isArabicWord(next) && lexicon().countries.has(`${r.stem} ${next.norm}`)) return 2;
    if (r.whole) return 1;
  }
  return 0;
}

/** «الايفواري», «والمالي»: the country's nisba with the article, as one token. Kept per word, as the one above. */
const isDefiniteNisbaOfCountry = perWord((t: Token): boolean => {
  const { nisbas, countries } = lexicon();
  for (const f of formsOf(t)) {
    if ((f.clitics !== '' && f.clitics !== AND) || !f.definite) continue;
    // «المالي»: Mali's nisba is the country's name itself, which the regular nisbas leave to the country
    if (nisbas.has(f.bare) || (f.bare.endsWith('ي') && countries.has(f.bare))) return true;
  }
  return false;
});

/** Whether the token can open an item: «ل» and a country, or a country's nisba. */
const mayBeAttribution = (t: Token) => countryReadings(t) !== NO_COUNTRY_READINGS || isDefiniteNisbaOfCountry(t);

/**
 * A word no name is made of: a function word, a title, a body's head, a place, a country or a nisba. A name's
 * first word may only look definite («ألفا»: no word «فا» follows the article), so it is asked apart. Kept per word:
 * the item search asks it of every word after an attribution.
 */
const isNoNameWord = perWord((t: Token) => noNameWord(t, false));
const isNoNameFirstWord = perWord((t: Token) => noNameWord(t, true));

function noNameWord(t: Token, first: boolean): boolean {
  if (!isArabicWord(t) || t.norm.length < 2) return true;
  const lex = lexicon();
  if (lex.functionWords.has(t.norm)) return true;
  for (const f of formsOf(t)) if (f.definite && (!first || f.bare.length >= 3 || lex.common.has(f.bare))) return true;
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
  const attribution = forCountryAt(tokens, at) || (isDefiniteNisbaOfCountry(t) ? 1 : 0);
  if (!attribution) return undefined;
  const from = at + attribution;
  const firstWord = tokens[from];
  if (!isArabicWord(firstWord) || isNoNameFirstWord(firstWord) || firstWord.norm.startsWith(AND)) return undefined;
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
    // most tokens cannot open an item: a cached answer per word rules them out before the item is read
    if (!mayBeAttribution(tokens[i]!)) continue;
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
