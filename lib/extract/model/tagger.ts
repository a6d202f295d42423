import type { Token } from '../tokenize';
import { perWord } from '../words';
import { edgeFeatures, featureHash, OFFSETS, RULE_FEATURES, SELF, wordFeatures } from './features';
import { allowed, OUTSIDE, START, TAG_COUNT, TAGS, viterbi } from './perceptron';
import { decodeWeights, type EncodedWeights, type Weights } from './weights-format';
import trained from './weights.json';

export type SpanType = 'PERS' | 'ORG' | 'LOC' | 'MISC';

/** A name the model read: tokens [from, to) of the sentence, its type, and how sure the model is. */
export interface TaggedSpan {
  type: SpanType;
  from: number;
  to: number;
  /**
   * the smallest margin, over the span's tokens, between the chosen tag's score and the best other tag's
   * (in weight units): near 0 the model hesitated, above 2 or so it did not
   */
  margin: number;
}

let model: Weights | undefined;
let weightsVersion = 0;
/** The committed weights, decoded on first use. */
function current(): Weights {
  return (model ??= decodeWeights(trained as EncodedWeights));
}

/** Replaces the weights (tests train a small model and tag with it); undefined goes back to the committed ones. */
export function useWeights(encoded: EncodedWeights | undefined): void {
  model = encoded ? decodeWeights(encoded) : undefined;
  weightsVersion++;
}

function addFeatures(scores: Float64Array, at: number, features: readonly string[], m: Weights) {
  for (const f of features) {
    const k = m.index.get(featureHash(f));
    if (k === undefined) continue;
    for (let t = 0; t < TAG_COUNT; t++) scores[at + t]! += m.weights[k + t]! * m.scale;
  }
}

/**
 * A written form's scores for every tag, seen from each offset: what its features add to a token's score when it
 * stands at that offset from it. A form's features depend on the form alone, so this is done once per form.
 */
const formScores = perWord((t: Token): { version: number; scores: Float64Array } => scoresOf(t));

function scoresOf(t: Token): { version: number; scores: Float64Array } {
  const m = current();
  const scores = new Float64Array(OFFSETS.length * TAG_COUNT);
  OFFSETS.forEach((d, k) => addFeatures(scores, k * TAG_COUNT, wordFeatures(t, d), m));
  return { version: weightsVersion, scores };
}

let edges: { version: number; scores: Float64Array } | undefined;
function edgeScores(): Float64Array {
  if (edges?.version === weightsVersion) return edges.scores;
  const m = current();
  const scores = new Float64Array(OFFSETS.length * TAG_COUNT);
  OFFSETS.forEach((d, k) => { if (d !== 0) addFeatures(scores, k * TAG_COUNT, edgeFeatures(d), m); });
  edges = { version: weightsVersion, scores };
  return scores;
}

let ruleScores: { version: number; scores: Float64Array } | undefined;
function ruleFeatureScores(): Float64Array {
  if (ruleScores?.version === weightsVersion) return ruleScores.scores;
  const m = current();
  const scores = new Float64Array(RULE_FEATURES.length * TAG_COUNT);
  RULE_FEATURES.forEach((f, k) => { if (f) addFeatures(scores, k * TAG_COUNT, [f], m); });
  ruleScores = { version: weightsVersion, scores };
  return scores;
}

function scoresFor(t: Token): Float64Array {
  let s = formScores(t);
  // a test swapped the weights after this form was scored
  if (s.version !== weightsVersion) s = scoresOf(t);
  return s.scores;
}

/** The tags of a sentence's tokens, given what the rules marked (rule-signals.ts), and the names they make. */
export function tagTokens(tokens: readonly Token[], marks?: Uint8Array): { tags: Int32Array; spans: TaggedSpan[] } {
  const n = tokens.length;
  const T = TAG_COUNT;
  const emissions = new Float64Array(n * T);
  const edge = edgeScores();
  const rules = ruleFeatureScores();
  const forms = tokens.map(scoresFor);
  for (let i = 0; i < n; i++) {
    const at = i * T;
    for (let k = 0; k < OFFSETS.length; k++) {
      const j = i + OFFSETS[k]!;
      // a word at offset d contributes its scores «seen from d»: the row of -d's token is indexed by k
      const row = j < 0 || j >= n ? edge : forms[j]!;
      const base = k * T;
      for (let t = 0; t < T; t++) emissions[at + t]! += row[base + t]!;
    }
    const mark = marks?.[i] ?? 0;
    if (mark) for (let t = 0; t < T; t++) emissions[at + t]! += rules[mark * T + t]!;
  }
  const m = current();
  const tags = viterbi(emissions, n, m.transitions);
  return { tags, spans: spansOf(tags, emissions, m.transitions) };
}

/**
 * How much better the chosen tag of token i is than the best other tag that fits between its neighbours' tags,
 * counting the transitions to and from them: the tagger's confidence in that token.
 */
function marginAt(tags: Int32Array, emissions: Float64Array, transitions: Float64Array, i: number): number {
  const T = TAG_COUNT;
  const previous = i ? tags[i - 1]! : START;
  const next = i + 1 < tags.length ? tags[i + 1]! : -1;
  const local = (t: number) => emissions[i * T + t]! + transitions[previous * T + t]! + (next >= 0 ? transitions[t * T + next]! : 0);
  const chosen = tags[i]!;
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    if (t === chosen || !allowed(previous, t) || (next >= 0 && !allowed(t, next))) continue;
    best = Math.max(best, local(t));
  }
  return local(chosen) - best;
}

function spansOf(tags: Int32Array, emissions: Float64Array, transitions: Float64Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? TAGS[tags[i]!]! : 'O';
    if (open && !tag.startsWith('I-')) { spans.push(open); open = undefined; }
    if (tag === 'O' || i === tags.length) continue;
    const margin = marginAt(tags, emissions, transitions, i);
    if (tag.startsWith('B-')) open = { type: tag.slice(2) as SpanType, from: i, to: i + 1, margin };
    else if (open) { open.to = i + 1; open.margin = Math.min(open.margin, margin); }
  }
  return spans;
}

export { OUTSIDE, SELF };
