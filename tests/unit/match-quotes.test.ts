import { describe, expect, it } from 'vitest';
import { matcherFor } from '../../lib/match/compile';
import type { MatchableEntity } from '../../lib/match/types';

// News text quotes a name or a word of it («صحيفة "الرياض"», «وكالة «سانا»»): the name is still that name, and its
// highlight holds both marks of a quote or neither (issue 12). Small made-up sentences, one rule each.
const org = (id: string, name: string, aliases: string[] = []): MatchableEntity => ({ id, type: 'org', name, aliases });

function found(entities: MatchableEntity[], text: string) {
  const m = matcherFor(entities);
  return m.findMentions(text).map((h) => `${text.slice(h.start, h.end)}=${m.entities[h.entity]!.id}`);
}

const dictionary = [
  org('riyadh', 'صحيفة الرياض'),
  org('sana', 'وكالة سانا'),
  org('parliament', 'البرلمان العراقي'),
  org('un', 'الأمم المتحدة'),
];

describe('a known name with quote marks between its words', () => {
  it('is found around its last word in every kind of quote mark, spaced or not, the closing mark included', () => {
    expect(found(dictionary, 'نقلت صحيفة " الرياض " عن مصدر')).toEqual(['صحيفة " الرياض "=riyadh']);
    expect(found(dictionary, 'ذكرت وكالة "سانا" الرسمية')).toEqual(['وكالة "سانا"=sana']);
    expect(found(dictionary, 'ذكرت وكالة «سانا»، وقالت')).toEqual(['وكالة «سانا»=sana']);
    expect(found(dictionary, 'قال لوكالة “سانا” إن')).toEqual(['وكالة “سانا”=sana']);
    expect(found(dictionary, "وكالة 'سانا'")).toEqual(["وكالة 'سانا'=sana"]);
    expect(found(dictionary, 'صحيفة"الرياض"')).toEqual(['صحيفة"الرياض"=riyadh']);
  });

  it('takes the opening mark before the name when a quote closes inside it', () => {
    expect(found(dictionary, 'مجلس النواب « البرلمان » العراقي')).toEqual(['« البرلمان » العراقي=parliament']);
    expect(found(dictionary, 'قال "البرلمان" العراقي')).toEqual(['"البرلمان" العراقي=parliament']);
  });

  it('leaves out quote marks around the whole name, and a quote that goes on past it', () => {
    expect(found(dictionary, 'قالت "وكالة سانا" إن')).toEqual(['وكالة سانا=sana']);
    expect(found(dictionary, 'قالت وكالة "سانا للأنباء" إن')).toEqual(['وكالة "سانا=sana']);
  });

  it('is not read across anything else, nor across a run of marks', () => {
    expect(found(dictionary, 'وكالة، سانا ووكالة (سانا) ووكالة "" "" سانا ووكالة - سانا')).toEqual([]);
    expect(found(dictionary, 'وكالة "سانية"')).toEqual([]);
  });
});
