import { describe, expect, it, afterEach } from 'vitest';
import { trainTagger, type TaggedSentence } from '../../lib/extract/model/training';
import { tagTokens, useWeights } from '../../lib/extract/model/tagger';
import { decodeWeights } from '../../lib/extract/model/weights-format';
import { tokenize } from '../../lib/extract/tokenize';
import fc from 'fast-check';
import { allOutside, outsideBounds, TAGS, viterbi, TAG_COUNT } from '../../lib/extract/model/perceptron';

// A small made-up corpus in ANERcorp's layout: a person after «قال», a body after «أعلنت».
const sentence = (line: string): TaggedSentence => {
  const pairs = line.split(' ').map((p) => p.split('/'));
  return { words: pairs.map((p) => p[0]!), tags: pairs.map((p) => p[1] ?? 'O') };
};
const corpus = [
  'قال/O سمير/B-PERS خليل/I-PERS إن/O الوفد/O وصل/O ./O',
  'قال/O رامي/B-PERS حداد/I-PERS إن/O الاجتماع/O انتهى/O ./O',
  'أعلنت/O شركة/B-ORG نوران/I-ORG أنها/O ستفتح/O فرعا/O ./O',
  'أعلنت/O شركة/B-ORG زيتون/I-ORG أنها/O ستغلق/O مصنعا/O في/O عمان/B-LOC ./O',
  'وصل/O كريم/B-PERS حداد/I-PERS إلى/O عمان/B-LOC ./O',
  'قال/O نادر/B-PERS خليل/I-PERS إن/O الشركة/O ربحت/O ./O',
].map(sentence);
const options = { epochs: 5, seed: 7, minCount: 1, dropout: 0.3, wordDropout: 0.2, about: 'test' };

afterEach(() => useWeights(undefined));

describe('training the tagger', () => {
  it('gives the same weights, byte for byte, for the same corpus and options', () => {
    const a = JSON.stringify(trainTagger(corpus, options));
    const b = JSON.stringify(
      trainTagger(
        corpus.map((s) => ({ words: [...s.words], tags: [...s.tags] })),
        options,
      ),
    );
    expect(a).toBe(b);
  });

  it('depends on the seed that orders the sentences', () => {
    const a = JSON.stringify(trainTagger(corpus, options));
    const b = JSON.stringify(trainTagger(corpus, { ...options, seed: 8 }));
    expect(a).not.toBe(b);
  });

  it('learns the corpus: a trained model tags a sentence like its training sentences', () => {
    useWeights(trainTagger(corpus, { ...options, epochs: 10 }));
    const tokens = tokenize('قال سمير حداد إن الوفد وصل .')[0]!.tokens;
    const { spans } = tagTokens(tokens);
    expect(spans.map((s) => [s.type, s.from, s.to])).toContainEqual(['PERS', 1, 3]);
  });

  it('refuses an unknown tag, naming it', () => {
    expect(() => trainTagger([{ words: ['قال'], tags: ['B-PER'] }], options)).toThrow(/B-PER/);
  });

  it('stores weights that decode to one signed byte per tag and feature', () => {
    const decoded = decodeWeights(trainTagger(corpus, options));
    expect(decoded.weights.length).toBe(decoded.index.size * TAG_COUNT);
    expect(decoded.transitions.length).toBe((TAG_COUNT + 1) * TAG_COUNT);
  });
});

describe('decoding', () => {
  it('never puts I- after O or at the start of a sentence, whatever the scores', () => {
    const n = 3;
    const emissions = new Float64Array(n * TAG_COUNT);
    // I-PERS scores highest everywhere
    for (let i = 0; i < n; i++) emissions[i * TAG_COUNT + TAGS.indexOf('I-PERS')] = 10;
    const tags = [...viterbi(emissions, n, new Float64Array((TAG_COUNT + 1) * TAG_COUNT))].map((t) => TAGS[t]);
    expect(tags[0]).not.toMatch(/^I-/);
    for (let i = 1; i < n; i++) if (tags[i]!.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tags[i]!.slice(2));
  });

  it('skips decoding only for sentences whose best sequence is O everywhere', () => {
    const T = TAG_COUNT;
    let skipped = 0;
    let decoded = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: (T + 1) * T, maxLength: (T + 1) * T }),
        fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: 6 * T, maxLength: 6 * T }),
        fc.double({ min: 0, max: 14, noNaN: true }),
        (n, transitions, scores, lead) => {
          // O ahead of the other tags by `lead` on average: some sentences are surely O, some are not
          const emissions = Float64Array.from(scores.slice(0, n * T), (x, k) => (k % T === 0 ? x + lead : x));
          const transitionTable = Float64Array.from(transitions);
          const best = [...viterbi(emissions, n, transitionTable)];
          if (allOutside(emissions, n, outsideBounds(transitionTable))) {
            skipped++;
            expect(best).toEqual(new Array(n).fill(0));
          } else decoded++;
        },
      ),
      { numRuns: 3000, seed: 3 },
    );
    expect(skipped).toBeGreaterThan(100);
    expect(decoded).toBeGreaterThan(100);
  });
});
