import { MAX_QUESTIONS, UNANSWERED, type Token } from './tokenize';
import { formIn, formsOf, type WordForm } from './morphology';
import { lexicon } from './lexicon';
import { hasArticle } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';

/**
 * What the extractor asks of a single token. Each question tries the word's readings with and without
 * its clitics (lib/extract/morphology.ts), so «لوزارة», «والناتو», «للأمم» are recognized like their stems.
 */

/**
 * Remembers a question's answer per word: the rules ask the same few questions of the same tokens again and
 * again, and a corpus repeats a few thousand words most of the time. The answer is kept on the token's word
 * (lib/extract/tokenize.ts), in a slot of its own: an array index per question instead of a lookup by string.
 * A question must depend only on the token's text, norm and kind, which its word shares.
 */
export function perWord<T>(answer: (t: Token) => T): (t: Token) => T {
  const slot = questions++;
  if (slot >= MAX_QUESTIONS)
    throw new Error(
      `perWord: more than ${MAX_QUESTIONS} questions per word; raise MAX_QUESTIONS in lib/extract/tokenize.ts`,
    );
  return (t) => {
    const answers = t.word.answers;
    const known = answers[slot];
    // only this function writes the slot, and only with a T
    if (known !== UNANSWERED) return known as T;
    const value = answer(t);
    answers[slot] = value;
    return value;
  };
}

let questions = 0;

const COMMAS = new Set(['،', ',', '؛', ';']);
export const isComma = (t: Token | undefined) => !!t && t.kind === 'punct' && COMMAS.has(t.text);
export const isPunct = (t: Token | undefined) => !!t && t.kind === 'punct';
// «no character outside the class» rather than an anchored `^[…]+$`: V8 runs that out of stack on a word of
// some million letters (a bad file with no spaces), while a search for one outsider needs no stack. A hyphen
// stands only inside a compound name («جان-إيف»: lib/extract/tokenize)
const NOT_ARABIC_LETTER = /[^\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF-]/u;
const arabicLetters = perWord((t) => t.norm.length > 0 && !NOT_ARABIC_LETTER.test(t.norm));
export const isArabicWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && arabicLetters(t);

/** A clitic-free reading, or one with only a conjunction (و/ف) in front. */
const bareOrConjunction = (f: WordForm | undefined) => (f && /^[وف]?$/u.test(f.clitics) ? f : undefined);

export const honorificForm = perWord((t: Token): WordForm | undefined =>
  isArabicWord(t) ? bareOrConjunction(formIn(t, lexicon().honorifics)) : undefined,
);

/**
 * The title reading of a word («الوزير», «ونائبة», «بالرئيس», «وزيرا»), with the singular of a dual. A title
 * behind a preposition still names its holder: «التقى بالرئيس العراقي …».
 */
export const titleForm = perWord(titleFormOf);

function titleFormOf(t: Token): (WordForm & { singular?: string }) | undefined {
  if (!isArabicWord(t)) return undefined;
  const lex = lexicon();
  for (const f of formsOf(t)) {
    const singular = lex.duals.get(f.bare);
    if (singular) return { ...f, singular };
    if (lex.titles.has(f.bare) && !isPrepositionAmam(t, f)) return f;
  }
  return undefined;
}

const AMAM = normalize('إمام');
/**
 * Normalization makes «إمام» (imam) and «أمام» (in front of) one word. Without the article the preposition is far
 * more frequent («أمام المحكمة», «امام هونج كونج»), so the title needs its hamza below written out.
 */
function isPrepositionAmam(t: Token, f: WordForm): boolean {
  return f.bare === AMAM && !f.definite && !t.text.includes('إ');
}

export const orgHeadForm = perWord(orgHeadFormOf);

function orgHeadFormOf(t: Token): WordForm | undefined {
  if (!isArabicWord(t)) return undefined;
  for (const f of formsOf(t)) if (lexicon().orgHeads.has(f.bare)) return f;
  return undefined;
}

export const countryOf = perWord(countryOfWord);

function countryOfWord(t: Token): string | undefined {
  if (!isArabicWord(t)) return undefined;
  const lex = lexicon();
  for (const f of formsOf(t)) {
    const c =
      lex.countries.get(f.stem) ?? lex.countries.get(f.bare) ?? (f.definite ? lex.nisbas.get(f.bare) : undefined);
    if (c) return c;
  }
  return undefined;
}

export const isNisba = perWord(
  (t: Token): boolean => isArabicWord(t) && formsOf(t).some((f) => f.definite && lexicon().nisbas.has(f.bare)),
);

