import type { Token } from '../tokenize';
import {
  countryOf, honorificForm, isCommon, isDefinite, isGivenName, isNameParticle, isNisba, isPlace, orgHeadForm, titleForm,
} from '../words';
import { wordForms } from '../morphology';
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
function lexiconFlags(t: Token): string {
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
}

/** The word's kind as a name would care: Latin capitalized or not, a digit, which punctuation. */
function shapeOf(t: Token): string {
  if (t.kind === 'latin') return /^[A-Z]{2,}$/u.test(t.text) ? 'LATIN-CAPS' : /^[A-Z]/u.test(t.text) ? 'Latin' : 'latin';
  if (t.kind === 'punct') return 'punct' + t.text;
  return t.kind;
}

/**
 * The features of token t seen from `offset` words away (0: the tagged word itself), as strings: the tagger
 * hashes them (FEATURE_HASH). `dropLexicon` leaves out the lexicon flags: training drops them at random so that
 * the model does not lean on lists that were themselves read from its training text.
 */
export function wordFeatures(t: Token, offset: number, dropLexicon = false): string[] {
  const p = String(offset);
  const forms = wordForms(t.norm);
  const features = [`${p}n=${t.norm}`, `${p}k=${shapeOf(t)}`];
  if (t.kind === 'word') {
    const bare = forms[0]!.bare;
    if (bare !== t.norm) features.push(`${p}s=${bare}`);
    if (offset === 0) {
      // each clitic reading's stem: «والبرهان» shares its weights with «البرهان» and «برهان»
      for (let k = 1; k < forms.length; k++) features.push(`0s=${forms[k]!.bare}`, `0c=${forms[k]!.clitics}`);
      const n = t.norm;
      for (let len = 1; len <= 3 && len < n.length; len++) features.push(`0p${len}=${n.slice(0, len)}`, `0x${len}=${n.slice(-len)}`);
      features.push(`0len=${Math.min(n.length, 9)}`);
    } else if (Math.abs(offset) === 1) {
      const n = t.norm;
      if (n.length > 2) features.push(`${p}x2=${n.slice(-2)}`, `${p}p2=${n.slice(0, 2)}`);
    }
    if (!dropLexicon) for (const flag of lexiconFlags(t)) features.push(`${p}f=${flag}`);
  }
  if (offset === 0) features.push('bias');
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
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
