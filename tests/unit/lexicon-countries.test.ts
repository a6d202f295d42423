import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/extract/tokenize';
import { countryOf } from '../../lib/extract/words';

// Country names of the extractor's lexicon (lib/extract/lexicon/index.ts), one word each.
const country = (word: string) => countryOf(tokenize(word)[0]!.tokens[0]!);

describe('country names', () => {
  it('a country whose name has the article is that country with it, and behind a clitic', () => {
    expect(country('السلفادور')).toBe('السلفادور');
    expect(country('بالسلفادور')).toBe('السلفادور');
    expect(country('والسودان')).toBeDefined();
  });

  it('without its article the word is no country: «سلفادور» is a given name', () => {
    expect(country('سلفادور')).toBeUndefined();
    expect(country('سودان')).toBeUndefined();
  });

  it('a country whose name has no article is that country as written', () => {
    expect(country('ليبيا')).toBe('ليبيا');
    expect(country('وليبيا')).toBe('ليبيا');
  });
});
