/**
 * A first-order structured perceptron over BIO tags, averaged (Collins 2002): Viterbi decoding with the tag
 * transitions, weights per (feature, tag). Pure arithmetic on arrays: it runs in Node, in a worker, in a test.
 */

export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** O must stay the first tag: allOutside() and the training's tag numbers read it so. */
export const OUTSIDE = 0;

/** The row of the transition table for the start of a sentence. */
export const START = TAG_COUNT;

/** I-X only after B-X or I-X: the tags of a well-formed BIO sequence. */
export function allowed(previous: number, tag: number): boolean {
  const t = TAGS[tag]!;
  if (!t.startsWith('I-')) return true;
  if (previous === START) return false;
  const p = TAGS[previous]!;
  return p !== 'O' && p.slice(2) === t.slice(2);
}

/** allowed() as a table: ALLOWED[previous * TAG_COUNT + tag] is 1 where tag may follow previous (row START too). */
export const ALLOWED: Uint8Array = (() => {
  const table = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT);
  for (let p = 0; p <= TAG_COUNT; p++)
    for (let t = 0; t < TAG_COUNT; t++) table[p * TAG_COUNT + t] = allowed(p, t) ? 1 : 0;
  return table;
})();

/** Per tag: 0 for O, 1 for B-, 2 for I-. */
export const TAG_PART: Uint8Array = Uint8Array.from(TAGS, (t) => (t === 'O' ? 0 : t.startsWith('B-') ? 1 : 2));

/**
 * The best tag sequence for n tokens: `emissions[i * TAG_COUNT + tag]` is token i's score for tag,
 * `transitions[previous * TAG_COUNT + tag]` the score of tag after previous (row START: the first token).
 */
export function viterbi(
  emissions: ArrayLike<number>,
  n: number,
  transitions: ArrayLike<number>,
  out: Int32Array = new Int32Array(n),
): Int32Array {
  if (n === 0) return out;
  const T = TAG_COUNT;
  // the tables are kept between calls: a sentence at a time, most of extraction's sentences are short
  if (scoreTable.length < n * T) {
    scoreTable = new Float64Array(n * T * 2);
    backTable = new Int32Array(n * T * 2);
  }
  const score = scoreTable;
  const back = backTable;
  for (let t = 0; t < T; t++)
    score[t] = ALLOWED[START * T + t] ? emissions[t]! + transitions[START * T + t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    // the previous token's scores, read once rather than once per tag (the loop below is unrolled over them)
    const s0 = score[prev]!;
    const s1 = score[prev + 1]!;
    const s2 = score[prev + 2]!;
    const s3 = score[prev + 3]!;
    const s4 = score[prev + 4]!;
    const s5 = score[prev + 5]!;
    const s6 = score[prev + 6]!;
    const s7 = score[prev + 7]!;
    const s8 = score[prev + 8]!;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let from = 0;
      if (TAG_PART[t] === 2) {
        // I-X follows only B-X (the tag before it in TAGS) or I-X
        const b = score[prev + t - 1]! + transitions[(t - 1) * T + t]!;
        const c = score[prev + t]! + transitions[t * T + t]!;
        if (b >= c) {
          best = b;
          from = t - 1;
        } else {
          best = c;
          from = t;
        }
      } else {
        // the best previous tag, the first of equals: what a loop over p with \`s > best\` finds
        let s = s0 + transitions[t]!;
        if (s > best) best = s;
        s = s1 + transitions[T + t]!;
        if (s > best) {
          best = s;
          from = 1;
        }
        s = s2 + transitions[2 * T + t]!;
        if (s > best) {
          best = s;
          from = 2;
        }
        s = s3 + transitions[3 * T + t]!;
        if (s > best) {
          best = s;
          from = 3;
        }
        s = s4 + transitions[4 * T + t]!;
        if (s > best) {
          best = s;
          from = 4;
        }
        s = s5 + transitions[5 * T + t]!;
        if (s > best) {
          best = s;
          from = 5;
        }
        s = s6 + transitions[6 * T + t]!;
        if (s > best) {
          best = s;
          from = 6;
        }
        s = s7 + transitions[7 * T + t]!;
        if (s > best) {
          best = s;
          from = 7;
        }
        s = s8 + transitions[8 * T + t]!;
        if (s > best) {
          best = s;
          from = 8;
        }
      }
      score[i * T + t] = best + emissions[i * T + t]!;
      back[i * T + t] = from;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t]! > score[(n - 1) * T + last]!) last = t;
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
  return out;
}

