import { describe, expect, it } from 'vitest';
import { recognize } from '../../lib/extract/recognize';
import { tokenize } from '../../lib/extract/tokenize';

// Small made-up sentences: an organ named through its owner body, a counted session, a demonstrative's back-reference.
const orgs = (text: string) =>
  tokenize(text)
    .flatMap((s) => recognize(s).orgs)
    .map((o) => ({ name: o.name, description: o.adjectivesOnly }));
const names = (text: string) => orgs(text).map((o) => o.name);

describe('organs named through their owner', () => {
  it('a description and its owner after «ل» are one name', () => {
    expect(orgs('وقال المكتب التنفيذي لمنظمة الصحة العالمية إن اللقاح آمن.')).toEqual([
      { name: 'المكتب التنفيذي لمنظمة الصحة العالمية', description: false },
    ]);
  });

  it('the owner may come through one noun in construct', () => {
    expect(names('واجتمع المجلس الأعلى لدول منظمة التعاون الإسلامي أمس.')).toEqual([
      'المجلس الأعلى لدول منظمة التعاون الإسلامي',
    ]);
  });

  it('a description with no owner after it stays a description', () => {
    expect(orgs('واجتمع المجلس الأعلى للتخطيط أمس.')).toEqual([{ name: 'المجلس الأعلى للتخطيط', description: false }]);
    expect(orgs('واجتمع المجلس الأعلى أمس.')).toEqual([{ name: 'المجلس الأعلى', description: true }]);
  });

  it('a chain of nouns in construct reaches the body it ends in', () => {
    expect(names('وترأس الاجتماع رئيس مجلس وزراء خارجية جامعة الدول العربية.')).toContain(
      'مجلس وزراء خارجية جامعة الدول العربية',
    );
    expect(names('وقال إن هيئة رؤساء دول وحكومات منظمة التعاون الإسلامي ستجتمع.')).toEqual([
      'هيئة رؤساء دول وحكومات منظمة التعاون الإسلامي',
    ]);
  });

  it('a chain that reaches no body names none', () => {
    expect(names('وقال إن هيئة رؤساء دول وحكومات المنطقة ستجتمع.')).toEqual([]);
  });
});

describe('a counted thing ends the name', () => {
  it('«للدورة الـ 12» is a session, not part of the body', () => {
    expect(orgs('وافتتح المجلس الوزاري الاستشاري للدورة الـ 12 أعماله.')).toEqual([
      { name: 'المجلس الوزاري الاستشاري', description: true },
    ]);
  });

  it('a year after a name is no count', () => {
    expect(names('وأعلن الاتحاد الآسيوي لكرة القدم 2019 موعد القرعة.')).toEqual(['الاتحاد الآسيوي لكرة القدم']);
  });
});

describe('a demonstrative points back', () => {
  it('a definite head after «هذه» is no body of its own', () => {
    expect(names('وتولت رئاسة هذه الهيئة الاستشارية منذ عامين.')).toEqual([]);
    expect(names('وقالت وهذه المنظمة الإنسانية تعمل هناك.')).toEqual([]);
  });

  it('a well-known body keeps its name after a demonstrative', () => {
    expect(names('وقال إن هذه الأمم المتحدة لا تمثل الشعوب.')).toEqual(['الأمم المتحدة']);
  });

  it('without the demonstrative the same words stay', () => {
    expect(orgs('وتولت رئاسة الهيئة الاستشارية منذ عامين.')).toEqual([
      { name: 'الهيئة الاستشارية', description: true },
    ]);
  });
});
