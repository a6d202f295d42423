import { describe, expect, it } from 'vitest';
import { recognize, withUnknownLastWord } from '../../lib/extract/recognize';
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

describe('where a name cannot be', () => {
  it('an ordinal without the article after a name is a predicate', () => {
    expect(persons('ويكون السيد كريم بوزيدي ثالث رئيس للهيئة.')).toEqual(['كريم بوزيدي']);
  });

  it('a known word with a pronoun on it is no name after a title', () => {
    expect(persons('وناقش الاجتماع القمة المقرر عقدها في الرباط.')).toEqual([]);
  });

  it('one Arabic-sounding word after a title that the tagger reads as no name goes on the clause', () => {
    expect(persons('وذكرت الصحيفة أن الرئيس الأميركي امتنع عن التعليق على الخطة.')).toEqual([]);
    expect(persons('وطلب السفير من الملك عفوا عن السجناء.')).toEqual([]);
    expect(persons('وقال الرئيس تبون إن الحوار مستمر.')).toEqual(['تبون']);
  });

  it('words after a title that the tagger reads as no name are the clause, however many', () => {
    expect(persons('وتناول العاهل الأردني طعام الإفطار مع الوفد.')).toEqual([]);
    expect(persons('وقال الوزير سامر الكرماني إن الحوار مستمر.')).toEqual(['سامر الكرماني']);
  });

  it('a name that the «إن» of reported speech closes is the speaker, whatever the tagger reads', () => {
    // the tagger alone reads «عمر العبيدي» here as no name («عمر» is also "age")
    expect(persons('وقال الوزير عمر العبيدي إن الاقتصاد ينمو.')).toEqual(['عمر العبيدي']);
    expect(persons('وذكر أن الرئيس الأميركي أكد أن الاقتصاد ينمو.')).toEqual([]);
    expect(persons('وقال الوزير الأول إن الاقتصاد ينمو.')).toEqual([]);
  });

  it('the word after a number is a counted noun', () => {
    expect(persons('وتنافس الرئيس الجديد للهيئة مع أربعة مترشحين آخرين.')).toEqual([]);
  });

  it('a nationality adjective after a place noun qualifies the place', () => {
    expect(persons('وعقدت القمة بالعاصمة الكينية نيروبي كاسا أمس.')).toEqual([]);
    expect(persons('وقال الكيني جوزيف كاسا إن القمة ناجحة.')).toEqual(['جوزيف كاسا']);
  });

  it('a name the rules end early runs on where the tagger reads on', () => {
    expect(persons('و يخلف السيد موسى فكي محمد في هذا المنصب.')).toEqual(['موسى فكي محمد']);
  });
});

describe('given names the corpus never showed first in a name', () => {
  it('a common Arabic given name begins a name without a title', () => {
    expect(persons('وحضر الاجتماع مقتدى الكرماني.')).toEqual(['مقتدى الكرماني']);
  });

  it('a family name that is an ordinary word or a place stays after a given name where the tagger reads one name', () => {
    expect(persons('وقال كمال الصدر إن الحوار مستمر.')).toEqual(['كمال الصدر']);
  });

  it('a given name that is also an ordinary word is not among them', () => {
    expect(persons('ويبلغ عمر أظافرها مترا.')).toEqual([]);
  });
});

describe('names the lists read as words', () => {
  it('a word of two letters between a definite title and a name begins the name', () => {
    expect(persons('وسيحضر القمة الرئيس شي دينغ لونغ رئيس جمهورية الصين.')).toEqual(['شي دينغ لونغ']);
    expect(persons('وقال الرئيس في كلمة إن الحوار مستمر.')).toEqual([]);
  });

  it('a bare title word before a given name begins the name', () => {
    expect(persons('وحضرت وزيرة الخارجية الكينية أمينة محمد الاجتماع.')).toEqual(['أمينة محمد']);
  });

  it('«علي» is the name where no word the preposition governs follows it', () => {
    expect(persons('وقال وزير الخارجية محمد علي إن الحكومة مستعدة.')).toEqual(['محمد علي']);
    expect(persons('وقال الدكتور علي سلطان إن الحكومة مستعدة.')).toEqual(['علي سلطان']);
    expect(persons('وحصل الدكتور محمود علي الجائزة.')).toEqual(['محمود']);
  });
});

