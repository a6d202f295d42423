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

/**
 * A word's kind and matching form, remembered: news text repeats a few thousand words most of the time, and
 * handing out the same `norm` string for the same word makes every later lookup by it (lib/extract/words.ts)
 * a pointer comparison.
 */
function readingOf(raw: string): { kind: TokenKind; norm: string } {
  let reading = readings.get(raw);
  if (!reading) {
    const kind = kindOf(raw);
    reading = { kind, norm: kind === 'punct' ? raw : normalize(raw) };
    if (readings.size >= READINGS_CACHE_SIZE) readings.clear();
    readings.set(raw, reading);
  }
  return reading;
}

const READINGS_CACHE_SIZE = 100_000;
const readings = new Map<string, { kind: TokenKind; norm: string }>();

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
    const { kind, norm } = readingOf(raw);
    tokens.push({ text: raw, norm, start, end: start + raw.length, kind, afterBreak });
    lastEnd = start + raw.length;
    if (kind === 'punct' && SENTENCE_END.has(raw)) flush();
  }
  flush();
  return sentences;
}
