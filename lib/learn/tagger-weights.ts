import { useWeights } from '../extract/model/tagger';
import type { EncodedWeights } from '../extract/model/weights-format';

import { TAGGER_WEIGHTS_FILE } from './tagger-weights-file';

export { TAGGER_WEIGHTS_FILE };

/**
 * The tagger's weights for the background, read on the first page it learns from rather than at every start of
 * the service worker: they are over half the extractor's size, and MV3 restarts the worker often (its build leaves
 * them out of background.js). Reads once; a failed read is tried again on the next page.
 */
export function lazyTaggerWeights(read: () => Promise<unknown>): () => Promise<void> {
  let loaded: Promise<void> | undefined;
  return () =>
    (loaded ??= read()
      .then((w) => {
        if (!isEncodedWeights(w)) throw new Error(`${TAGGER_WEIGHTS_FILE}: not the tagger's weights`);
        useWeights(w);
      })
      .catch((e: unknown) => {
        loaded = undefined;
        throw e;
      }));
}

function isEncodedWeights(w: unknown): w is EncodedWeights {
  const o = w as Partial<EncodedWeights> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.hashes === 'string' &&
    typeof o.weights === 'string' &&
    o.weights.length > 0 &&
    typeof o.scale === 'number' &&
    Array.isArray(o.tags) &&
    Array.isArray(o.transitions)
  );
}
