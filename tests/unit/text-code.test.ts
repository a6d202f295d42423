import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../lib/match/compile';
import { createMatcher, type Matcher } from '../../lib/match/matcher';
import type { MatchableEntity } from '../../lib/match/types';
import { BLOCK_SEPARATOR, PageText } from '../../lib/page/page-text';
import { decodePiece, decodeText } from '../../lib/text-code/decode';
import { TextCodeWriter } from '../../lib/text-code/encode';

const person = (id: string, name: string, aliases: string[] = []): MatchableEntity => ({
  id,
  type: 'person',
  name,
  aliases,
});
const org = (id: string, name: string, aliases: string[] = []): MatchableEntity => ({ id, type: 'org', name, aliases });

const dictionary = [
  org('un', 'الأمم المتحدة'),
  org('ga', 'الجمعية العامة للأمم المتحدة'),
  org('nato', 'حلف شمال الأطلسي', ['الناتو', 'NATO']),
  org('g20', 'مجموعة العشرين', ['G20', 'مجموعة الـ٢٠']),
  person('lamamra', 'رمطان لعمامرة', ['Ramtane Lamamra', '@Lamamra_dz']),
  person('ledrian', 'جان إيف لودريان', ['Jean-Yves Le Drian']),
  person('segolene', 'سيغولين روايال', ['Ségolène Royal']),
  person('blinken', 'أنتوني بلينكن', ['Blinken']),
];

/** Writes `text` in the matcher's code: the coded string, or undefined when the code cannot write it. */
function coded(matcher: Matcher, text: string): string | undefined {
  const writer = new TextCodeWriter(matcher.textCode());
  writer.append(text);
  return writer.take()?.text;
}

const hitsOf = (matcher: Matcher, text: string) => matcher.findMentions(text).map((h) => [h.start, h.end, h.entity]);

/** Page text as the matcher meets it: names and their pieces behind clitics, among every kind of character it folds or skips. */
const CLITICS = ['و', 'ف', 'ب', 'ل', 'ال', 'لل', 'وال', 'بال', 'ك', 'ولل'];
const CHARACTERS = [
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\t',
  '،',
  '.',
  ',',
  '-',
  '_',
  '@',
  '"',
  ' " ',
  '«',
  '»',
  '“',
  '”',
  "'",
  '\\',
  'أ',
  'إ',
  'آ',
  'ا',
  'ة',
  'ى',
  'ی',
  'ک',
  'ـ',
  'َ',
  'ّ',
  'ُ',
  '\u200c',
  '\u200f',
  '\u00ad',
  '٢٠',
  '۲۰',
  '2',
  'É',
  'é',
  'ÉGO',
  '肯',
  '😀',
  'Ω',
  'щ',
  'x',
  'Q',
  BLOCK_SEPARATOR,
  'الأامين',
  'السفيرةليندا',
  'بلين肯',
  'قال',
  'وزير',
  'الخارجية',
];
function pageText(names: string[]) {
  const words = names.flatMap((n) => [n, ...n.split(' ')]);
  return fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...words), weight: 2 },
        { arbitrary: fc.constantFrom(...CLITICS), weight: 2 },
        { arbitrary: fc.constantFrom(...CHARACTERS), weight: 3 },
      ),
      { maxLength: 50 },
    )
    .map((parts) => parts.join(''));
}
const namesOf = (entities: MatchableEntity[]) => entities.flatMap((e) => [e.name, ...e.aliases]);

