import type { Token } from './tokenize';
import type { PersonFound } from './persons';
import { lexicon } from './lexicon';
import { countryOf, isArabicWord, isCommon, isGivenName, isPlace, titleForm, honorificForm } from './words';

/** Quotation marks a nickname stands between, opening → closing. */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['”', '”'],
  ['«', '»'],
  ["'", "'"],
]);
const MAX_NICKNAME_WORDS = 2;

/**
 * «محمد حمدان دقلو "حميدتي"»: one or two words in quotes right after a person's full name are the name the
 * person is known by, an alias (news then uses it alone: «قوات حميدتي»). Ordinary words in quotes there are a
 * quotation, not a name.
 */
export function withNicknames(tokens: readonly Token[], persons: PersonFound[]): PersonFound[] {
  if (!persons.length) return persons;
  return persons.map((p) => {
    if (p.tokens.length < 2) return p;
    const after = tokens.findIndex((t) => t.start >= p.end);
    const close = after >= 0 ? QUOTES.get(tokens[after]!.text) : undefined;
    if (!close) return p;
    let end = after + 1;
    while (end < tokens.length && end - after <= MAX_NICKNAME_WORDS && mayBeNickname(tokens[end]!)) end++;
    if (end === after + 1 || tokens[end]?.text !== close) return p;
    const nickname = tokens
      .slice(after + 1, end)
      .map((t) => t.text)
      .join(' ');
    return { ...p, aliases: [...(p.aliases ?? []), nickname] };
  });
}

const mayBeNickname = (t: Token): boolean =>
  isArabicWord(t) &&
  t.norm.length >= 3 &&
  (isGivenName(t) ||
    (!isCommon(t) &&
      !lexicon().generic.has(t.norm) &&
      !lexicon().functionWords.has(t.norm) &&
      !titleForm(t) &&
      !honorificForm(t) &&
      !isPlace(t) &&
      !countryOf(t)));
