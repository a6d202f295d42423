import { describe, expect, it } from 'vitest';
import { buildDictionary, type Article } from '../../lib/extract/build';

// Small made-up articles: a generic name of two words inside the articles that name one country's body.
const build = (texts: string[]) =>
  buildDictionary(
    texts.map((text, k): Article => ({ id: `a${k}`, file: `a${k}.txt`, text })),
    { now: new Date('2025-01-01T00:00:00Z') },
  ).entities.filter((e) => e.type === 'org');

describe('a generic name of two words in the article of one country’s body', () => {
  it('is that body', () => {
    const orgs = build([
      'رفع البنك المركزي الكيني سعر الفائدة . وقال البنك المركزي إن التضخم تراجع . وأضاف البنك المركزي أن النمو قوي .',
    ]);
    expect(orgs.map((o) => o.name)).toEqual(['البنك المركزي الكيني']);
    expect(orgs[0]!.aliases).toContain('البنك المركزي');
  });

  it('stays apart where its articles name two countries’ bodies', () => {
    const orgs = build([
      'رفع البنك المركزي الكيني سعر الفائدة . وقال البنك المركزي إن التضخم تراجع .',
      'وخفض البنك المركزي الأوغندي سعر الفائدة . وقال البنك المركزي إن النمو قوي .',
    ]);
    expect(orgs.map((o) => o.name).sort()).toEqual(['البنك المركزي', 'البنك المركزي الأوغندي', 'البنك المركزي الكيني']);
  });
});