export const isCommon = perWord((t: Token): boolean => {
  const lex = lexicon();
  return (
    lex.common.has(t.norm) ||
    (!lex.givenNames.has(t.norm) && !!formIn(t, lex.common) && !lex.organizationWords.has(t.norm))
  );
});
export const isPlace = perWord((t: Token): boolean => isArabicWord(t) && !!formIn(t, lexicon().places));
/** A word the lists know as something other than a name's: a title, an honorific, a body's head, a place, a country
 * or a nisba adjective. A plain function: each check is already cached per word. */
export function isKnownAsOtherKind(t: Token): boolean {
  return !!(titleForm(t) || honorificForm(t) || orgHeadForm(t) || isPlace(t) || countryOf(t) || isNisba(t));
}
export const isGivenName = perWord((t: Token) => isArabicWord(t) && lexicon().givenNames.has(t.norm));
export const isNameParticle = perWord((t: Token) => isArabicWord(t) && lexicon().nameParticles.has(t.norm));
export const isDefinite = perWord((t: Token) => isArabicWord(t) && formsOf(t).some((f) => f.definite));
export const isPlainDefinite = perWord((t: Token) => isArabicWord(t) && hasArticle(t.norm));

/** Anything the lexicons know as a word of roles and bodies: it never starts a name. */
export const isRoleOrBodyWord = perWord(
  (t: Token): boolean =>
    !!titleForm(t) || !!honorificForm(t) || !!orgHeadForm(t) || !!countryOf(t) || isTitleModifierOrPortfolio(t),
);

/** «العام», «الخارجية»: a word that qualifies a title, or a ministry's portfolio. */
export const isTitleModifierOrPortfolio = perWord((t: Token): boolean => {
  const lex = lexicon();
  return !!formIn(t, lex.titleModifiers) || !!formIn(t, lex.portfolios);
});

/**
 * The text of a token without its conjunction and preposition letters, as written (diacritics kept), with the
 * article's alef put back where «لل» elided it: «للأمم» → «الأمم», «لوزارة» → «وزارة».
 */
export function surfaceWithoutClitics(t: Token, f: WordForm): string {
  if (!f.clitics) return t.text;
  let letters = f.clitics.length;
  let i = 0;
  while (letters > 0 && i < t.text.length) {
    if (/[\u0621-\u064A]/u.test(t.text[i]!)) letters--;
    i++;
  }
  while (i < t.text.length && /[\u064B-\u065F\u0670\u0640]/u.test(t.text[i]!)) i++;
  const rest = t.text.slice(i);
  const elided = f.stem.startsWith('ال') && !t.norm.slice(f.clitics.length).startsWith('ال');
  return elided ? 'ا' + rest : rest;
}

/** «لكرة», «بلقبه»: a preposition in front of a known word; such a word is never part of a name. */
export const hasPrepositionOnKnownWord = perWord((t: Token): boolean => {
  const lex = lexicon();
  return formsOf(t).some(
    (f) =>
      /[بلك]$/u.test(f.clitics) &&
      (f.definite ||
        lex.common.has(f.stem) ||
        lex.genericWritten.has(f.stem) ||
        lex.places.has(f.stem) ||
        lex.countries.has(f.stem)),
  );
});

/** «كوريا الجنوبية», «الولايات المتحدة»: a country of several words starting at i, as its length. */
export function countryWordsAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first || !mayStartCountryWords(first)) return 0;
  for (const n of [3, 2]) {
    if (i + n > tokens.length) continue;
    let words = first.norm;
    for (let k = i + 1; k < i + n; k++) words += ' ' + tokens[k]!.norm;
    if (lexicon().countries.has(words)) return n;
  }
  return 0;
}

/** Whether a country name of several words begins with these words: with a space after them, they are one's beginning. */
export const beginsCountryName = (words: string): boolean => countryBeginnings().has(words);
const mayStartCountryWords = perWord((t: Token): boolean => beginsCountryName(t.norm));

let beginnings: Set<string> | undefined;
function countryBeginnings(): Set<string> {
  if (beginnings) return beginnings;
  beginnings = new Set();
  for (const name of lexicon().countries.keys()) {
    for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) beginnings.add(name.slice(0, at));
  }
  return beginnings;
}

/** The country named by the first of tokens [from, to) that names one. */
export function firstCountryIn(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    const country = countryOf(tokens[k]!);
    if (country) return country;
  }
  return undefined;
}