describe('a government called by its head', () => {
  const read = (text: string) => tokenize(text).map((s) => recognize(splitGluedTitles(s)));
  it('is the head’s mention, not a body named after a person', () => {
    const [found] = read('وأكد التمسك بحكومة فؤاد الهاشمي التي أثنى على أدائها.');
    expect(found!.persons.map((p) => p.name)).toEqual(['فؤاد الهاشمي']);
    expect(found!.orgs).toEqual([]);
  });
});

describe('a title’s complement', () => {
  it('ends at a given name, though the word is also an ordinary noun', () => {
    expect(persons('وقال رئيس الحكومة اللبنانية فؤاد الهاشمي إن الحوار مستمر.')).toEqual(['فؤاد الهاشمي']);
  });
});

describe('a name the tagger would cut short', () => {
  it('a rule keeps a last word no list knows, though the tagger ends the name before it', () => {
    expect(persons('وقال الكيني جوزيف كاماو زوبا إن القمة ناجحة.')).toEqual(['جوزيف كاماو زوبا']);
  });

  it('the tagger still takes off a last word the lists know as ordinary', () => {
    expect(persons('وقال الكيني جوزيف كاماو أمس إن القمة ناجحة.')).not.toContain('جوزيف كاماو أمس');
  });
});

describe('a word read only as a conjunction on a particle', () => {
  it('between a name word and a given name is a word of the name', () => {
    expect(persons('وقال السيد إدريس فكي محمد إن الاتفاق قريب.')).toEqual(['إدريس فكي محمد']);
  });
});

describe('a list of people', () => {
  it('goes on after a name the tagger found, and an item may begin with a word the lists know as a title', () => {
    expect(persons('وحضر الاجتماع وزراء الخارجية: سامح شكري، أمينة محمد، ناصر بوريطة.')).toContain('أمينة محمد');
  });
});

describe('a nationality adjective after a name', () => {
  it('ends the phrase under a title without a country: it is the surname', () => {
    expect(persons('وأعلن رئيس الوزراء كريم جواد العراقي.')).toEqual(['كريم جواد العراقي']);
  });

  it('under a title that names the country, it is no part of the name', () => {
    expect(persons('وأعلن رئيس الوزراء المصري كريم جواد العراقي.')).toEqual(['كريم جواد']);
  });
});

describe("a tagger's name that ends before a word no list knows", () => {
  const words = (text: string) => splitGluedTitles(tokenize(text)[0]!).tokens;

  it('takes that word when the phrase closes after it', () => {
    // the tagger's name «تانديوي موكوينا» is tokens [2, 4)
    expect(withUnknownLastWord(words('وخلفتها السفيرة تانديوي موكوينا زولا التي تولت'), 2, 4)).toBe(5);
  });

  it('leaves it when the phrase goes on, or when the word is an ordinary one', () => {
    expect(withUnknownLastWord(words('وخلفتها السفيرة تانديوي موكوينا زولا تولت'), 2, 4)).toBe(4);
    expect(withUnknownLastWord(words('وخلفتها السفيرة تانديوي موكوينا أمس التي تولت'), 2, 4)).toBe(4);
  });
});

describe('a hyphenated name', () => {
  it('two name words joined by a hyphen stay in one name', () => {
    expect(persons('وقال وزير الخارجية الفرنسي جان-إيف لوبيك إن الحوار مستمر.')).toEqual(['جان-إيف لوبيك']);
  });

  it('a dash after a name ends it', () => {
    expect(persons('وقال السفير ماركوس هولتز -وهو يبتسم- إن الحوار مستمر.')).toEqual(['ماركوس هولتز']);
  });
});
