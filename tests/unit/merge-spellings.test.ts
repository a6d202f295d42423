import { describe, expect, it } from 'vitest';
import { orgsBuiltFrom as orgs, owner, personsBuiltFrom as persons } from '../harness/built-entities';

// Small made-up articles: one person or body named differently across them.

describe('one person across spellings', () => {
  it('a compound glued in one article and spaced in another', () => {
    const found = persons([
      'وقال وزير الطاقة عبد العزيز بن سلمان إن الإنتاج سيرتفع .',
      'وأكد وزير الطاقة عبدالعزيز بن سلمان أن الأسعار مستقرة .',
    ]);
    const [one] = owner(found, 'عبد العزيز بن سلمان');
    expect(one).toBeDefined();
    expect(owner(found, 'عبدالعزيز بن سلمان')).toEqual([one]);
  });

  it('a foreign surname with G written غ and ج, the first name the same', () => {
    const found = persons([
      'وقال المدير العام للوكالة رافائيل غروسي إن المفتشين وصلوا .',
      'وصرح المدير العام للوكالة رافائيل جروسي بأن التفتيش انتهى .',
    ]);
    expect(owner(found, 'رافائيل غروسي')).toHaveLength(1);
    expect(owner(found, 'رافائيل غروسي')).toEqual(owner(found, 'رافائيل جروسي'));
  });

  it('a longer form with one more patronymic', () => {
    const found = persons([
      'وقال وزير الخارجية فيصل بن فرحان إن الزيارة ناجحة .',
      'واستقبل وزير الخارجية فيصل بن فرحان بن عبدالله نظيره .',
    ]);
    expect(owner(found, 'فيصل بن فرحان')).toHaveLength(1);
    expect(owner(found, 'فيصل بن فرحان')).toEqual(owner(found, 'فيصل بن فرحان بن عبدالله'));
  });
});

describe('two people are never merged', () => {
  it('two princes who share a first name and a patronymic particle', () => {
    const found = persons([
      'وقال ولي العهد محمد بن سلمان إن الاتفاق مهم .',
      'وقال ولي العهد محمد بن زايد إن الاتفاق مهم .',
    ]);
    expect(owner(found, 'محمد بن سلمان')).toHaveLength(1);
    expect(owner(found, 'محمد بن سلمان')).not.toEqual(owner(found, 'محمد بن زايد'));
  });

  it('two given names one long vowel apart, one surname', () => {
    const found = persons([
      'وقال الأمين العام حسن زيدان إن الحزب مستعد .',
      'وقال الأمين العام حسين زيدان إن الحزب مستعد .',
    ]);
    expect(owner(found, 'حسن زيدان')).toHaveLength(1);
    expect(owner(found, 'حسين زيدان')).toHaveLength(1);
    expect(owner(found, 'حسن زيدان')).not.toEqual(owner(found, 'حسين زيدان'));
  });

  it('two people sharing a surname with different first names', () => {
    const found = persons([
      'وقال وزير المالية كريم العبيدي إن الميزانية جاهزة .',
      'وقال وزير المالية سمير العبيدي إن الميزانية جاهزة .',
    ]);
    expect(owner(found, 'كريم العبيدي')).toHaveLength(1);
    expect(owner(found, 'كريم العبيدي')).not.toEqual(owner(found, 'سمير العبيدي'));
  });

  it('two different patronymic chains of one name are two people', () => {
    const found = persons([
      'وقال الوزير خالد بن سالم إن الطريق مفتوح .',
      'وقال الوزير خالد بن سالم بن أحمد إن الطريق مفتوح .',
      'وقال الوزير خالد بن سالم بن محمد إن الطريق مفتوح .',
    ]);
    expect(owner(found, 'خالد بن سالم بن أحمد')).not.toEqual(owner(found, 'خالد بن سالم بن محمد'));
  });

  it('one spelling family but no word or role in common', () => {
    const found = persons(['وقال السفير جوزيف غرين إن الاتفاق مهم .', 'وقال المدرب يوسف جرين إن الفريق مستعد .']);
    expect(owner(found, 'جوزيف غرين')).not.toEqual(owner(found, 'يوسف جرين'));
  });
});

describe('one body with one more qualifier', () => {
  it('an extra adjective inside the name is the same body', () => {
    const found = orgs([
      'وقال مجلس السيادة السوداني في بيان إن الهدنة صامدة .',
      'وأعلن مجلس السيادة الانتقالي السوداني في بيان أن الهدنة صامدة .',
    ]);
    expect(owner(found, 'مجلس السيادة السوداني')).toHaveLength(1);
    expect(owner(found, 'مجلس السيادة السوداني')).toEqual(owner(found, 'مجلس السيادة الانتقالي السوداني'));
  });

  it('an adjective that says the complement: «الخليجي» for «لدول الخليج»', () => {
    const found = orgs([
      'وقال مجلس التعاون الخليجي في بيان إن القمة ستعقد .',
      'وأعلن مجلس التعاون لدول الخليج العربية في بيان أن القمة ستعقد .',
    ]);
    expect(owner(found, 'مجلس التعاون الخليجي')).toHaveLength(1);
    expect(owner(found, 'مجلس التعاون الخليجي')).toEqual(owner(found, 'مجلس التعاون لدول الخليج العربية'));
  });

  it("a country's adjective for the country named: «الأمريكية» for «للولايات المتحدة»", () => {
    const found = orgs([
      'وقالت القيادة المركزية الأمريكية في بيان إن السفينة وصلت .',
      'وأعلنت القيادة المركزية للولايات المتحدة في بيان أن السفينة وصلت .',
    ]);
    expect(owner(found, 'القيادة المركزية الأمريكية')).toHaveLength(1);
    expect(owner(found, 'القيادة المركزية الأمريكية')).toEqual(owner(found, 'القيادة المركزية للولايات المتحدة'));
  });

  it("another country's adjective is another body", () => {
    const found = orgs([
      'وقالت القيادة المركزية الفرنسية في بيان إن السفينة وصلت .',
      'وأعلنت القيادة المركزية للولايات المتحدة في بيان أن السفينة وصلت .',
    ]);
    expect(owner(found, 'القيادة المركزية الفرنسية')).toHaveLength(1);
    expect(owner(found, 'القيادة المركزية الفرنسية')).not.toEqual(owner(found, 'القيادة المركزية للولايات المتحدة'));
  });

  it("the complement said as the head's adjective: «المجلس السيادي» for «مجلس السيادة»", () => {
    const found = orgs([
      'وقال المجلس السيادي الليبي في بيان إن الهدنة صامدة .',
      'وأعلن مجلس السيادة الليبي في بيان أن الهدنة صامدة .',
    ]);
    expect(owner(found, 'المجلس السيادي الليبي')).toHaveLength(1);
    expect(owner(found, 'المجلس السيادي الليبي')).toEqual(owner(found, 'مجلس السيادة الليبي'));
  });

  it('an adjective that two noun forms could say stays its own body', () => {
    const found = orgs([
      'وقال المجلس الدولي الليبي في بيان إن الهدنة صامدة .',
      'وقال مجلس الدولة الليبي في بيان إن الهدنة صامدة .',
      'وأعلن مجلس الدول الليبي في بيان أن الهدنة صامدة .',
    ]);
    expect(owner(found, 'المجلس الدولي الليبي')).toHaveLength(1);
    expect(owner(found, 'المجلس الدولي الليبي')).not.toEqual(owner(found, 'مجلس الدولة الليبي'));
    expect(owner(found, 'المجلس الدولي الليبي')).not.toEqual(owner(found, 'مجلس الدول الليبي'));
  });
});
