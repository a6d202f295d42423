import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../lib/extract/build';

// A file with no spaces for millions of characters (a minified page saved as text, a corrupt export) is one
// word. `kashif build` must read it like any other; the anchored regexes it once met overflowed V8's stack.
describe('a 12-million-character word', () => {
  const huge = 12_000_000;
  for (const [what, unit] of [
    ['Arabic letters', 'ب'],
    ['digits', '1'],
  ] as const) {
    it(`of ${what} is read, and the names around it are still found`, () => {
      const text = `قال السفير كارل هولم إن ${unit.repeat(huge)} وأضاف السفير كارل هولم أن الحوار مستمر.`;
      const d = buildDictionary([{ id: 'long', file: 'long.txt', text }], { now: new Date(0) });
      expect(d.entities.map((e) => e.name)).toContain('كارل هولم');
    }, 60_000);
  }
});
