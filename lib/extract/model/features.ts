import type { Token } from '../tokenize';
import {
  countryOf,
  honorificForm,
  isCommon,
  isDefinite,
  isGivenName,
  isNameParticle,
  isNisba,
  isPlace,
  orgHeadForm,
  perWord,
  titleForm,
} from '../words';
import { formsOf } from '../morphology';
import { lexicon } from '../lexicon';

/**
 * The features of the sequence tagger. Every feature but the rule signals depends on one word and on where it
 * stands relative to the word being tagged (OFFSETS), so the tagger can add up a word's weights once per written
 * form and per offset and reuse the sum wherever the form recurs (tagger.ts).
 */

/** Where a feature's word stands relative to the tagged word. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;
/** The index of offset 0 in OFFSETS. */
export const SELF = 2;

/** The pseudo-words before the first and after the last token of a sentence. */
export const EDGE_BEFORE = '<s>';
export const EDGE_AFTER = '</s>';

/** What a word is for the lexicons: one letter per list it belongs to (a given name, a title …). */
const lexiconFlags = perWord((t: Token): string => {
  if (t.kind !== 'word') return '';
  const lex = lexicon();
  let flags = '';
  if (isGivenName(t)) flags += 'G';
  if (titleForm(t)) flags += 'T';
  if (honorificForm(t)) flags += 'H';
  if (orgHeadForm(t)) flags += 'O';
  if (countryOf(t)) flags += 'C';
  if (isNisba(t)) flags += 'N';
  if (isCommon(t)) flags += 'c';
  if (lex.generic.has(t.norm)) flags += 'g';
  if (lex.functionWords.has(t.norm)) flags += 'F';
  if (isPlace(t)) flags += 'L';
  if (lex.organizationWords.has(t.norm)) flags += 'W';
  if (isNameParticle(t)) flags += 'P';
  if (isDefinite(t)) flags += 'D';
  return flags;
});

/** The word's kind as a name would care: Latin capitalized or not, a digit, which punctuation. */
function shapeOf(t: Token): string {
  if (t.kind === 'latin')
    return /^[A-Z]{2,}$/u.test(t.text) ? 'LATIN-CAPS' : /^[A-Z]/u.test(t.text) ? 'Latin' : 'latin';
  if (t.kind === 'punct') return 'punct' + t.text;
  return t.kind;
}

/**
 * Receives one feature: its kind and offset («-1n=») and its value, `text` or the part [from, to) of it; the
 * feature is their concatenation. (Parts, so that affixes are hashed without a string made for each.)
 */
export type EmitFeature = (prefix: string, text: string, from: number, to: number) => void;

const LENGTHS = Array.from({ length: 10 }, (_, k) => String(k));

/** The prefixes of each kind of feature at each offset (indexed by offset + SELF), made once: «-1n=», «0s=», … */
interface Prefixes {
  n: string;
  k: string;
  s: string;
  c: string;
  len: string;
  f: string;
  p: string[];
  x: string[];
}
const PREFIXES: readonly Prefixes[] = OFFSETS.map((d) => ({
  n: `${d}n=`,
  k: `${d}k=`,
  s: `${d}s=`,
  c: `${d}c=`,
  len: `${d}len=`,
  f: `${d}f=`,
  p: ['', `${d}p1=`, `${d}p2=`, `${d}p3=`],
  x: ['', `${d}x1=`, `${d}x2=`, `${d}x3=`],
}));

/**
 * The features of token t seen from `offset` words away (0: the tagged word itself), given to `emit`.
 * `dropLexicon` leaves out the lexicon flags: training drops them at random so that the model does not lean on
 * lists that were themselves read from its training text.
 */
export function visitWordFeatures(
  t: Token,
  offset: number,
  emit: EmitFeature,
  dropLexicon = false,
  dropWord = false,
): void {
  // no closures here: this runs for every new word at every offset
  const pre = PREFIXES[offset + SELF]!;
  const forms = formsOf(t);
  const n = t.norm;
  const word = !dropWord || offset !== 0;
  if (word) emit(pre.n, n, 0, n.length);
  const shape = shapeOf(t);
  emit(pre.k, shape, 0, shape.length);
  if (t.kind === 'word') {
    const bare = forms[0]!.bare;
    if (bare !== n && word) emit(pre.s, bare, 0, bare.length);
    if (offset === 0) {
      // each clitic reading's stem: «والبرهان» shares its weights with «البرهان» and «برهان»
      for (let k = 1; k < forms.length; k++) {
        const f = forms[k]!;
        if (word) emit(pre.s, f.bare, 0, f.bare.length);
        emit(pre.c, f.clitics, 0, f.clitics.length);
      }
      for (let len = 1; len <= 3 && len < n.length; len++) {
        emit(pre.p[len]!, n, 0, len);
        emit(pre.x[len]!, n, n.length - len, n.length);
      }
      const length = LENGTHS[Math.min(n.length, 9)]!;
      emit(pre.len, length, 0, length.length);
    } else if ((offset === 1 || offset === -1) && n.length > 2) {
      emit(pre.x[2]!, n, n.length - 2, n.length);
      emit(pre.p[2]!, n, 0, 2);
    }
    if (!dropLexicon) {
      const flags = lexiconFlags(t);
      for (let k = 0; k < flags.length; k++) emit(pre.f, flags, k, k + 1);
    }
  }
  if (offset === 0) emit('bias', '', 0, 0);
}

/** The features of visitWordFeatures as strings. */
export function wordFeatures(t: Token, offset: number, dropLexicon = false, dropWord = false): string[] {
  const features: string[] = [];
  visitWordFeatures(
    t,
    offset,
    (prefix, text, from, to) => features.push(prefix + text.slice(from, to)),
    dropLexicon,
    dropWord,
  );
  return features;
}

/** The features of the sentence's edge seen from the tagged word. */
export function edgeFeatures(offset: number): string[] {
  return [`${offset}n=${offset < 0 ? EDGE_BEFORE : EDGE_AFTER}`];
}

/** What the rules said of a token (the rule signals): part of a person or a body they found, and where. */
export type RuleMark = 0 | 1 | 2 | 3 | 4;
export const RULE_NONE = 0;
export const RULE_PERSON_BEGIN = 1;
export const RULE_PERSON_INSIDE = 2;
export const RULE_ORG_BEGIN = 3;
export const RULE_ORG_INSIDE = 4;
export const RULE_FEATURES = ['', 'r=PB', 'r=PI', 'r=OB', 'r=OI'] as const;

/** FNV-1a over the feature's string, 32 bits: the key the weights are stored under. */
export function featureHash(feature: string): number {
  return fnvOver(0x811c9dc5, feature) >>> 0;
}

/** featureHash(prefix + text.slice(from, to)), without making the string: the tagger hashes every new word's features. */
export function featureHashOf(prefix: string, text: string, from: number, to: number): number {
  return fnvOver(fnvOver(0x811c9dc5, prefix), text, from, to) >>> 0;
}

function fnvOver(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
