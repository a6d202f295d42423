import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DROP, foldTable, isWordChar, normalize, normalizeWithMap, toOriginalSpan } from '../../lib/arabic/normalize';

/** Characters normalization treats specially, mixed with ordinary letters, so random strings hit every rule. */
const SPECIAL = [
  'ا',
  'أ',
  'إ',
  'آ',
  'ٱ',
  'ؤ',
  'ئ',
  'ة',
  'ه',
  'ى',
  'ي',
  'ی',
  'ک',
  'ۀ',
  'ڤ',
  'پ',
  'گ',
  'ل',
  'م',
  'و',
  'ب',
  '\u064E',
  '\u0650',
  '\u0651',
  '\u0652',
  '\u0670',
  '\u0640',
  '\u200C',
  '\u200F',
  '\u202B',
  '\uFEFF',
  '\u00AD',
  '٣',
  '۴',
  '7',
  ' ',
  '\u00A0',
  '\n',
  '\t',
  'A',
  'z',
  'É',
  '@',
  '_',
  '،',
  '.',
  'ﻻ',
  'ﷲ',
  'ﺍ',
  '肯',
  '😀',
];
const arabicish = fc
  .array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 2 })), { maxLength: 40 })
  .map((a) => a.join(''));

describe('normalize', () => {
  it('folds the forms of Arabic news text', () => {
    expect(normalize('الأامين')).toBe('الامين');
    expect(normalize('للأمم المتحدة')).toBe('للامم المتحده');
    expect(normalize('إسْرائِيـــل')).toBe('اسراييل');
    expect(normalize('مؤتمر')).toBe('موتمر');
    expect(normalize('مصطفى')).toBe('مصطفي');
    expect(normalize('ڤلاديمير پوتین')).toBe('فلاديمير بوتين');
    expect(normalize('٢٠٢٤ و۱۹')).toBe('2024 و19');
    expect(normalize('NATO\u00A0\u00A0Lamamra')).toBe('nato lamamra');
    expect(normalize('ﻻ')).toBe('لا');
    expect(normalize('اﷲ')).toBe('الله'); // a ligature's alef joins the run before it
    expect(normalize('بلين\u200Cكن')).toBe('بلينكن');
  });

  it('builds a long text in one piece, keeping a lone surrogate where there is one', () => {
    expect(normalize('Aأ '.repeat(400))).toBe('aا '.repeat(400));
    expect(normalize('Aأ\uD800'.repeat(400))).toBe('aا\uD800'.repeat(400));
    expect(normalize('Aأ\uFFFD'.repeat(400))).toBe('aا\uFFFD'.repeat(400));
    expect(normalize('😀ة'.repeat(5000))).toBe('😀ه'.repeat(5000));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        expect(normalize(normalize(s))).toBe(normalize(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every normalized character back to an in-order original span that produces it', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const n = normalizeWithMap(s);
        expect(n.start.length).toBe(n.text.length);
        let previousEnd = 0;
        for (let i = 0; i < n.text.length; i++) {
          const [a, b] = [n.start[i]!, n.end[i]!];
          expect(a).toBeGreaterThanOrEqual(i === 0 ? 0 : n.start[i - 1]!);
          expect(b).toBeGreaterThan(a);
          expect(b).toBeLessThanOrEqual(s.length);
          // characters of one expansion share a span; otherwise spans never overlap
          if (a !== n.start[i - 1]) expect(a).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = b;
          expect(normalize(s.slice(a, b)).trim()).toContain(n.text[i]!.trim());
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('lands a normalized span on exactly the original characters, marks inside included', () => {
    fc.assert(
      fc.property(arabicish, arabicish, arabicish, (before, word, after) => {
        const name = normalize(word).trim();
        fc.pre(name.length > 0 && !name.includes(' '));
        const text = `${before} ${word} ${after}`;
        const n = normalizeWithMap(text);
        const at = n.text.indexOf(` ${name} `, normalize(before).length - 1);
        fc.pre(at >= 0);
        const span = toOriginalSpan(n, at + 1, at + 1 + name.length);
        expect(normalize(text.slice(span.start, span.end))).toBe(name);
      }),
    );
  });

  it('tells word characters of any script from the rest', () => {
    for (const ch of ['ا', 'ب', 'a', 'Z', '5', '٣', '_', '肯', '\u064E'])
      expect(isWordChar(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of [' ', '،', '.', '(', '«', '@', '-', '\u00A0'])
      expect(isWordChar(ch.charCodeAt(0)), ch).toBe(false);
  });

  it('counts as a word character every letter, digit and mark, a surrogate, and what normalization removes', () => {
    // the table is built from runs of one search: each code unit against the definition, tested one by one
    const letterOrDigit = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const expected =
        (c >= 0xd800 && c <= 0xdfff) ||
        letterOrDigit.test(String.fromCharCode(c)) ||
        foldTable()[c] === DROP ||
        c === 0xad;
      if (isWordChar(c) !== expected) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
