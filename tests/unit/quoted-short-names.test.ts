import { describe, expect, it } from 'vitest';
import { buildDictionary, type Article } from '../../lib/extract/build';

// Small made-up articles: a movement called by its one definite word once the texts quote that word alone.
const aliasesOf = (texts: string[], name: string) =>
  buildDictionary(
    texts.map((text, k): Article => ({ id: `a${k}`, file: `a${k}.txt`, text })),
    { now: new Date('2025-01-01T00:00:00Z') },
  ).entities.find((e) => e.name === name)?.aliases;

const namings = [
  'وأعلن تنظيم الصاعقة مسؤوليته عن الهجوم .',
  'وقال خبراء إن تنظيم الصاعقة يتمدد في الشمال .',
  'واعتقلت الشرطة عضوا في تنظيم الصاعقة أمس .',
];

describe('a movement’s one word quoted alone', () => {
  it('becomes its alias when the corpus names it so again and again', () => {
    expect(aliasesOf([...namings, 'وقال المحلل إن " الصاعقة " تغيرت كثيرا .'], 'تنظيم الصاعقة')).toContain('الصاعقة');
  });

  it('stays no alias without the quotation', () => {
    expect(aliasesOf(namings, 'تنظيم الصاعقة')).toEqual([]);
  });

  it('stays no alias when the corpus names the movement so only once', () => {
    expect(aliasesOf([namings[0]!, 'وقال المحلل إن " الصاعقة " تغيرت كثيرا .'], 'تنظيم الصاعقة')).toEqual([]);
  });
});