// viterbi() reads the previous token's nine scores into nine locals
if (TAG_COUNT !== 9) throw new Error('perceptron: viterbi is written for nine tags');

let scoreTable = new Float64Array(1024);
let backTable = new Int32Array(1024);

/**
 * Per tag t: a lower bound of what the transitions take away when a path of all O is changed to have t at one
 * token (the transition into t against O's, and out of t back to O against O's, or nothing when the next token
 * is tagged too: that one is counted at the next token).
 */
export function outsideBounds(transitions: ArrayLike<number>): Float64Array {
  const T = TAG_COUNT;
  const bounds = new Float64Array(T);
  const intoOutside = Math.min(transitions[START * T + OUTSIDE]!, transitions[OUTSIDE * T + OUTSIDE]!);
  for (let t = 0; t < T; t++) {
    if (t === OUTSIDE) continue;
    let into = -Infinity;
    for (let p = 0; p <= T; p++) if (ALLOWED[p * T + t]) into = Math.max(into, transitions[p * T + t]!);
    const back = transitions[OUTSIDE * T + OUTSIDE]! - transitions[t * T + OUTSIDE]!;
    bounds[t] = intoOutside - into + Math.min(0, back);
  }
  return bounds;
}

/** How far allOutside() wants O ahead of every other tag, beyond the bounds: far above the sums' rounding. */
const SURELY = 1e-6;

/**
 * Whether O at every token is the one best sequence, read off the scores without decoding: it is when at each
 * token O beats every other tag by more than the most the transitions could give that tag (outsideBounds).
 * Most sentences name nobody: they need no Viterbi and no spans.
 */
export function allOutside(emissions: ArrayLike<number>, n: number, bounds: ArrayLike<number>): boolean {
  const T = TAG_COUNT;
  for (let i = 0; i < n; i++) {
    const at = i * T;
    const outside = emissions[at + OUTSIDE]!;
    for (let t = 1; t < T; t++) if (outside - emissions[at + t]! + bounds[t]! <= SURELY) return false;
  }
  return true;
}

/** One training sentence: for each token, the ids of its features, and its gold tag. */
export interface Example {
  features: Int32Array[];
  tags: Int32Array;
}

/** mulberry32: a small seeded generator, so that training visits sentences in the same order every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the seeded generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let k = items.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [items[k], items[j]] = [items[j]!, items[k]!];
  }
  return items;
}

/** Averaged weights after training: per feature id, TAG_COUNT weights; and the transition table. */
export interface TrainedWeights {
  /** weights[feature * TAG_COUNT + tag] */
  weights: Float64Array;
  transitions: Float64Array;
}

/**
 * Trains on the examples for `epochs` passes in a seeded order. Averaging is done lazily: each weight keeps the
 * sum of its updates weighted by when they happened, and the average is read off at the end.
 */
export function train(examples: Example[], featureCount: number, epochs: number, seed: number): TrainedWeights {
  const T = TAG_COUNT;
  const w = new Float64Array(featureCount * T);
  const u = new Float64Array(featureCount * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const random = seededRandom(seed);
  const order = examples.map((_, k) => k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const ex = examples[k]!;
      const n = ex.tags.length;
      const emissions = new Float64Array(n * T);
      for (let i = 0; i < n; i++) {
        for (const f of ex.features[i]!) for (let t = 0; t < T; t++) emissions[i * T + t]! += w[f * T + t]!;
      }
      const guess = viterbi(emissions, n, tw);
      for (let i = 0; i < n; i++) {
        const gold = ex.tags[i]!;
        const got = guess[i]!;
        const goldPrev = i ? ex.tags[i - 1]! : START;
        const gotPrev = i ? guess[i - 1]! : START;
        if (gold !== got) {
          for (const f of ex.features[i]!) {
            w[f * T + gold]! += 1;
            u[f * T + gold]! += c;
            w[f * T + got]! -= 1;
            u[f * T + got]! -= c;
          }
        }
        if (gold !== got || goldPrev !== gotPrev) {
          tw[goldPrev * T + gold]! += 1;
          tu[goldPrev * T + gold]! += c;
          tw[gotPrev * T + got]! -= 1;
          tu[gotPrev * T + got]! -= c;
        }
      }
      c++;
    }
  }
  for (let k = 0; k < w.length; k++) w[k] = w[k]! - u[k]! / c;
  for (let k = 0; k < tw.length; k++) tw[k] = tw[k]! - tu[k]! / c;
  return { weights: w, transitions: tw };
}
