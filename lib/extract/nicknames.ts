import type { Token } from './tokenize';
import type { PersonFound } from './persons';
import type { OrgFound } from './organizations';
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
    const nickname = quotedAfter(tokens, p.end, MAX_NICKNAME_WORDS);
    return nickname ? { ...p, aliases: [...(p.aliases ?? []), nickname] } : p;
  });
}

/**
 * «القيادة المركزية الأميركية "سنتكوم"»: a body's short name in quotes right after its full name is its alias,
 * as it is in parentheses (recognize.ts).
 */
export function withQuotedShortNames(tokens: readonly Token[], orgs: OrgFound[]): OrgFound[] {
  if (!orgs.length) return orgs;
  return orgs.map((o) => {
    if (!o.name.includes(' ')) return o;
    const short = quotedAfter(tokens, o.end, 1);
    return short ? { ...o, aliases: [...o.aliases, short] } : o;
  });
}

/** The name-like words in quotes that begin right after `end`, at most `max` of them. */
function quotedAfter(tokens: readonly Token[], end: number, max: number): string | undefined {
  const after = tokens.findIndex((t) => t.start >= end);
  const close = after >= 0 ? QUOTES.get(tokens[after]!.text) : undefined;
  if (!close) return undefined;
  let to = after + 1;
  while (to < tokens.length && to - after <= max && mayBeNickname(tokens[to]!)) to++;
  if (to === after + 1 || tokens[to]?.text !== close) return undefined;
  return tokens
    .slice(after + 1, to)
    .map((t) => t.text)
    .join(' ');
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
