import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutArticle } from '../../lib/arabic/clitics';
import { isWordChar, normalize, normalizeWithMap } from '../../lib/arabic/normalize';
import { articleRuleOf, type ArticleRule, REFUSED, REQUIRED } from '../../lib/match/article-rule';
import { compileDictionary, keyOf, matcherFor } from '../../lib/match/compile';
import { createMatcher } from '../../lib/match/matcher';
import type { MatchableEntity, MentionHit } from '../../lib/match/types';

const person = (id: string, name: string, aliases: string[] = []): MatchableEntity => ({
  id,
  type: 'person',
  name,
  aliases,
});
const org = (id: string, name: string, aliases: string[] = []): MatchableEntity => ({ id, type: 'org', name, aliases });

function found(entities: MatchableEntity[], text: string, commonWords?: Set<string>) {
  const m = createMatcher(compileDictionary(entities, { commonWords }));
  return m.findMentions(text).map((h) => `${text.slice(h.start, h.end)}=${m.entities[h.entity]!.id}`);
}

describe('the matcher', () => {
  const dictionary = [
    org('un', 'الأمم المتحدة'),
    org('ga', 'الجمعية العامة للأمم المتحدة'),
    org('nato', 'حلف شمال الأطلسي', ['الناتو']),
    org('au', 'الاتحاد الأفريقي'),
    person('lavrov', 'سيرغي لافروف'),
    person('roge', 'بوريس روجه'),
    person('lamamra', 'رمطان لعمامرة', ['Ramtane Lamamra', '@Lamamra_dz']),
  ];

  it('finds names behind clitics, the article kept and the rest left out', () => {
    expect(found(dictionary, 'قال للأمم المتحدة والناتو وبالاتحاد الأفريقي ولحلف شمال الأطلسي')).toEqual([
      'لأمم المتحدة=un',
      'الناتو=nato',
      'الاتحاد الأفريقي=au',
      'حلف شمال الأطلسي=nato',
    ]);
  });

  it('prefers the longest name at a position', () => {
    expect(found(dictionary, 'أمام الجمعية العامة للأمم المتحدة، قالت الأمم المتحدة')).toEqual([
      'الجمعية العامة للأمم المتحدة=ga',
      'الأمم المتحدة=un',
    ]);
  });

  it('never matches inside a longer word', () => {
    expect(found(dictionary, 'مروجه الناتوية روجهم')).toEqual([]);
    expect(found(dictionary, 'السفير روجه.')).toEqual(['روجه=roge']);
  });

  it('matches typos and marks that normalization folds, landing on the original characters', () => {
    expect(found(dictionary, 'الأُمَمِ المُتَّحِدَةِ و الامم المتحـــدة')).toEqual(['الأُمَمِ المُتَّحِدَةِ=un', 'الامم المتحـــدة=un']);
  });

  it('matches a surname alone unless it is a common word or two people share it', () => {
    expect(found(dictionary, 'وقال لافروف ولعمامرة')).toEqual(['لافروف=lavrov', 'لعمامرة=lamamra']);
    expect(found([person('a', 'محمد سعيد'), person('b', 'علي حسن')], 'قال سعيد', new Set(['سعيد']))).toEqual([]);
    expect(found([person('a', 'علي الزين'), person('b', 'هدى الزين')], 'قالت الزين')).toEqual([]);
  });

  it('matches common spellings of a foreign name, and not unrelated names', () => {
    expect(found(dictionary, 'سيرجي لافروف وسيرغي لافرف')).toEqual(['سيرجي لافروف=lavrov', 'سيرغي لافرف=lavrov']);
    expect(found([person('a', 'عبد الله بوحبيب')], 'عبدالله بوحبيب')).toEqual(['عبدالله بوحبيب=a']);
    expect(found(dictionary, 'لافتة')).toEqual([]);
  });

  it('matches Latin names and handles', () => {
    expect(found(dictionary, 'Ramtane Lamamra (@Lamamra_dz) said')).toEqual([
      'Ramtane Lamamra=lamamra',
      '@Lamamra_dz=lamamra',
    ]);
  });
});

