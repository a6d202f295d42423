import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, type DecodedText } from '../../lib/encoding/decode';

// One sentence per case, made up for the rule: Arabic with spaces, digits and punctuation, as news is.
const arabic = 'قال السفير كارل هولم، ممثل السويد، إن الحوار مستمر منذ 2019 «بلا توقف».\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function decoded(bytes: Uint8Array): DecodedText {
  const r = decodeText(bytes, 'a.txt');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
function refused(bytes: Uint8Array): string {
  const r = decodeText(bytes, 'a.txt');
  if (r.ok) throw new Error(`read as ${r.value.encoding}: ${r.value.text.slice(0, 40)}`);
  return r.error;
}

describe('decodeText', () => {
  it('reads UTF-8, with or without its BOM', () => {
    expect(decoded(utf8(arabic))).toEqual({ text: arabic, encoding: 'utf-8', warnings: [] });
    expect(decoded(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(arabic))).text).toBe(arabic);
  });

  it('reads UTF-8 with a few invalid bytes as UTF-8, warning with their byte offsets', () => {
    const [a, b, c] = [arabic.slice(0, 5), arabic.slice(5), arabic.repeat(2)];
    const bytes = concat(utf8(a), new Uint8Array([0xff]), utf8(b), new Uint8Array([0xc7]), utf8(c));
    const d = decoded(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(`${a}�${b}�${c}`);
    const offsets = [utf8(a).length, utf8(a).length + 1 + utf8(b).length];
    expect(d.warnings).toEqual([`a.txt: 2 invalid UTF-8 bytes at byte offsets ${offsets.join(', ')}, read as �`]);
    // with a BOM, offsets still count from the file's first byte
    expect(decoded(concat(new Uint8Array([0xef, 0xbb, 0xbf]), bytes)).warnings).toEqual([
      `a.txt: 2 invalid UTF-8 bytes at byte offsets ${offsets.map((o) => o + 3).join(', ')}, read as �`,
    ]);
  });

  it('reads windows-1256 Arabic, and only that', () => {
    expect(decoded(iconv.encode(arabic, 'windows-1256'))).toMatchObject({ text: arabic, encoding: 'windows-1256' });
    // French in Latin-1: windows-1256 has é è à at the same places, but they are not Arabic
    expect(refused(iconv.encode('Le président a déclaré à la presse que la crise était grave.', 'latin1'))).toMatch(
      /a\.txt: not UTF-8 text \(invalid byte at offset 5\)/u,
    );
    // Arabic in ISO-8859-6: its و and ى read as è and é in windows-1256
    expect(refused(iconv.encode(arabic, 'iso-8859-6'))).toMatch(/not UTF-8 text/u);
  });

  it('does not read half-damaged UTF-8 Arabic as windows-1256 mojibake', () => {
    const good = utf8(arabic);
    // every other character's second byte lost: as many broken sequences as whole ones
    const damaged = Uint8Array.from([...good].filter((_, k) => k % 4 !== 1 || good[k]! < 0x80));
    expect(refused(damaged)).toMatch(/not UTF-8 text/u);
  });

  for (const order of ['utf-16le', 'utf-16be'] as const) {
    it(`reads ${order.toUpperCase()} without a BOM, and with one`, () => {
      const bytes = iconv.encode(arabic, order);
      expect(decoded(bytes)).toEqual({ text: arabic, encoding: order, warnings: [] });
      const bom = order === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      expect(decoded(concat(new Uint8Array(bom), bytes))).toEqual({ text: arabic, encoding: order, warnings: [] });
    });
  }

  it('reads Latin text in UTF-16 without a BOM', () => {
    expect(decoded(iconv.encode('Ramtane Lamamra, Algeria\n', 'utf-16le')).text).toBe('Ramtane Lamamra, Algeria\n');
  });

  it('refuses a byte-order mark alone as an empty file', () => {
    for (const bom of [
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
    ])
      expect(refused(new Uint8Array(bom))).toBe('a.txt: the file is empty (only a byte-order mark)');
    expect(refused(new Uint8Array())).toBe('a.txt: the file is empty');
    expect(refused(utf8(' \n\t '))).toBe('a.txt: the file holds only white space');
  });

  it('refuses a NUL byte anywhere as binary, also after the first 8 KB', () => {
    const text = utf8(arabic.repeat(200));
    expect(text.length).toBeGreaterThan(8192);
    expect(refused(concat(text, new Uint8Array([0]), utf8('x')))).toBe('a.txt: a binary file, not text');
  });

  it('refuses binary data that has zero bytes at both parities, or decodes to control characters', () => {
    expect(refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))).toBe('a.txt: a binary file, not text');
    // zeros at odd places only, like UTF-16LE, but the characters are controls
    expect(refused(Uint8Array.from({ length: 400 }, (_, k) => (k % 2 ? 0 : k % 7)))).toBe(
      'a.txt: a binary file, not text',
    );
  });

  it('refuses UTF-16 with a lone surrogate', () => {
    expect(
      refused(
        concat(
          new Uint8Array([0xff, 0xfe]),
          iconv.encode('قال ', 'utf-16le'),
          new Uint8Array([0x00, 0xd8]),
          iconv.encode(' إن', 'utf-16le'),
        ),
      ),
    ).toMatch(/a\.txt: not valid UTF-16LE/u);
  });
});

const isAscii = (t: string) => [...t].every((c) => c.charCodeAt(0) < 0x80);
const hasControl = (t: string) => [...t].some((c) => c.charCodeAt(0) < 0x20 && !'\t\n\f\r'.includes(c));

describe('decodeText on any Arabic and Latin text with spaces', () => {
  const word = fc.oneof(
    fc
      .array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى'), { minLength: 1, maxLength: 9 })
      .map((l) => l.join('')),
    fc
      .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABC0123456789'), { minLength: 1, maxLength: 9 })
      .map((l) => l.join('')),
    fc.constantFrom('،', '.', '«', '»', '؟', '2024', '\n'),
  );
  // A text of white space alone is refused by design (an empty-file error), so every text holds a word
  const text = fc
    .array(word, { minLength: 2, maxLength: 60 })
    .map((w) => w.join(' '))
    .filter((t) => t.trim() !== '');

  it('gives back the text in the encoding it was written in', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1256'), (t, encoding) => {
        // windows-1256 is recognised by its letters: a text of Arabic punctuation alone is not claimed as Arabic
        if (encoding === 'windows-1256')
          fc.pre((t.match(/[\u0621-\u064a]/gu)?.length ?? 0) >= (t.match(/[،«»؟]/gu)?.length ?? 0));
        const d = decoded(iconv.encode(t, encoding));
        expect(d.text).toBe(t);
        // windows-1256 of plain ASCII is also UTF-8, and read as such
        expect(d.encoding).toBe(encoding === 'windows-1256' && isAscii(t) ? 'utf-8' : encoding);
      }),
    );
  });

  it('reads any valid UTF-8 text as UTF-8, unchanged', () => {
    // no control characters and no leading U+FEFF (that is a BOM): those are not plain text
    const anyText = fc
      .string({ unit: 'binary', minLength: 1 })
      .filter((t) => t.isWellFormed() && t.trim() !== '' && !t.startsWith('\ufeff') && !hasControl(t));
    fc.assert(
      fc.property(anyText, (t) => {
        expect(decoded(utf8(t))).toEqual({ text: t, encoding: 'utf-8', warnings: [] });
      }),
    );
  });
});
