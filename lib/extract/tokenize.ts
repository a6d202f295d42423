import { normalize } from '../arabic/normalize';
import type { WordForm } from './morphology';

export type TokenKind = 'word' | 'latin' | 'number' | 'handle' | 'punct';

export interface Token {
  /** the characters as written */
  text: string;
  /** the matching form (lib/arabic/normalize) */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** a line break stands between this token and the previous one */
  afterBreak: boolean;
  /** the word as written, shared by every token written the same way */
  word: Word;
}

/**
 * One written form of a word, made once per distinct form: news text repeats a few thousand words most of the
 * time, so what the rules ask of a word (lib/extract/words.ts `perWord`) is answered once per form and kept here,
 * where a token reaches it without a lookup by string.
 */
export interface Word {
  readonly text: string;
  readonly norm: string;
  readonly kind: TokenKind;
  /** each question's answer in the slot of that question, or UNANSWERED */
  readonly answers: unknown[];
  /**
   * Where the tagger keeps this form's scores (lib/extract/model/tagger.ts): a row of its table, valid while the
   * table's generation is `modelGeneration`. Numbers on the word, not an answer slot: the tagger rewrites them
   * when its table starts over, and reads them for every token.
   */
  modelRow: number;
  modelGeneration: number;
  /** the word's readings (lib/extract/morphology.ts `formsOf`), once asked */
  forms: readonly WordForm[] | undefined;
}

/** Slots for answers per word: the rules ask some forty questions (more would be refused, not lost). */
export const MAX_QUESTIONS = 48;
export const UNANSWERED: unique symbol = Symbol('unanswered');

export function newWord(text: string, norm: string, kind: TokenKind): Word {
  // every slot filled up front: the answers are read unboxed, and every word's array has the same layout
  return {
    text,
    norm,
    kind,
    answers: new Array<unknown>(MAX_QUESTIONS).fill(UNANSWERED),
    modelRow: 0,
    modelGeneration: -1,
    forms: undefined,
  };
}

/**
 * A token of `word` at [start, end). Every token is made here, so all have one shape: the rules' hot code is
 * optimized for that shape, and a second one (a token split off a glued word) would throw it away.
 */
export function newToken(word: Word, start: number, end: number, afterBreak: boolean): Token {
  return { text: word.text, norm: word.norm, start, end, kind: word.kind, afterBreak, word };
}

/**
 * The tokens [from, to) as written, one space between each. A loop rather than slice/map/join: it runs for every
 * name and role found, and an empty slice has another array shape than a full one, which deoptimizes its callers.
 */
