import { splitGluedTitles } from '../glued';
import { findOrganizations } from '../organizations';
import { findPersons } from '../persons';
import { tokenize, type Token } from '../tokenize';
import { edgeFeatures, featureHash, OFFSETS, RULE_FEATURES, wordFeatures } from './features';
import { OUTSIDE, seededRandom, TAG_COUNT, TAGS, train, type Example } from './perceptron';
import { ruleMarks } from './rule-signals';
import { encodeWeights, type EncodedWeights } from './weights-format';

/** A sentence of a tagged corpus (ANERcorp's CoNLL files): its words and their BIO tags. */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** features seen fewer times than this are not learned (they would overfit and fill the weights) */
  minCount: number;
  /** how often a token's lexicon flags and rule signals are left out (their lists come from the same corpus) */
  dropout: number;
  /**
   * how often a token's own written forms are left out, so that the model learns to read a name from its shape
   * and its neighbours too, as it must for the names it never saw
   */
  wordDropout: number;
  about: string;
}

export const DEFAULT_TRAINING: Omit<TrainingOptions, 'about'> = {
  epochs: 10,
  seed: 12,
  minCount: 3,
  dropout: 0.5,
  wordDropout: 0,
};

/** A sentence as Kashif reads it: the corpus's words joined by spaces, tokenized, with the tags carried over. */
export interface ReadSentence {
  tokens: Token[];
  tags: Int32Array;
}

/**
 * Tokenizes a tagged sentence the way extraction does (lib/extract/tokenize, glued titles split), so that the
 * model learns on the tokens it will see: a corpus word that tokenizes to several tokens passes its tag to the
 * first and I- to the others.
 */
export function readTagged(sentence: TaggedSentence): ReadSentence[] {
  let text = '';
  const starts: number[] = [];
  sentence.words.forEach((w, k) => {
    if (k) text += ' ';
    starts.push(text.length);
    text += w;
  });
  const tagIndex = sentence.tags.map((tag) => {
    const k = (TAGS as readonly string[]).indexOf(tag);
    if (k < 0) throw new Error(`training corpus: unknown tag «${tag}»`);
    return k;
  });
  const read: ReadSentence[] = [];
  for (const s of tokenize(text).map(splitGluedTitles)) {
    const tags = new Int32Array(s.tokens.length);
    let word = 0;
    let previousWord = -1;
    s.tokens.forEach((t, k) => {
      while (word + 1 < starts.length && starts[word + 1]! <= t.start) word++;
      const tag = tagIndex[word]!;
      const continued = word === previousWord && tag !== OUTSIDE;
      // a sentence split inside a name («د. محمد»): its first token here begins the name
      const begins = !continued && k === 0 && TAGS[tag]!.startsWith('I-');
      tags[k] = continued && TAGS[tag]!.startsWith('B-') ? tag + 1 : begins ? tag - 1 : tag;
      previousWord = word;
    });
    read.push({ tokens: s.tokens, tags });
  }
  return read;
}

/** Every feature string of token i of a sentence, for training (lexicon flags and rule signal maybe dropped). */
export function tokenFeatures(
  tokens: readonly Token[],
  i: number,
  marks: Uint8Array,
  drop: boolean,
  dropWord = false,
): string[] {
  const features: string[] = [];
  for (const d of OFFSETS) {
    const t = tokens[i + d];
    features.push(...(t ? wordFeatures(t, d, drop, dropWord) : edgeFeatures(d)));
  }
  if (marks[i] && !drop) features.push(RULE_FEATURES[marks[i]!]!);
  return features;
}

/** Trains the tagger on tagged sentences; the same sentences and options give the same weights, byte for byte. */
export function trainTagger(sentences: TaggedSentence[], options: TrainingOptions): EncodedWeights {
  const random = seededRandom(options.seed);
  const read = sentences.flatMap(readTagged);
  const hashed: { hashes: number[][]; tags: Int32Array }[] = [];
  const counts = new Map<number, number>();
  for (const s of read) {
    const marks = ruleMarks(
      s.tokens,
      findPersons({ start: 0, end: 0, tokens: s.tokens }),
      findOrganizations({ start: 0, end: 0, tokens: s.tokens }),
    );
    const hashes = s.tokens.map((_, i) => {
      const drop = random() < options.dropout;
      // no draw when word dropout is off: the weights stay those of a model trained without it
      const dropWord = options.wordDropout > 0 && random() < options.wordDropout;
      return tokenFeatures(s.tokens, i, marks, drop, dropWord).map(featureHash);
    });
    for (const hs of hashes) for (const h of hs) counts.set(h, (counts.get(h) ?? 0) + 1);
    hashed.push({ hashes, tags: s.tags });
  }
  const ids = new Map<number, number>();
  const hashOf: number[] = [];
  for (const [h, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n < options.minCount) continue;
    ids.set(h, hashOf.length);
    hashOf.push(h);
  }
  const examples: Example[] = hashed.map(({ hashes, tags }) => ({
    features: hashes.map((hs) => Int32Array.from([...new Set(hs.filter((h) => ids.has(h)).map((h) => ids.get(h)!))])),
    tags,
  }));
  const trained = train(examples, hashOf.length, options.epochs, options.seed);
  const byHash = new Map<number, Float64Array>();
  hashOf.forEach((h, id) => byHash.set(h, trained.weights.subarray(id * TAG_COUNT, (id + 1) * TAG_COUNT)));
  return encodeWeights(byHash, trained.transitions, options.about);
}
