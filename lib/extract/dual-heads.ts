import type { Token } from './tokenize';
import type { OrgFound } from './organizations';
import { lexicon } from './lexicon';
import { isArabicWord, isCommon, isPlace, orgHeadForm, titleForm, countryOf } from './words';

/**
 * «شركتا IBM وLenovo», «شركتي أبل وسامسونغ»: a head in the dual names two bodies by their proper names, the second
 * behind «و». Each proper name is a body of its own, named alone as the news calls it.
 */

const MAX_DUAL_LETTERS = 16;

/** «شركتا», «شركتي» → «شركه»: the singular head of a dual of a feminine head, normalized. */
function singularOf(t: Token): string | undefined {
  // heads are short words: a long one (a minified page read as text) is no dual, and no regex should walk it
  if (!isArabicWord(t) || t.norm.length > MAX_DUAL_LETTERS) return undefined;
  const m = /^(?:[وف]?[لب]?)(.{2,})ت[اي]$/u.exec(t.norm);
  if (!m) return undefined;
  const singular = `${m[1]!}ه`;
  return lexicon().orgHeads.has(singular) && !lexicon().headsNeedingComplement.has(singular) ? singular : undefined;
}

/** Whether a head in the dual may open a rule here (asked of every word). */
export const mayOpenDual = (t: Token): boolean => singularOf(t) !== undefined;

/** A proper name of a body: a capitalized Latin word, or an Arabic word no list knows. */
function properName(t: Token | undefined, text: string | undefined): string | undefined {
  if (!t || !text) return undefined;
  if (/^[A-Z][A-Za-z0-9&.-]+$/u.test(text)) return text;
  if (t.kind !== 'word' || /[A-Za-z]/u.test(text) || text.length < 3) return undefined;
  const lex = lexicon();
  const unknown =
    !isCommon(t) &&
    !lex.generic.has(t.norm) &&
    !lex.functionWords.has(t.norm) &&
    !orgHeadForm(t) &&
    !titleForm(t) &&
    !isPlace(t) &&
    !countryOf(t) &&
    !t.norm.startsWith('ال');
  return unknown ? text : undefined;
}

function found(name: string, t: Token, offset: number): OrgFound {
  return { name, aliases: [], adjectivesOnly: false, start: t.start + offset, end: t.end };
}

/** The two bodies a dual head at i names, and the index after them. */
export function dualBodiesAt(tokens: readonly Token[], i: number): { orgs: OrgFound[]; next: number } | undefined {
  if (!singularOf(tokens[i]!)) return undefined;
  const first = tokens[i + 1];
  const second = tokens[i + 2];
  const one = properName(first, first?.text);
  if (!one || !second || !second.text.startsWith('و')) return undefined;
  const two = properName(second, second.text.slice(1));
  if (!two) return undefined;
  return { orgs: [found(one, first!, 0), found(two, second, 1)], next: i + 3 };
}