export function textOf(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += (k > from ? ' ' : '') + tokens[k]!.text;
  return text;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

// A word is a run of letters, marks, digits, tatweel and joiners; an @handle is one token; anything else that is not
// space is one punctuation token. Two words joined by a hyphen, letters on both sides and neither with the article,
// are one word: that is how a compound name is written («جان-إيف», «فونسن-مواتوا»), while a range («2002-2003»),
// a dash opening a line («-نعم») or an adjective pair («الأمريكية-الصينية») stays apart.
export const WORD_CHARACTER = String.raw`[\p{L}\p{M}\p{N}_\u0640\u200C\u200D]`;
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '*', '#']);
const LATIN = /^[A-Za-z][A-Za-z0-9_.'-]*$/;
// «no character that is not a digit» rather than an anchored `^\p{N}+$`: V8 runs that out of stack on a run of
// some million digits, while a search for one non-digit needs no stack
const NOT_DIGIT = /[^\p{N}]/u;

function kindOf(text: string): TokenKind {
  if (text.startsWith('@') && text.length > 1) return 'handle';
  if (text && !NOT_DIGIT.test(text)) return 'number';
  if (LATIN.test(text)) return 'latin';
  return /[\p{L}\p{N}]/u.test(text) ? 'word' : 'punct';
}

/**
 * The word written text[start, end), with its kind and matching form: made on its first sighting, then shared.
 * Found by a hash of its code units in a table of its own, so that a word seen before costs no new string (most
 * tokens of a corpus are words seen before) and no hashing of one by the engine.
 */
function wordAt(text: string, start: number, end: number): Word {
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  const length = end - start;
  const mask = wordSlots.length - 1;
  let slot = hash & mask;
  for (let word = wordSlots[slot]; word !== undefined; word = wordSlots[slot]) {
    if (word.text.length === length && text.startsWith(word.text, start)) return word;
    slot = (slot + 1) & mask;
  }
  // bounded, so that a huge corpus does not grow it forever; a token keeps its word after a clear
  if (wordCount >= WORDS_CACHE_SIZE) {
    wordSlots.fill(undefined);
    wordCount = 0;
    slot = hash & mask;
  }
  const raw = text.slice(start, end);
  const kind = kindOf(raw);
  const word = newWord(raw, kind === 'punct' ? raw : normalize(raw), kind);
  wordSlots[slot] = word;
  wordCount++;
  return word;
}

const WORDS_CACHE_SIZE = 100_000;
/** open addressing, never more than WORDS_CACHE_SIZE words in 2^18 slots: probes stay short */
const wordSlots: (Word | undefined)[] = new Array<Word | undefined>(1 << 18).fill(undefined);
let wordCount = 0;

// What a code point is to the tokenizer: a table over the BMP, built once from the same classes a regex would use
// (JavaScript's \s for space); the scan below reads it per code unit and allocates nothing between tokens.
const SPACE = 0;
const WORD = 1;
const OTHER = 2;
const WORD_CHARACTER_ONLY = new RegExp(`^${WORD_CHARACTER}$`, 'u');
const classOf = (character: string) =>
  /^\s$/u.test(character) ? SPACE : WORD_CHARACTER_ONLY.test(character) ? WORD : OTHER;
// built on first use, not on load: the background loads the extractor at every service-worker start, and reads
// pages only now and then
let BMP_CLASS: Uint8Array | undefined;
function bmpClasses(): Uint8Array {
  const table = new Uint8Array(0x10000);
  // a surrogate stays OTHER: the scan reads a pair as one code point, and a lone one is a character of its own
  for (let c = 0; c < 0x10000; c++) table[c] = c >= 0xd800 && c <= 0xdfff ? OTHER : classOf(String.fromCharCode(c));
  return table;
}

const AT = 0x40;
const NEWLINE = 0x0a;
/** [A-Za-z0-9_]: the characters of an @handle */
const isHandleCharacter = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/** Code units of the code point at i: 2 for a surrogate pair, else 1. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function classAt(text: string, i: number, width: number): number {
  return width === 1 ? BMP_CLASS![text.charCodeAt(i)]! : classOf(text.slice(i, i + 2));
}

/** Where the token starting at i ends: an @handle, a run of word characters (hyphenated ones), or one character. */
function tokenEnd(text: string, i: number, cls: number, width: number): number {
  if (text.charCodeAt(i) === AT && i + 1 < text.length && isHandleCharacter(text.charCodeAt(i + 1))) {
    let end = i + 2;
    while (end < text.length && isHandleCharacter(text.charCodeAt(end))) end++;
    return end;
  }
  let end = i + width;
  if (cls !== WORD) return end;
  let part = i;
  for (;;) {
    while (end < text.length) {
      const w = widthAt(text, end);
      if (classAt(text, end, w) !== WORD) break;
      end += w;
    }
    if (!joinsAtHyphen(text, part, end)) return end;
    part = end + 1;
    end = part;
  }
}

const HYPHEN = 0x2d;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER = /\p{L}/u;

/** Whether the hyphen at `end` joins the word part [part, end) to the word after it (see WORD_CHARACTER). */
function joinsAtHyphen(text: string, part: number, end: number): boolean {
  if (text.charCodeAt(end) !== HYPHEN || end + 1 >= text.length) return false;
  const before = end >= 2 && widthAt(text, end - 2) === 2 ? text.slice(end - 2, end) : text[end - 1]!;
  if (!LETTER_OR_MARK.test(before) || !LETTER.test(text.slice(end + 1, end + 1 + widthAt(text, end + 1)))) return false;
  return !text.startsWith(ARTICLE, part) && !text.startsWith(ARTICLE, end + 1);
}

/** the article as written, which names do not carry on either side of a hyphen */
const ARTICLE = 'ال';

/**
 * Splits an article into sentences of tokens with their offsets. A sentence ends at . ! ? ؟ and at every line
 * break: news text puts headings, datelines and captions on lines of their own, and a name never spans lines.
 */
export function tokenize(text: string): Sentence[] {
  BMP_CLASS ??= bmpClasses();
  const sentences: Sentence[] = [];
  let tokens: Token[] = [];
  const flush = () => {
    if (tokens.length) sentences.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens });
    tokens = [];
  };
  let afterBreak = false;
  let i = 0;
  while (i < text.length) {
    const width = widthAt(text, i);
    const cls = classAt(text, i, width);
    if (cls === SPACE) {
      if (text.charCodeAt(i) === NEWLINE) afterBreak = true;
      i++;
      continue;
    }
    const start = i;
    i = tokenEnd(text, start, cls, width);
    if (afterBreak) flush();
    const word = wordAt(text, start, i);
    tokens.push(newToken(word, start, i, afterBreak));
    afterBreak = false;
    if (word.kind === 'punct' && SENTENCE_END.has(word.text)) flush();
  }
  flush();
  return sentences;
}
