import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../entrypoints/options/corpus-import';

// The manager's article import reads files with the CLI's decoder: the same answer for the same bytes.
describe('the manager reads dropped articles as the CLI does', () => {
  // a copy: File takes bytes over an ArrayBuffer, and a Buffer's may be shared
  const file = (bytes: Uint8Array, name: string) => new File([Uint8Array.from(bytes)], name);
  const sentence = 'وقال السفير كارل هولم، ممثل السويد، إن الحوار مستمر.\n';

  it('reads windows-1256 Arabic and UTF-16 without a BOM', async () => {
    expect(await readArticleText(file(iconv.encode(sentence, 'windows-1256'), 'legacy.txt'))).toBe(sentence);
    expect(await readArticleText(file(iconv.encode(sentence, 'utf-16le'), 'utf16.txt'))).toBe(sentence);
  });

  it('refuses what is not windows-1256 instead of reading it as such', async () => {
    await expect(
      readArticleText(file(iconv.encode('Le président a déclaré que la crise était grave.', 'latin1'), 'french.txt')),
    ).rejects.toThrow(/french\.txt: not UTF-8 text/u);
  });

  it('refuses UTF-8 with invalid bytes, naming their offsets: an import is all or nothing', async () => {
    const bytes = Buffer.concat([Buffer.from(sentence), Buffer.from([0xff]), Buffer.from(sentence)]);
    await expect(readArticleText(file(bytes, 'damaged.txt'))).rejects.toThrow(
      /damaged\.txt: an invalid UTF-8 byte at byte offset \d+/u,
    );
  });
});
