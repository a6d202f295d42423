import type { Token } from '../tokenize';
import { edgeFeatures, featureHash, featureHashOf, OFFSETS, RULE_FEATURES, visitWordFeatures } from './features';
import { allOutside, ALLOWED, outsideBounds, START, TAG_COUNT, TAG_PART, TAGS, viterbi } from './perceptron';
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

/** A form's row: its scores for every tag seen from each offset, what its features add to a token at that offset. */
const ROW = OFFSETS.length * TAG_COUNT;
/** Rows the table keeps before it starts over (about 12 MB): a corpus repeats a few thousand forms most of the time. */
const MAX_ROWS = 1 << 16;

/**
 * Every form's row, one after another in one array, and row 0 for the sentence's edges. A form's features depend
 * on the form alone, so its row is made once and reached through the number its word keeps (Word.modelRow): five
 * neighbours' rows are read from one array, not from five objects. The rows hold sums of the quantized weights
 * (whole numbers, exact in a float), scaled when a token's scores are added up.
 */
class RowTable {
  rows: Float32Array = new Float32Array(ROW * 4096);
  used = 1;
  generation = 0;
  private edge: Float32Array = new Float32Array(ROW);

  /**
   * Empties the table: every word's row is made again when next seen (the weights changed, or it was full).
   * `edge`: new weights' row for the sentence's edges.
   */
  startOver(edge?: Float32Array): void {
    if (edge) this.edge = edge;
    this.used = 1;
    this.generation++;
    this.rows.set(this.edge);
  }

  rowOf(t: Token, m: Weights): number {
    const word = t.word;
    if (word.modelGeneration === this.generation) return word.modelRow;
    const row = this.used++;
    if (this.used * ROW > this.rows.length) {
      const grown = new Float32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows.fill(0, row * ROW, (row + 1) * ROW);
    target.model = m;
    target.rows = this.rows;
    for (let k = 0; k < OFFSETS.length; k++) {
      target.at = row * ROW + k * TAG_COUNT;
      visitWordFeatures(t, OFFSETS[k]!, addToTarget);
    }
    word.modelRow = row;
    word.modelGeneration = this.generation;
    return row;
  }
}

const table = new RowTable();

/** Where addToTarget adds a feature's weights: one module-level emitter, not a closure per word and offset. */
const target: { model: Weights | undefined; rows: Float32Array; at: number } = {
  model: undefined,
  rows: new Float32Array(0),
  at: 0,
};

function addToTarget(prefix: string, text: string, from: number, to: number): void {
  const m = target.model!;
  const w = m.index.get(featureHashOf(prefix, text, from, to));
  if (w < 0) return;
  const rows = target.rows;
  const at = target.at;
  for (let tag = 0; tag < TAG_COUNT; tag++) rows[at + tag]! += m.weights[w + tag]!;
}

/** What the current weights need besides the rows: the rule signals' scores and the bounds of allOutside(). */
interface Decoding {
  version: number;
  /** RULE_FEATURES.length × TAG_COUNT, scaled */
  rules: Float64Array;
  /** per tag, the least that choosing it instead of O can gain from the transitions (allOutside) */
  outsideBound: Float64Array;
}

let decoding: Decoding | undefined;
function currentDecoding(m: Weights): Decoding {
  if (decoding?.version === weightsVersion) return decoding;
  const edge = new Float64Array(ROW);
  OFFSETS.forEach((d, k) => {
    if (d !== 0) addFeatures(edge, k * TAG_COUNT, edgeFeatures(d), m);
  });
  // the edge row, like every row, in weight bytes
  table.startOver(Float32Array.from(edge, (x) => Math.round(x / m.scale)));
  const rules = new Float64Array(RULE_FEATURES.length * TAG_COUNT);
  RULE_FEATURES.forEach((f, k) => {
    if (f) addFeatures(rules, k * TAG_COUNT, [f], m);
  });
  decoding = { version: weightsVersion, rules, outsideBound: outsideBounds(m.transitions) };
  return decoding;
}

// the sum below reads the rows of the words at -2 … +2 in one pass
if (OFFSETS.join() !== '-2,-1,0,1,2') throw new Error('tagger: tagTokens is written for the offsets -2 … 2');

let emissionTable = new Float64Array(1024);
let rowIndex = new Int32Array(256);

/** The tags of a sentence's tokens, given what the rules marked (rule-signals.ts), and the names they make. */
export function tagTokens(tokens: readonly Token[], marks?: Uint8Array): { tags: Int32Array; spans: TaggedSpan[] } {
  const n = tokens.length;
  const T = TAG_COUNT;
  const m = current();
  const { rules, outsideBound } = currentDecoding(m);
  if (emissionTable.length < n * T) emissionTable = new Float64Array(n * T * 2);
  if (rowIndex.length < n) rowIndex = new Int32Array(n * 2);
  // a new sentence may start the table over, never a sentence halfway: its rows stay valid until it is tagged
  if (table.used + n > MAX_ROWS) table.startOver();
  const emissions = emissionTable;
  const at = rowIndex;
  // a word already in the table is read here, not through a call: this runs for every token
  const generation = table.generation;
  for (let i = 0; i < n; i++) {
    const word = tokens[i]!.word;
    at[i] = (word.modelGeneration === generation ? word.modelRow : table.rowOf(tokens[i]!, m)) * ROW;
  }
  const rows = table.rows;
  const scale = m.scale;
  // token i's score: the rows of the words at -2 … +2 around it, each seen from its offset (row 0: the edges)
  const T2 = 2 * T;
  const T3 = 3 * T;
  const T4 = 4 * T;
  for (let i = 0; i < n; i++) {
    const before2 = i >= 2 ? at[i - 2]! : 0;
    const before1 = (i >= 1 ? at[i - 1]! : 0) + T;
    const self = at[i]! + T2;
    const after1 = (i + 1 < n ? at[i + 1]! : 0) + T3;
    const after2 = (i + 2 < n ? at[i + 2]! : 0) + T4;
    const e = i * T;
    for (let t = 0; t < T; t++)
      emissions[e + t] =
        scale * (rows[before2 + t]! + rows[before1 + t]! + rows[self + t]! + rows[after1 + t]! + rows[after2 + t]!);
    const mark = marks ? marks[i]! : 0;
    if (mark) for (let t = 0; t < T; t++) emissions[e + t]! += rules[mark * T + t]!;
  }
  if (allOutside(emissions, n, outsideBound)) return { tags: new Int32Array(n), spans: [] };
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
