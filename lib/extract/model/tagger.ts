import type { Token } from '../tokenize';
import { perWord } from '../words';
import { edgeFeatures, featureHash, featureHashOf, OFFSETS, RULE_FEATURES, visitWordFeatures } from './features';
import { ALLOWED, START, TAG_COUNT, TAG_PART, TAGS, viterbi } from './perceptron';
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
    if (k < 0) continue;
    for (let t = 0; t < TAG_COUNT; t++) scores[at + t]! += m.weights[k + t]! * m.scale;
  }
}

/**
 * A written form's scores for every tag, seen from each offset: what its features add to a token's score when it
 * stands at that offset from it. A form's features depend on the form alone, so this is done once per form.
 */
const formScores = perWord((t: Token): { version: number; scores: Float64Array } => scoresOf(t));

function scoresOf(t: Token): { version: number; scores: Float64Array } {
  const scores = new Float64Array(OFFSETS.length * TAG_COUNT);
  target.model = current();
  target.scores = scores;
  for (let k = 0; k < OFFSETS.length; k++) {
    target.at = k * TAG_COUNT;
    visitWordFeatures(t, OFFSETS[k]!, addToTarget);
  }
  return { version: weightsVersion, scores };
}

/** Where addToTarget adds a feature's weights: one module-level emitter, not a closure per word and offset. */
const target: { model: Weights | undefined; scores: Float64Array; at: number } = {
  model: undefined,
  scores: new Float64Array(0),
  at: 0,
};

function addToTarget(prefix: string, text: string, from: number, to: number): void {
  const m = target.model!;
  const w = m.index.get(featureHashOf(prefix, text, from, to));
  if (w < 0) return;
  const scores = target.scores;
  const at = target.at;
  for (let tag = 0; tag < TAG_COUNT; tag++) scores[at + tag]! += m.weights[w + tag]! * m.scale;
}

let edges: { version: number; scores: Float64Array } | undefined;
function edgeScores(): Float64Array {
  if (edges?.version === weightsVersion) return edges.scores;
  const m = current();
  const scores = new Float64Array(OFFSETS.length * TAG_COUNT);
  OFFSETS.forEach((d, k) => {
    if (d !== 0) addFeatures(scores, k * TAG_COUNT, edgeFeatures(d), m);
  });
  edges = { version: weightsVersion, scores };
  return scores;
}

let ruleScores: { version: number; scores: Float64Array } | undefined;
function ruleFeatureScores(): Float64Array {
  if (ruleScores?.version === weightsVersion) return ruleScores.scores;
  const m = current();
  const scores = new Float64Array(RULE_FEATURES.length * TAG_COUNT);
  RULE_FEATURES.forEach((f, k) => {
    if (f) addFeatures(scores, k * TAG_COUNT, [f], m);
  });
  ruleScores = { version: weightsVersion, scores };
  return scores;
}

function scoresFor(t: Token): Float64Array {
  let s = formScores(t);
  // a test swapped the weights after this form was scored
  if (s.version !== weightsVersion) s = scoresOf(t);
  return s.scores;
}

// tagTokens sums the rows of the words at -2 … +2 in one pass
if (OFFSETS.join() !== '-2,-1,0,1,2') throw new Error('tagger: tagTokens is written for the offsets -2 … 2');

let emissionTable = new Float64Array(1024);
const formRows: Float64Array[] = [];

/** The tags of a sentence's tokens, given what the rules marked (rule-signals.ts), and the names they make. */
export function tagTokens(tokens: readonly Token[], marks?: Uint8Array): { tags: Int32Array; spans: TaggedSpan[] } {
  const n = tokens.length;
  const T = TAG_COUNT;
  if (emissionTable.length < n * T) emissionTable = new Float64Array(n * T * 2);
  const emissions = emissionTable;
  const edge = edgeScores();
  const rules = ruleFeatureScores();
  const forms = formRows;
  for (let i = 0; i < n; i++) forms[i] = scoresFor(tokens[i]!);
  // token i's score: the rows of the words at -2 … +2 around it, each seen from its offset (OFFSETS is -2 … 2),
  // summed in one pass per token
  const T2 = 2 * T;
  const T3 = 3 * T;
  const T4 = 4 * T;
  for (let i = 0; i < n; i++) {
    const before2 = i >= 2 ? forms[i - 2]! : edge;
    const before1 = i >= 1 ? forms[i - 1]! : edge;
    const self = forms[i]!;
    const after1 = i + 1 < n ? forms[i + 1]! : edge;
    const after2 = i + 2 < n ? forms[i + 2]! : edge;
    const at = i * T;
    for (let t = 0; t < T; t++)
      emissions[at + t] = before2[t]! + before1[T + t]! + self[T2 + t]! + after1[T3 + t]! + after2[T4 + t]!;
    const mark = marks ? marks[i]! : 0;
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
  const chosen = tags[i]!;
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    if (t === chosen || !ALLOWED[previous * T + t] || (next >= 0 && !ALLOWED[t * T + next])) continue;
    const s = localScore(emissions, transitions, i, previous, t, next);
    if (s > best) best = s;
  }
  return localScore(emissions, transitions, i, previous, chosen, next) - best;
}

/** Token i's score for tag t between its neighbours' tags (next < 0: the last token). */
function localScore(
  emissions: Float64Array,
  transitions: Float64Array,
  i: number,
  previous: number,
  t: number,
  next: number,
): number {
  const T = TAG_COUNT;
  return emissions[i * T + t]! + transitions[previous * T + t]! + (next >= 0 ? transitions[t * T + next]! : 0);
}

function spansOf(tags: Int32Array, emissions: Float64Array, transitions: Float64Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  for (let i = 0; i <= tags.length; i++) {
    const part = i < tags.length ? TAG_PART[tags[i]!]! : 0;
    if (open && part !== 2) {
      spans.push(open);
      open = undefined;
    }
    if (part === 0) continue;
    const margin = marginAt(tags, emissions, transitions, i);
    if (part === 1) open = { type: TAGS[tags[i]!]!.slice(2) as SpanType, from: i, to: i + 1, margin };
    else if (open) {
      open.to = i + 1;
      if (margin < open.margin) open.margin = margin;
    }
  }
  return spans;
}
