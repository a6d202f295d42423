import { describe, expect, it } from 'vitest';
import { findPersons } from '../../lib/extract/persons';
import { findOrganizations } from '../../lib/extract/organizations';
import { splitGluedTitles } from '../../lib/extract/glued';
import { tokenize } from '../../lib/extract/tokenize';
import { articleDate } from '../../lib/article/date';
import { latinTies } from '../../lib/extract/latin-names';
import { buildDictionary, type Article } from '../../lib/extract/build';
import { lexicon } from '../../lib/extract/lexicon';
import { titleForm } from '../../lib/extract/words';
import { normalize } from '../../lib/arabic/normalize';

// One small made-up sentence per rule.
const persons = (text: string) => tokenize(text).map(splitGluedTitles).flatMap(findPersons);
const orgs = (text: string) => tokenize(text).flatMap(findOrganizations);

describe('officials', () => {
  it('a title, its organization, a comma, an honorific, then the name', () => {
    const [p] = persons('التقى الأمين العام لوزارة الصناعة، السيد كمال بن يوسف، بالوفد.');
    expect(p?.name).toBe('كمال بن يوسف');
    expect(p?.roles[0]?.title).toBe('الأمين العام لوزارة الصناعة');
    expect(p?.roles[0]?.org).toBe('وزارة الصناعة');
  });

  it('a title directly before the name, no comma', () => {
    const [p] = persons('واستقبل السفير ماركوس هولتز وفدا من الجامعة.');
    expect(p?.name).toBe('ماركوس هولتز');
    expect(p?.roles[0]?.title).toBe('السفير');
  });

  it('a role in apposition after the name', () => {
    const [p] = persons('وصرح السيد يوهان كارلسون، وزير الشؤون الخارجية للسويد، بأن الاجتماع كان مثمرا.');
    expect(p?.name).toBe('يوهان كارلسون');
    expect(p?.roles.map((r) => r.title)).toContain('وزير الشؤون الخارجية للسويد');
  });

  it('a dual title shared by two names with their countries', () => {
    const found = persons('بحث وزيرا الخارجية الفرنسي جان ماري لوبيك والإيطالي ماركو بيلوتي الوضع.');
    expect(found.map((p) => p.name)).toEqual(['جان ماري لوبيك', 'ماركو بيلوتي']);
    expect(found[0]!.roles[0]!.title).toContain('وزير الخارجية');
    expect(found[1]!.roles[0]!.country).toBe('إيطاليا');
  });

  it('a title glued to the name by a missing space', () => {
    const [p] = persons('وقالت السفيرةماريا لوبيز إن الحوار مستمر.');
    expect(p?.name).toBe('ماريا لوبيز');
  });

  it('the name stops at a conjunction that starts the next name', () => {
    const [p] = persons('التقى الجنرال باولو فيراري وعبد الكريم سالم.');
    expect(p?.name).toBe('باولو فيراري');
  });

  it('a generic plural after a title is not a person', () => {
    expect(persons('التقى مع كبار المسؤولين الدوليين في جنيف.')).toEqual([]);
  });
});

describe('organizations', () => {
  it('a head noun and its construct chain, clitic removed', () => {
    expect(orgs('وأعلنت لوزارة الزراعة والصيد البحري أمس').map((o) => o.name)).toContain('وزارة الزراعة والصيد البحري');
    expect(orgs('شارك في اجتماع مجلس حقوق الطفل الإقليمي').map((o) => o.name)).toContain('مجلس حقوق الطفل الإقليمي');
  });

  it('a short form in parentheses becomes an alias', () => {
    const [o] = orgs('زار المعهد الدولي للدراسات البحرية (IIMS) في لشبونة.');
    expect(o?.name).toBe('المعهد الدولي للدراسات البحرية');
    expect(o?.aliases).toContain('IIMS');
  });

  it('a proper name after the head is the short name', () => {
    const [o] = orgs('وتدعم بعثة كاريسو جهود السلام.');
    expect(o?.name).toBe('بعثة كاريسو');
    expect(o?.aliases).toContain('كاريسو');
  });

  it('a well-known organization behind clitics', () => {
    expect(orgs('وقال للأمم المتحدة إن').map((o) => o.name)).toContain('الأمم المتحدة');
    expect(orgs('اجتماع والناتو غدا').map((o) => o.name)).toContain('حلف شمال الأطلسي');
  });

  it('generic plurals are not organizations', () => {
    expect(orgs('التعاون مع المنظمات الدولية والهيئات الإقليمية')).toEqual([]);
  });
});

