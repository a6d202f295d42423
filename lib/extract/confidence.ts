import type { Confidence, ConfidenceReason } from '../dictionary/schema';
import type { OrgFound } from './organizations';
import type { PersonFound } from './persons';

/**
 * How sure each kind of evidence makes extraction that a name is real: a title beside a name rarely misleads, a
 * list item or the tagger alone more often does. An entity's score is its strongest evidence's, raised when
 * several articles name it (one article's slip is seldom repeated by another).
 */
const WEIGHT: Record<ConfidenceReason, number> = {
  'known-name': 0.95,
  title: 0.9,
  honorific: 0.9,
  'head-noun': 0.8,
  credit: 0.7,
  'given-name': 0.7,
  list: 0.6,
  model: 0.5,
  'several-articles': 0,
};
const SEVERAL_ARTICLES_BONUS = 0.15;

export function personReason(p: PersonFound): ConfidenceReason {
  return p.evidence;
}

export function orgReason(o: OrgFound, knownNames: ReadonlySet<string>): ConfidenceReason {
  if (o.byModel) return 'model';
  if (knownNames.has(o.name)) return 'known-name';
  if (o.inlineCredit || !o.name.includes(' ')) return 'credit';
  return 'head-noun';
}

export function confidenceOf(reasons: ReadonlySet<ConfidenceReason>, articles: number): Confidence {
  const all = new Set(reasons);
  if (articles >= 2) all.add('several-articles');
  let score = 0;
  for (const r of all) score = Math.max(score, WEIGHT[r]);
  if (all.has('several-articles')) score = Math.min(1, score + SEVERAL_ARTICLES_BONUS);
  const order = Object.keys(WEIGHT) as ConfidenceReason[];
  return { score: Math.round(score * 100) / 100, reasons: order.filter((r) => all.has(r)) };
}