/**
 * The reference: every key tried at every word start and clitic reading, the longest kept; quadratic, obviously
 * right. A key counts behind the article or not as its article rule says.
 */
function naiveMentions(keys: Map<string, { entity: number; article: ArticleRule }>, text: string): MentionHit[] {
  const n = normalizeWithMap(text);
  const t = n.text;
  const hits: MentionHit[] = [];
  const wordEndAt = (k: number) => k === t.length || !isWordChar(t.charCodeAt(k));
  let i = 0;
  while (i < t.length) {
    if (!isWordChar(t.charCodeAt(i)) || (i > 0 && isWordChar(t.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let best: { end: number; entity: number; nameStart: number } | undefined;
    for (const conj of ['', 'و', 'ف']) {
      for (const prep of ['', 'ب', 'ك', 'ل']) {
        for (const article of prep === 'ل' ? ['', 'ال', 'ل'] : ['', 'ال']) {
          const nameStart = i + conj.length + prep.length;
          if (!t.startsWith(conj + prep + article, i)) continue;
          const keyStart = nameStart + article.length;
          let wordEnd = i;
          while (wordEnd < t.length && isWordChar(t.charCodeAt(wordEnd))) wordEnd++;
          // each clitic must leave two letters or more of the word behind it
          const leftAfter = [conj && i + 1, prep && nameStart, article && keyStart].filter((x) => x !== '') as number[];
          if (leftAfter.some((at) => wordEnd - at < 2)) continue;
          for (const [key, { entity, article: rule }] of keys) {
            const end = keyStart + key.length;
            if ((rule === REQUIRED && !article) || (rule === REFUSED && article)) continue;
            if (t.startsWith(key, keyStart) && wordEndAt(end) && (!best || end > best.end))
              best = { end, entity, nameStart };
          }
        }
      }
    }
    if (best) {
      hits.push({ start: n.start[best.nameStart]!, end: n.end[best.end - 1]!, entity: best.entity });
      i = best.end;
    } else {
      while (i < t.length && isWordChar(t.charCodeAt(i))) i++;
    }
  }
  return hits;
}

describe('matcherFor', () => {
  it('matches a surname alone unless it is an ordinary word', () => {
    const m = matcherFor([person('k', 'سمير الخميس'), person('l', 'سيرغي لافروف')]);
    const text = 'يوم الخميس قال لافروف إن سمير الخميس';
    expect(m.findMentions(text).map((h) => `${text.slice(h.start, h.end)}=${m.entities[h.entity]!.id}`)).toEqual([
      'لافروف=l',
      'سمير الخميس=k',
    ]);
  });
});

describe('the matcher against the naive reference', () => {
  const names = [
    'الأمم المتحدة',
    'الناتو',
    'أمم',
    'بوريس روجه',
    'روجه',
    'لعمامرة',
    'مجلس الأمن',
    'مجلس',
    'ب ب',
    'الامن',
    'القاعدة',
    'NATO',
  ];
  const pieces = [
    ...names,
    'ناتو',
    'امن',
    'قاعدة',
    'و',
    'ف',
    'ب',
    'ل',
    'ال',
    'لل',
    'وال',
    'بال',
    'م',
    ' ',
    ' ',
    '، ',
    '\u064E',
    '\u0640',
    'أ',
    'ا',
    'ة',
    '\n',
    'x',
  ];
  it('finds the same mentions on any text', () => {
    fc.assert(
      fc.property(
        fc.subarray(names, { minLength: 1 }),
        fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
        (chosen, parts) => {
          const entities = chosen.map((name, k) => org(`e${k}`, name));
          const keys = new Map<string, { entity: number; article: ArticleRule }>();
          entities.forEach((e, k) => {
            const key = keyOf(e.name);
            if (!keys.has(key))
              keys.set(key, { entity: k, article: articleRuleOf(normalize(e.name), e.type, new Set()) });
          });
          const text = parts.join('');
          expect(createMatcher(compileDictionary(entities)).findMentions(text)).toEqual(naiveMentions(keys, text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keys drop a leading article only', () => {
    expect(withoutArticle('الامم المتحده')).toBe('امم المتحده');
    expect(withoutArticle('ال')).toBe('ال');
  });
});
