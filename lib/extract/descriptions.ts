import type { Token } from './tokenize';
import type { OrgFound } from './organizations';
import { formsOf } from './morphology';
import { normalize } from '../arabic/normalize';
import { entityKey } from '../dictionary/ids';
import { lexicon } from './lexicon';
import { isArabicWord, isNisba } from './words';

/**
 * Phrases a head noun opens that describe rather than name:
 * - «الصحيفة البريطانية», «القناة الفرنسية»: an outlet told by its country only, a back-reference to one named
 *   before it (its name is what the reader looks up: «الغارديان»);
 * - «البرنامج النووي»: a programme told by its adjectives is a policy, as «البرنامج النووي الإيراني» is;
 * - «التيار الكهربائي»: the electric current, which news of power cuts names every day;
 * - «هذه الهيئة الإستراتيجية للاتحاد»: a definite head after a demonstrative points back to a body named before.
 */

/** Demonstratives, normalized: «هذا», «هذه», «ذلك», «تلك» and their duals and plurals. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(
  ['هذا', 'هذه', 'ذلك', 'تلك', 'هذان', 'هذين', 'هاتان', 'هاتين', 'هؤلاء', 'أولئك'].map((w) => normalize(w)),
);

/** Outlets' heads, normalized without the article. «الوكالة الفرنسية» is left: it stands for AFP. */
const OUTLET_HEADS: ReadonlySet<string> = new Set(
  ['صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'شبكة'].map((w) => normalize(w)),
);

const NOT_BODIES: ReadonlySet<string> = new Set(['التيار الكهربائي'].map(entityKey));

/** «هذه», «وهذه»: a demonstrative, behind a conjunction or not. */
function isDemonstrative(t: Token | undefined): boolean {
  return (
    isArabicWord(t) && (DEMONSTRATIVES.has(t.norm) || (/^[وف]/u.test(t.norm) && DEMONSTRATIVES.has(t.norm.slice(1))))
  );
}

let knownNames: ReadonlySet<string> | undefined;
/** «هذه الأمم المتحدة»: a well-known body keeps its name after a demonstrative. */
function isKnownName(name: string): boolean {
  knownNames ??= new Set(lexicon().knownOrgs.map((k) => entityKey(k.name)));
  return knownNames.has(entityKey(name));
}

function isDescription(
  o: OrgFound,
  before: Token | undefined,
  head: Token,
  next: Token | undefined,
  words: number,
): boolean {
  if (NOT_BODIES.has(entityKey(o.name))) return true;
  const form = formsOf(head).find((f) => f.definite);
  if (!form) return false;
  if (isDemonstrative(before) && !form.clitics && !o.aliases.length && !isKnownName(o.name)) return true;
  if (OUTLET_HEADS.has(form.bare) && words === 2 && !!next && isNisba(next) && !o.aliases.length) return true;
  return o.adjectivesOnly && lexicon().headsOfWorks.has(form.bare) && !o.aliases.length;
}

/** The bodies found in a sentence, without the phrases that describe one. */
export function withoutDescriptions(tokens: readonly Token[], orgs: OrgFound[]): OrgFound[] {
  if (!orgs.length) return orgs;
  return orgs.filter((o) => {
    const from = tokens.findIndex((t) => t.start === o.start);
    const head = tokens[from];
    if (from < 0 || !isArabicWord(head)) return true;
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= o.end) to++;
    return !isDescription(o, tokens[from - 1], head, tokens[from + 1], to - from);
  });
}
