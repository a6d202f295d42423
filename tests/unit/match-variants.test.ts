import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../lib/match/compile';
import { createMatcher } from '../../lib/match/matcher';
import type { MatchableEntity } from '../../lib/match/types';

// Pages spell a known name otherwise (issue 12 §4): small made-up names, one rule each.
const person = (id: string, name: string): MatchableEntity => ({ id, type: 'person', name, aliases: [] });

function found(entities: MatchableEntity[], text: string, commonWords?: Set<string>) {
  const m = createMatcher(compileDictionary(entities, { commonWords }));
  return m.findMentions(text).map((h) => `${text.slice(h.start, h.end)}=${m.entities[h.entity]!.id}`);
}

describe('a name spelled otherwise on a page', () => {
  it('matches whole when one word is as written and the others within their family', () => {
    const linda = person('linda', 'ليندا توماس غرينفيلد');
    expect(found([linda], 'قالت ليندا توماش جرينفلد')).toEqual(['ليندا توماش جرينفلد=linda']);
    expect(found([person('boris', 'بوريس كرامر')], 'قال بوريش كرامر')).toEqual(['بوريش كرامر=boris']);
  });

  it('finds a long surname alone in another spelling', () => {
    const grossi = person('grossi', 'رافائيل غروسي');
    expect(found([grossi], 'وقال جروسي إن المفتشين وصلوا')).toEqual(['جروسي=grossi']);
  });

  it('finds a name whose س the dictionary writes ش', () => {
    const guterres = person('guterres', 'أنطونيو غوتيريش');
    expect(found([guterres], 'دعا أنطونيو غوتيريس ثم كرر غوتيريس')).toEqual([
      'أنطونيو غوتيريس=guterres',
      'غوتيريس=guterres',
    ]);
  });

  it('finds a compound glued on the page and spaced in the dictionary, and the reverse, with or without the first name', () => {
    const spaced = person('spaced', 'كريم عبد اللطيف');
    const glued = person('glued', 'سامي عبدالرحيم');
    expect(found([spaced, glued], 'قال كريم عبداللطيف ثم عبداللطيف وسامي عبد الرحيم ثم عبد الرحيم')).toEqual([
      'كريم عبداللطيف=spaced',
      'عبداللطيف=spaced',
      'سامي عبد الرحيم=glued',
      'عبد الرحيم=glued',
    ]);
  });
});

describe('unrelated names never collide', () => {
  it('finds a hyphenated surname spaced, and alone as the dictionary writes it', () => {
    const name = person('hyphen', 'بولونومي فونسن-مواتوا');
    expect(found([name], 'قالت بولونومي فونسن مواتوا ثم فونسن-مواتوا')).toEqual([
      'بولونومي فونسن مواتوا=hyphen',
      'فونسن-مواتوا=hyphen',
    ]);
  });

  it('never varies an Arabic given name into another', () => {
    const abbas = person('abbas', 'محمود عباس');
    // the surname alone is the person's; the other given name is not read as his
    expect(found([abbas], 'قال محمد عباس')).toEqual(['عباس=abbas']);
    expect(found([person('h', 'حسين زيدان')], 'قال حسن زيدان')).toEqual(['زيدان=h']);
    expect(found([person('s', 'سعيد قاسم')], 'قال سعد قاسم')).toEqual(['قاسم=s']);
  });

  it('keeps short foreign names one vowel apart apart', () => {
    expect(found([person('tim', 'تيم كوك')], 'قال توم كوك')).toEqual(['كوك=tim']);
  });

  it('does not vary a short surname alone', () => {
    expect(found([person('bush', 'جورج بوش')], 'قال بوس')).toEqual([]);
  });

  it('drops a surname variant that is a common word, and leaves another person her own surname', () => {
    const garcia = person('garcia', 'كارلوس غارسيا');
    expect(found([garcia], 'قال جارسيا', new Set(['جارسيا']))).toEqual([]);
    expect(found([garcia], 'قال جارسيا')).toEqual(['جارسيا=garcia']);
    const other = person('other', 'لينا جارسيا');
    expect(found([garcia, other], 'قالت جارسيا وقال غارسيا')).toEqual(['جارسيا=other', 'غارسيا=garcia']);
  });
});