describe('bodies named by their context', () => {
  it('a quoted name after a head noun is the name of the body', () => {
    expect(orgs('ونقلت صحيفة " نيويورك تايمز " عن مسؤولين').map((o) => o.name)).toContain('نيويورك تايمز');
    expect(orgs('وقالت شركة « غوغل » إنها').map((o) => o.name)).toContain('غوغل');
  });

  it('a quoted show after «برنامج» or a quoted region is no body', () => {
    expect(orgs('قدم برنامج « نجم الخليج » أمس')).toEqual([]);
    expect(orgs('صحيفة " الشرق الأوسط " اللندنية').map((o) => o.name)).not.toContain('الشرق الأوسط');
  });

  it('a club after a team word, without its adjective of nationality', () => {
    expect(orgs('فاز على مضيفه بنفيكا البرتغالي').map((o) => o.name)).toContain('بنفيكا');
    expect(orgs('لعب فريق ريال مدريد مساء أمس').map((o) => o.name)).toContain('ريال مدريد');
  });

  it('a team of people is no club', () => {
    expect(orgs('وصل فريق عملها إلى المدينة')).toEqual([]);
  });
});

describe('corpus-level rules', () => {
  const article = (id: string, text: string): Article => ({ id, file: `${id}.txt`, text });
  const build = (texts: string[]) =>
    buildDictionary(
      texts.map((t, k) => article(`a${k}`, t)),
      { now: new Date('2025-01-01T00:00:00Z') },
    );

  it('a word in parentheses inside a text is a credited source only when the corpus credits it again and again', () => {
    const credit = (n: number) =>
      build(Array.from({ length: n }, (_, k) => `غرقت القرية رقم ${k} ( وكالتنا ) وعاد السكان إلى بيوتهم .`));
    expect(credit(3).entities.map((e) => e.name)).toContain('وكالتنا');
    expect(credit(1).entities.map((e) => e.name)).not.toContain('وكالتنا');
  });

  it('a surname shared by two persons belongs to the one the texts name in full far more often', () => {
    const d = build([
      'وقال الأمين العام كوفي أنان إن الوضع خطير . وأضاف كوفي أنان أن الحل سياسي . ودعا كوفي أنان إلى الهدوء .',
      'وقال السيد كوفي أنان أمس إن الحل قريب . وقال السيد ياسر أنان إن المدرسة مغلقة .',
    ]);
    const kofi = d.entities.find((e) => e.name === 'كوفي أنان');
    expect(kofi?.aliases).toContain('أنان');
    expect(d.entities.find((e) => e.name === 'ياسر أنان')?.aliases ?? []).not.toContain('أنان');
  });

  it('a word whose definite form is an ordinary word is no surname alone', () => {
    // «الخميس» (Thursday) is an ordinary word: «محمد خميس» must not be found in «يوم الخميس»
    expect(lexicon().generic.has(normalize('خميس'))).toBe(true);
    expect(lexicon().genericWritten.has(normalize('خميس'))).toBe(false);
  });
});

describe('words that normalization merges', () => {
  it('«أمام» (in front of) is no title; «إمام» (imam) and «الإمام» are', () => {
    const tokens = tokenize('أمام إمام الإمام')[0]!.tokens;
    expect(titleForm(tokens[0]!)).toBeUndefined();
    expect(titleForm(tokens[1]!)).toBeDefined();
    expect(titleForm(tokens[2]!)).toBeDefined();
  });
});

describe('article dates', () => {
  it('reads labelled, Arabic, Maghreb, English and Arabic-Indic dates', () => {
    expect(articleDate('تاريخ النشر: 9th, January 2024 GMT')).toBe('2024-01-09');
    expect(articleDate('الجزائر في ٢٤ يناير ٢٠٢٣')).toBe('2023-01-24');
    expect(articleDate('من 24 إلى 26 فيفري 2025')).toBe('2025-02-26');
    expect(articleDate('— X (@x) September 25, 2021')).toBe('2021-09-25');
    expect(articleDate('لا تاريخ هنا')).toBeUndefined();
  });

  it('finds the same date far into a text, where the search starts near the first year', () => {
    const before = 'قال المتحدث إن الاجتماع سيعقد قريبا. '.repeat(40);
    expect(articleDate(`${before}في 24 تشرين الثاني/نوفمبر 2023`)).toBe('2023-11-24');
    // the four digits of «x12 january 2024» do not make «12 january» a date: \b must see the «x» before the cut
    expect(articleDate(`${before}${'ab'.repeat(30)}x12 january 2024`)).toBeUndefined();
    expect(articleDate(`${before}1999 وفي 3 مايو 2021`)).toBe('2021-05-03');
  });
});

describe('Latin names tied by the text', () => {
  it('a tweet signature ties a Latin name and a handle to the Arabic name', () => {
    const [tie] = latinTies('— Karl Holm | كارل هولم (@KarlHolm_se) May 2, 2022');
    expect(tie).toEqual({ arabic: 'كارل هولم', latin: ['Karl Holm', '@KarlHolm_se'] });
  });
});
