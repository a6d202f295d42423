import { normalize } from '../arabic/normalize';

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
  /** the answers found so far, each in the slot of its question */
  readonly answers: ({ value: unknown } | undefined)[];
}

export function newWord(text: string, norm: string, kind: TokenKind): Word {
  return { text, norm, kind, answers: [] };
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

// A word is a run of letters, marks, digits, tatweel and joiners; an @handle is one token; anything else that is not
// space is one punctuation token. (Arabic words contain no apostrophes or hyphens that matter for names.)
const TOKEN = /@[A-Za-z0-9_]+|[\p{L}\p{M}\p{N}_\u0640\u200C\u200D]+|\S/gu;
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '*', '#']);
const LATIN = /^[A-Za-z][A-Za-z0-9_.'-]*$/;
const NUMBER = /^[\p{N}]+$/u;

function kindOf(text: string): TokenKind {
  if (text.startsWith('@') && text.length > 1) return 'handle';
  if (NUMBER.test(text)) return 'number';
  if (LATIN.test(text)) return 'latin';
  return /[\p{L}\p{N}]/u.test(text) ? 'word' : 'punct';
}

/** The word written `raw`, with its kind and matching form: made on its first sighting, then shared. */
function wordOf(raw: string): Word {
  let word = words.get(raw);
  if (!word) {
    const kind = kindOf(raw);
    word = newWord(raw, kind === 'punct' ? raw : normalize(raw), kind);
    // bounded, so that a huge corpus does not grow it forever; a token keeps its word after a clear
    if (words.size >= WORDS_CACHE_SIZE) words.clear();
    words.set(raw, word);
  }
  return word;
}

const WORDS_CACHE_SIZE = 100_000;
const words = new Map<string, Word>();

/**
 * Splits an article into sentences of tokens with their offsets. A sentence ends at . ! ? ؟ and at every line
 * break: news text puts headings, datelines and captions on lines of their own, and a name never spans lines.
 */
export function tokenize(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: Token[] = [];
  let lastEnd = 0;
  const flush = () => {
    if (tokens.length) sentences.push({ start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens });
    tokens = [];
  };
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const gap = text.slice(lastEnd, start);
    const afterBreak = gap.includes('\n');
    if (afterBreak) flush();
    const word = wordOf(raw);
    const kind = word.kind;
    tokens.push({ text: raw, norm: word.norm, start, end: start + raw.length, kind, afterBreak, word });
    lastEnd = start + raw.length;
    if (kind === 'punct' && SENTENCE_END.has(raw)) flush();
  }
  flush();
  return sentences;
}
