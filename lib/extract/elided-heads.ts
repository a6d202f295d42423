import type { Token } from './tokenize';
import { formsOf } from './morphology';
import { normalize } from '../arabic/normalize';
import { lexicon } from './lexicon';
import type { OrgFound } from './organizations';
import { countryOf, isArabicWord, perWord, surfaceWithoutClitics } from './words';

/**
 * «المركزي العراقي», «المركزي الأوروبي»: the news names a country's central bank by its adjective alone, the bank
 * left unsaid. With a country's (or a union's) masculine adjective after it, «المركزي» is that country's bank,
 * «البنك المركزي العراقي», and the short form is its alias, so that pages find it written so.
 */

const CENTRAL = normalize('مركزي');

const centralForm = perWord((t: Token) =>
  isArabicWord(t) ? formsOf(t).find((f) => f.definite && f.bare === CENTRAL) : undefined,
);

/** Whether a rule of this module may start at t (asked of every word: one lookup). */
export const mayOpenElidedBody = (t: Token): boolean => !!centralForm(t);

/** The central bank named at i by «المركزي» and a country's adjective, if so. */
export function centralBankAt(tokens: readonly Token[], i: number): OrgFound | undefined {
  const t = tokens[i]!;
  const central = centralForm(t);
  const adjective = tokens[i + 1];
  if (!central || !isArabicWord(adjective)) return undefined;
  // the masculine adjective agrees with the bank; «المركزية السورية» would be another head's
  const nisba = formsOf(adjective).find((f) => !f.clitics && f.definite && lexicon().nisbas.has(f.bare));
  if (!nisba || nisba.bare.endsWith('ه')) return undefined;
  const country = countryOf(adjective);
  if (!country) return undefined;
  const short = `${surfaceWithoutClitics(t, central)} ${adjective.text}`;
  return {
    name: `البنك ${short}`,
    aliases: [short],
    adjectivesOnly: false,
    country,
    start: t.start,
    end: adjective.end,
  };
}
