import type { Token } from './tokenize';
import type { OrgFound } from './organizations';
import type { PersonFound } from './persons';
import { formsOf } from './morphology';
import { isArabicWord } from './words';
import { normalize } from '../arabic/normalize';

/** Nouns that name a government by the one who heads it: «حكومة فؤاد السنيورة», «إدارة بايدن». */
const HEADED_BY = new Set(['حكومة', 'إدارة', 'نظام', 'عهد'].map(normalize));

/**
 * «بحكومة فؤاد السنيورة», «رئيس الحكومة اللبنانية فؤاد السنيورة»: a government called by its head's name describes it through the person; the name is the
 * person's mention, not a body's name (a reader looks up the prime minister, and the highlight names him).
 */
export function withoutBodiesNamedByTheirHead(
  tokens: readonly Token[],
  orgs: OrgFound[],
  persons: readonly PersonFound[],
): OrgFound[] {
  if (!orgs.length || !persons.length) return orgs;
  return orgs.filter((o) => {
    const k = tokens.findIndex((t) => t.start === o.start);
    const head = tokens[k];
    const next = tokens[k + 1];
    if (!next || !isArabicWord(head) || !formsOf(head).some((f) => HEADED_BY.has(f.bare))) return true;
    // «رئيس الحكومة اللبنانية فؤاد السنيورة»: the head's title ran into the name
    return !persons.some((p) => p.start >= next.start && p.end === o.end && p.tokens.length >= 2);
  });
}
