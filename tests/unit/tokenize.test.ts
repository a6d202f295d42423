import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, WORD_CHARACTER } from '../../lib/extract/tokenize';

/** The tokenizer's definition as one regex: the hand-written scan must split every text exactly as it does. */
const W = WORD_CHARACTER;
const HYPHENATED = String.raw`(?!ال)${W}+(?:(?<=[\p{L}\p{M}])-(?=\p{L})(?!ال)${W}+)+`;
const TOKEN = new RegExp(String.raw`@[A-Za-z0-9_]+|${HYPHENATED}|${W}+|\S`, 'gu');

function byRegex(text: string) {
  const sentences: { text: string; start: number; afterBreak: boolean }[][] = [];
  let tokens: { text: string; start: number; afterBreak: boolean }[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const afterBreak = text.slice(lastEnd, m.index).includes('\n');
    if (afterBreak && tokens.length) {
      sentences.push(tokens);
      tokens = [];
    }
    tokens.push({ text: m[0], start: m.index, afterBreak });
    lastEnd = m.index + m[0].length;
    if (['.', '!', '?', '؟', '…', '*', '#'].includes(m[0])) {
      sentences.push(tokens);
      tokens = [];
    }
  }
  if (tokens.length) sentences.push(tokens);
  return sentences;
}

/** Characters at the edges of the classes: marks, joiners, tatweel, spaces of every kind, surrogates, handles. */
const SPECIAL = [
  'ا',
  'أ',
  'ل',
  'م',
  'و',
  'ب',
  'ة',
  '-',
  '-',
  'ال',
  'ال-',
  '\u064E',
  '\u0651',
  '\u0670',
  '\u0640',
  '\u200C',
  '\u200D',
  '\u200B',
  '\u200F',
  '\uFEFF',
  '\u00AD',
  '٣',
  '7',
  '_',
  'A',
  'z',
  'É',
  '@',
  '@a',
  '@_1',
  '، ',
  '.',
  '؟',
  '…',
  '*',
  '#',
  '(',
  '«',
  ' ',
  '\u00A0',
  '\u2003',
  '\u3000',
  '\u2028',
  '\n',
  '\r\n',
  '\t',
  'ﻻ',
  'ﷲ',
  '肯',
  '😀',
  '𝐀',
  '\uD835',
  '\uDC00',
  'Ⅻ',
];
const text = fc
  .array(
    fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 2 }), fc.string({ unit: 'binary', maxLength: 2 })),
    { maxLength: 40 },
  )
  .map((a) => a.join(''));

describe('tokenize', () => {
  it('splits a text as its regex does, sentences and line breaks included', () => {
    fc.assert(
      fc.property(text, (s) => {
        const got = tokenize(s).map((sentence) =>
          sentence.tokens.map((t) => ({ text: t.text, start: t.start, afterBreak: t.afterBreak })),
        );
        expect(got).toEqual(byRegex(s));
        for (const sentence of tokenize(s))
          for (const t of sentence.tokens) expect(s.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps an @handle, a word with its marks and a lone punctuation mark apart', () => {
    const [sentence] = tokenize('قال @Lamamra_dz: السَّلامُ.');
    expect(sentence!.tokens.map((t) => [t.text, t.kind])).toEqual([
      ['قال', 'word'],
      ['@Lamamra_dz', 'handle'],
      [':', 'punct'],
      ['السَّلامُ', 'word'],
      ['.', 'punct'],
    ]);
  });

  it('gives every token written alike one word, and words written otherwise their own', () => {
    const tokens = tokenize('قال سمير وقال سمير: قال سمر وقام').flatMap((s) => s.tokens);
    const [qal, samir, , , , qal2, samar, qam] = tokens;
    expect(tokens[2]!.text).toBe('وقال');
    expect(tokens[3]!.word).toBe(samir!.word);
    expect(qal2!.word).toBe(qal!.word);
    expect(samar!.word).not.toBe(samir!.word);
    expect(qam!.word).not.toBe(qal!.word);
    expect(qam!.word.norm).toBe('وقام');
  });

  it('keeps two name words joined by a hyphen one word, and a range, a dash or an adjective pair apart', () => {
    const words = (s: string) => tokenize(s).flatMap((x) => x.tokens.map((t) => t.text));
    expect(words('وقال جان-إيف لوبيك')).toEqual(['وقال', 'جان-إيف', 'لوبيك']);
    expect(words('بين 2002-2003')).toEqual(['بين', '2002', '-', '2003']);
    expect(words('-نعم، بالتأكيد')).toEqual(['-', 'نعم', '،', 'بالتأكيد']);
    expect(words('العلاقات الأمريكية-الصينية')).toEqual(['العلاقات', 'الأمريكية', '-', 'الصينية']);
    expect(words('كلمة- ثم')).toEqual(['كلمة', '-', 'ثم']);
  });
});
