import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { splitGluedTitles } from '../../lib/extract/glued';
import { tokenize } from '../../lib/extract/tokenize';

// One small made-up sentence per rule of a person's name (lib/extract/persons.ts and the modules it calls).
const persons = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(splitGluedTitles(s)).persons)
    .map((p) => p.name);

describe('the words of a name', () => {
  it('a relation adjective without the article after a given name is a surname', () => {
    expect(persons('والتقى رئيس المنظمة محمد إسلامي في طهران.')).toEqual(['محمد إسلامي']);
  });

  it('with the article it qualifies, and the name is the given name alone', () => {
    expect(persons('والتقى رئيس المنظمة محمد إسلامي في طهران.')).not.toEqual(
      persons('والتقى رئيس المنظمة محمد الإسلامي في طهران.'),
    );
  });
});
