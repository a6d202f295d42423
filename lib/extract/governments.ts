import type { Token } from './tokenize';
import type { OrgFound } from './organizations';
import { formsOf } from './morphology';
import { normalize } from '../arabic/normalize';
import { countryOf, isArabicWord } from './words';

/**
 * «الحكومة العراقية», «حكومة السودان», «الإدارة الأميركية»: a country's government is its state's executive told by
 * its country, a description and not a name. The reader's entities are the country and the people who lead it
 * (a government called by its head, «حكومة فؤاد السنيورة», is that person's mention: headed-bodies.ts). Annotated
 * news corpora tag these phrases as no organization (ANERcorp: none of 144 «حكومة» phrases), and the project's own
 * gold counts them as optional. So such a phrase becomes no entity; the ministries, armies and councils of the
 * same country stay bodies of their own.
 */

const GOVERNMENT = normalize('حكومة');
/** «الإدارة» names a government only with the article and a country's adjective: «الإدارة الأميركية». */
const ADMINISTRATION = normalize('إدارة');

/** Whether the body found at [from, to) of the sentence is a government described by its country or its kind. */
function isGovernment(tokens: readonly Token[], from: number, to: number): boolean {
  const head = tokens[from];
  if (!isArabicWord(head)) return false;
  const forms = formsOf(head);
  if (forms.some((f) => f.bare === GOVERNMENT)) return true;
  if (!forms.some((f) => f.bare === ADMINISTRATION && f.definite) || to - from !== 2) return false;
  return !!countryOf(tokens[from + 1]!);
}

/** The bodies found in a sentence, without the governments among them. */
export function withoutGovernments(tokens: readonly Token[], orgs: OrgFound[]): OrgFound[] {
  if (!orgs.length) return orgs;
  return orgs.filter((o) => {
    const from = tokens.findIndex((t) => t.start === o.start);
    if (from < 0) return true;
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= o.end) to++;
    return !isGovernment(tokens, from, to);
  });
}