describe('the text code a page sends its text in', () => {
  const matcher = createMatcher(compileDictionary(dictionary));

  it('writes one printable ASCII byte per code unit, never one that JSON escapes', () => {
    fc.assert(
      fc.property(pageText(namesOf(dictionary)), (text) => {
        const c = coded(matcher, text);
        expect(c).toBeDefined();
        expect(c!.length).toBe(text.length);
        expect(c).toMatch(/^[\x20\x21\x23-\x5b\x5d-\x7e]*$/u);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back, to the matcher, as the text itself: the same mentions at the same offsets', () => {
    // and for a dictionary of Latin names only, whose keys hold none of the letters the clitic rules look for
    const latinNames = [org('nato', 'NATO'), person('lamamra', 'Ramtane Lamamra', ['@Lamamra_dz', 'Lamamra'])];
    const latin = createMatcher(compileDictionary(latinNames));
    for (const [m, names] of [
      [matcher, namesOf(dictionary)],
      [latin, namesOf(latinNames)],
    ] as const) {
      fc.assert(
        fc.property(pageText(names), (text) => {
          expect(hitsOf(m, decodeText(coded(m, text)!, m.textCode().decode))).toEqual(hitsOf(m, text));
        }),
        { numRuns: 500 },
      );
    }
    expect(hitsOf(latin, 'قال وNATO ولLamamra').length).toBe(2);
  });

  it('finds every kind of name in coded text: Arabic behind clitics, Latin, handles, hyphens, accents, digits', () => {
    const text = 'وقال للأمم المتحدة إن الـNATO ومجموعة الـ٢٠ وJean-Yves Le Drian وSÉGOLÈNE ROYAL و @Lamamra_dz بلين肯';
    const back = decodeText(coded(matcher, text)!, matcher.textCode().decode);
    expect(hitsOf(matcher, back).map(([s, e, k]) => `${text.slice(s, e)}=${matcher.entities[k!]!.id}`)).toEqual([
      'لأمم المتحدة=un',
      'الـNATO=nato',
      'مجموعة الـ٢٠=g20',
      'Jean-Yves Le Drian=ledrian',
      'SÉGOLÈNE ROYAL=segolene',
      '@Lamamra_dz=lamamra',
    ]);
    expect(hitsOf(matcher, back)).toEqual(hitsOf(matcher, text));
  });

  it('keeps the quote marks a name is read across, and never cuts a piece at one', () => {
    const text = 'قالت "الأمم" المتحدة و«الجمعية العامة» “للأمم” المتحدة';
    const c = coded(matcher, text)!;
    expect(hitsOf(matcher, decodeText(c, matcher.textCode().decode))).toEqual(hitsOf(matcher, text));
    expect(hitsOf(matcher, text).map(([s, e]) => text.slice(s, e))).toEqual([
      '"الأمم" المتحدة',
      '«الجمعية العامة» “للأمم” المتحدة',
    ]);
    for (const q of '"«»“”\'') expect(coded(matcher, q)).not.toBe(String.fromCharCode(matcher.textCode().cut));
  });

  it('leaves a piece as it is when it holds a character that folds to several (a presentation-form ligature)', () => {
    expect(coded(matcher, 'قال ﻻ شيء')).toBeUndefined();
    expect(coded(matcher, 'قال لا شيء')).toBeDefined();
  });

  it('codes the characters a dictionary uses first when it uses more than the code has room for', () => {
    // names in many scripts: over a hundred distinct letters; the ones left without a byte make a piece go as it is
    const letters = [...'абвгдежзийклмнопрстуфхцчшщъыьэюяαβγδεζηθικλμνξοπρστυφχψωאבגדהוזחטיכלמנסעפצקרשת'];
    const wide = createMatcher(
      compileDictionary([...dictionary, ...letters.map((l, k) => person(`p${k}`, `${l}${l}${l} ${l}${l}`))]),
    );
    const text = 'قال رمطان لعمامرة و ωωω ωω';
    const c = coded(wide, text);
    if (c !== undefined) expect(hitsOf(wide, decodeText(c, wide.textCode().decode))).toEqual(hitsOf(wide, text));
    expect(coded(wide, 'قال رمطان لعمامرة')).toBeDefined();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters, ' ', 'رمطان لعمامرة', 'و'), { maxLength: 40 }), (parts) => {
        const t = parts.join('');
        const w = coded(wide, t);
        if (w !== undefined) expect(hitsOf(wide, decodeText(w, wide.textCode().decode))).toEqual(hitsOf(wide, t));
      }),
      { numRuns: 200 },
    );
    expect(letters.some((l) => coded(wide, l) === undefined)).toBe(true);
  });

  it("goes piece by piece with the page's text: a coded piece where it can, the text as it is where it cannot", () => {
    const pieces: { text: string; offset: number; coded: boolean; decoded: string }[] = [];
    const page = new PageText(
      (piece, offset) =>
        pieces.push({ text: piece.text, offset, coded: piece.decode !== undefined, decoded: decodePiece(piece) }),
      new TextCodeWriter(matcher.textCode()),
      5,
    );
    const node = (id: number) => ({ id }) as unknown as Text;
    const blocks = ['قال رمطان لعمامرة', 'ﻻ شيء', 'الأمم المتحدة'];
    blocks.forEach((data, k) => page.add(node(k), data, node(-k - 1), true));
    page.finish();
    expect(pieces.map((p) => [p.offset, p.coded])).toEqual([
      [0, true],
      [17, false],
      [23, true],
    ]);
    expect(pieces[1]!.text).toBe(`${BLOCK_SEPARATOR}ﻻ شيء`);
    expect(pieces.map((p) => p.text.length)).toEqual([17, 6, 14]);
    expect(hitsOf(matcher, pieces[2]!.decoded)).toEqual(hitsOf(matcher, `${BLOCK_SEPARATOR}الأمم المتحدة`));
    expect(pieces[1]!.decoded).toBe(pieces[1]!.text);
  });

  it('cuts a block longer than a piece and a half only where no name spans: the pieces find what the whole text finds', () => {
    fc.assert(
      fc.property(
        fc.array(pageText(namesOf(dictionary)), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 40 }),
        (datas, pieceChars) => {
          const pieces: { text: string; offset: number }[] = [];
          const page = new PageText(
            (piece, offset) => pieces.push({ text: decodePiece(piece), offset }),
            new TextCodeWriter(matcher.textCode()),
            pieceChars,
          );
          // one block: no separator anywhere
          datas.forEach((data, k) => page.add({ k } as unknown as Text, data, {} as Node, k === 0));
          page.finish();
          const whole = datas.join('');
          if (!whole) return;
          expect(pieces.map((p) => p.text).join('').length).toBe(whole.length);
          expect(
            pieces.flatMap((p) => hitsOf(matcher, p.text).map(([s, e, k]) => [s! + p.offset, e! + p.offset, k])),
          ).toEqual(hitsOf(matcher, whole));
          // every cut is just after a code unit that is in no name and not a word character
          const cutByte = String.fromCharCode(matcher.textCode().cut);
          for (const p of pieces.slice(0, -1))
            expect(coded(matcher, whole[p.offset + p.text.length - 1]!)).toBe(cutByte);
        },
      ),
      { numRuns: 400 },
    );
  });
});
