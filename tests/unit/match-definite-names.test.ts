import { describe, expect, it } from 'vitest';
import { compileDictionary, matcherFor } from '../../lib/match/compile';
import { createMatcher } from '../../lib/match/matcher';
import type { MatchableEntity } from '../../lib/match/types';

// A one-word name that carries the article is that name only with it (issue 12): «الجزيرة» is the channel,
// «جزيرة» an island. Small made-up sentences, one rule each.
const org = (id: string, name: string, aliases: string[] = []): MatchableEntity => ({ id, type: 'org', name, aliases });
const person = (id: string, name: string, aliases: string[] = []): MatchableEntity => ({
  id,
  type: 'person',
  name,
  aliases,
});

function found(entities: MatchableEntity[], text: string) {
  const m = matcherFor(entities);
  return m.findMentions(text).map((h) => `${text.slice(h.start, h.end)}=${m.entities[h.entity]!.id}`);
}

describe('a one-word name with the article', () => {
  const dictionary = [org('channel', 'الجزيرة'), org('group', 'القاعدة', ['تنظيم القاعدة'])];

  it('is found with the article, behind any clitics, «لل» included', () => {
    expect(found(dictionary, 'قالت الجزيرة وبالجزيرة وللجزيرة فالجزيرة كالجزيرة')).toEqual([
      'الجزيرة=channel',
      'الجزيرة=channel',
      'لجزيرة=channel',
      'الجزيرة=channel',
      'الجزيرة=channel',
    ]);
    expect(found(dictionary, 'أعلن تنظيم القاعدة أن للقاعدة فرعا')).toEqual(['تنظيم القاعدة=group', 'لقاعدة=group']);
  });

  it('is not the bare common noun, with or without clitics', () => {
    expect(found(dictionary, 'زار جزيرة صغيرة ولجزيرة أخرى وبجزيرة ثالثة')).toEqual([]);
    expect(found(dictionary, 'أقيمت قاعدة عسكرية وفق قاعدة معروفة، ولقاعدة الهرم')).toEqual([]);
  });

  it('is found bare when the dictionary also holds it bare', () => {
    const both = [org('nato', 'الناتو', ['ناتو'])];
    expect(found(both, 'قوات ناتو وقوات الناتو')).toEqual(['ناتو=nato', 'الناتو=nato']);
    // the bare alias first, the written name second: the same
    expect(found([org('nato', 'ناتو', ['الناتو'])], 'قوات ناتو')).toEqual(['ناتو=nato']);
  });

  it('leaves names of several words as they were: the text may drop their article', () => {
    expect(found([org('un', 'الأمم المتحدة')], 'في أمم المتحدة')).toEqual(['أمم المتحدة=un']);
  });

  it('keeps the article in the key of a short name, which is found as written', () => {
    expect(found([org('u', 'اليو')], 'قال اليو ويو')).toEqual(['اليو=u']);
  });

  it('counts for a surname alone with the article, never for the bare word', () => {
    const people = [person('hariri', 'سعد الحريري'), person('lavrov', 'سيرغي لافروف')];
    expect(found(people, 'قال الحريري وللحريري، وقماش حريري، ولافروف')).toEqual([
      'الحريري=hariri',
      'لحريري=hariri',
      'لافروف=lavrov',
    ]);
    expect(found([person('sadr', 'الصدر')], 'قال الصدر إن القرار صدر')).toEqual(['الصدر=sadr']);
  });

  it('never takes the article in front of a person written without it, unless a nisba that is no ordinary word', () => {
    const people = [person('aoun', 'ميشال عون', ['عون']), person('moon', 'مون'), person('t', 'كمال زيداني')];
    expect(found(people, 'قال عون وللعون، العون ومون والمون، وقال الزيداني وزيداني')).toEqual([
      'عون=aoun',
      'مون=moon',
      'الزيداني=t',
      'زيداني=t',
    ]);
    // «البري» is an ordinary word: «بري» alone is found bare only
    const m = createMatcher(
      compileDictionary([person('berri', 'نبيه بري', ['بري'])], { commonWords: new Set(['البري']) }),
    );
    const text = 'قال بري في البري';
    expect(m.findMentions(text).map((h) => text.slice(h.start, h.end))).toEqual(['بري']);
  });

  it('reads tables compiled before the article rule existed as before: the bare word too', () => {
    const compiled = compileDictionary(dictionary);
    delete compiled.automaton.article;
    const m = createMatcher(compiled);
    expect(m.findMentions('زار جزيرة').length).toBe(1);
  });
});
