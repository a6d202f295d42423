/**
 * The file the extension's build ships the tagger's weights in, beside background.js, and the committed weights it
 * copies there (see wxt.config.ts and tagger-weights.ts). A file of its own: the build config reads it without
 * loading the extractor.
 */
export const TAGGER_WEIGHTS_FILE = 'tagger-weights.json';
export const COMMITTED_WEIGHTS = 'lib/extract/model/weights.json';
