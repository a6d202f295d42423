import type { Token } from '../tokenize';
import type { OrgFound } from '../organizations';
import type { PersonFound } from '../persons';
import {
  RULE_NONE,
  RULE_ORG_BEGIN,
  RULE_ORG_INSIDE,
  RULE_PERSON_BEGIN,
  RULE_PERSON_INSIDE,
  type RuleMark,
} from './features';

/**
 * What the rules found in a sentence, per token: the begin or inside of a person or a body. The tagger reads these
 * as features, so that it learns where the rules are right and where they overreach.
 */
export function ruleMarks(
  tokens: readonly Token[],
  persons: readonly PersonFound[],
  orgs: readonly OrgFound[],
): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  for (const p of persons) markSpan(marks, tokens, p, RULE_PERSON_BEGIN, RULE_PERSON_INSIDE);
  for (const o of orgs) markSpan(marks, tokens, o, RULE_ORG_BEGIN, RULE_ORG_INSIDE);
  return marks;
}

/** Marks the tokens of one span not marked yet: the first as its begin, the others as inside. */
function markSpan(
  marks: Uint8Array,
  tokens: readonly Token[],
  span: { start: number; end: number },
  begin: RuleMark,
  inside: RuleMark,
): void {
  let first = true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end <= span.start || t.start >= span.end) continue;
    if (marks[k] === RULE_NONE) marks[k] = first ? begin : inside;
    first = false;
  }
}
