/**
 * Synthetic Arabic names for the benchmark: persons of 2–3 words and organizations of 2–5 words, built from
 * word lists and from three-letter roots poured into the patterns Arabic family names follow (الخطابي, قاسم,
 * البرقاوي), plus transliterated foreign names from syllables (فيرشينين). Name k is a pure function of k, so
 * the corpus and the 100,000-entry dictionary draw from the same population without sharing state.
 */
import { seeded, type Random } from './random';

export const GIVEN = [
  'محمد',
  'أحمد',
  'علي',
  'عمر',
  'خالد',
  'يوسف',
  'إبراهيم',
  'حسن',
  'حسين',
  'عبد الله',
  'عبد الرحمن',
  'عبد العزيز',
  'عبد المجيد',
  'فاطمة',
  'مريم',
  'عائشة',
  'سارة',
  'ليلى',
  'نور',
  'هدى',
  'سلمى',
  'رشيد',
  'مصطفى',
  'طارق',
  'سمير',
  'كريم',
  'ناصر',
  'سعيد',
  'جمال',
  'ماجد',
  'وليد',
  'هشام',
  'عادل',
  'منير',
  'فيصل',
  'سلطان',
  'نبيل',
  'رامي',
  'زياد',
  'أمين',
  'لوناس',
  'مراد',
  'رضا',
  'نادية',
  'أمينة',
  'خديجة',
  'زينب',
  'رانيا',
  'إيمان',
  'سعاد',
  'ياسين',
  'بلال',
  'حمزة',
  'أنور',
  'صلاح',
  'جعفر',
  'موسى',
  'عيسى',
  'إسماعيل',
  'عثمان',
  'بشير',
  'نذير',
  'توفيق',
  'فريد',
  'حكيم',
];
export const FOREIGN_GIVEN = [
  'سيرغي',
  'جون',
  'ماريا',
  'أنطونيو',
  'فلاديمير',
  'إيمانويل',
  'أولاف',
  'جوزيب',
  'كاترين',
  'ليندا',
  'بيتر',
  'ميشال',
  'دميتري',
  'غيورغي',
  'فولكر',
];
const ROOT_LETTERS = [...'بتجحخدرزسشصطعغفقكلمنهوي'];
// r = the three root letters; an Arabic family name is a root poured into one of these moulds
const PATTERNS: ((r: string[]) => string)[] = [
  (r) => `ال${r[0]}${r[1]}ا${r[2]}ي`,
  (r) => `${r[0]}ا${r[1]}${r[2]}`,
  (r) => `ال${r[0]}${r[1]}${r[2]}اوي`,
  (r) => `ال${r[0]}ا${r[1]}${r[2]}`,
  (r) => `ال${r[0]}${r[1]}و${r[2]}ي`,
  (r) => `بن${r[0]}${r[1]}ي${r[2]}`,
  (r) => `م${r[0]}${r[1]}${r[2]}ي`,
];
const SYLLABLES = [
  'فير',
  'شي',
  'نين',
  'كا',
  'لو',
  'ما',
  'رو',
  'سي',
  'غي',
  'تا',
  'دو',
  'لي',
  'نا',
  'بي',
  'ري',
  'مو',
  'فا',
  'تش',
  'كو',
  'زا',
  'يف',
  'سكي',
  'ني',
  'بو',
  'لا',
];

export function familyName(rng: Random): string {
  if (rng.chance(0.2)) {
    let s = '';
    for (let k = rng.int(2, 4); k > 0; k--) s += rng.pick(SYLLABLES);
    return s;
  }
  return rng.pick(PATTERNS)([rng.pick(ROOT_LETTERS), rng.pick(ROOT_LETTERS), rng.pick(ROOT_LETTERS)]);
}

export interface PersonName {
  /** the full name: 2 or 3 words (a compound given name such as عبد الله counts as one) */
  full: string;
  given: string;
  family: string;
}

/** Person k of the synthetic population. */
export function personName(k: number): PersonName {
  const rng = seeded(0x9e3779b1 ^ (k * 2654435761));
  const foreign = rng.chance(0.15);
  const given = rng.pick(foreign ? FOREIGN_GIVEN : GIVEN);
  const family = familyName(rng);
  const middle = !foreign && rng.chance(0.35) ? ` ${rng.pick(GIVEN)}` : '';
  return { full: `${given}${middle} ${family}`, given, family };
}

// masculine heads take masculine adjectives (المجلس الوطني), feminine ones feminine (الهيئة الوطنية)
export const HEADS_M = ['مجلس', 'اتحاد', 'بنك', 'مركز', 'حزب', 'صندوق', 'معهد', 'مكتب', 'ديوان'];
export const HEADS_F = [
  'وزارة',
  'هيئة',
  'شركة',
  'مؤسسة',
  'جمعية',
  'منظمة',
  'جامعة',
  'لجنة',
  'وكالة',
  'نقابة',
  'مديرية',
];
export const DOMAINS = [
  'الصحة',
  'التعليم العالي',
  'الشباب',
  'الرياضة',
  'التنمية',
  'الاستثمار',
  'الطاقة',
  'المياه',
  'الزراعة',
  'النقل',
  'الثقافة',
  'الإعلام',
  'الدفاع',
  'العدل',
  'المالية',
  'التجارة',
  'الصناعة',
  'السياحة',
  'البيئة',
  'الإسكان',
  'الاتصالات',
  'البحث العلمي',
  'حقوق الإنسان',
  'الأمن',
  'السلام',
  'الصيد البحري',
  'الطيران المدني',
  'المناجم',
  'الموارد المائية',
  'التضامن',
  'الأشغال العمومية',
  'المحروقات',
  'الضرائب',
  'الجمارك',
  'التكوين المهني',
  'الفلاحة',
];
export const ADJ_M = [
  'الوطني',
  'الأعلى',
  'العربي',
  'الدولي',
  'الإفريقي',
  'المغاربي',
  'الاقتصادي',
  'الاجتماعي',
  'الاستشاري',
  'المركزي',
  'المستقل',
  'الجهوي',
];
export const ADJ_F = [
  'الوطنية',
  'العليا',
  'العربية',
  'الدولية',
  'الإفريقية',
  'المغاربية',
  'الاقتصادية',
  'الاجتماعية',
  'الاستشارية',
  'المركزية',
  'المستقلة',
  'الجهوية',
];
export const PLACES = [
  'الجزائر',
  'وهران',
  'قسنطينة',
  'تونس',
  'القاهرة',
  'الرباط',
  'عمان',
  'بيروت',
  'دمشق',
  'بغداد',
  'الرياض',
  'الدوحة',
  'جنيف',
  'نواكشوط',
  'طرابلس',
  'الخرطوم',
  'صنعاء',
  'مسقط',
  'الكويت',
  'المنامة',
];
export const TRADES = [
  'للتجارة',
  'للاستثمار',
  'للمقاولات',
  'للصناعات الغذائية',
  'للنقل البحري',
  'للخدمات النفطية',
  'للتأمين',
];
export const LATIN = 'ABCDEFGHIJKLMNOPRSTUV';

export interface OrgName {
  full: string;
  /** a short form or a Latin acronym, when the organization has one */
  alias?: string;
}

/** Organization k of the synthetic population: 2–5 words. */
export function orgName(k: number): OrgName {
  const rng = seeded(0x85ebca6b ^ (k * 2246822519));
  if (rng.chance(0.2)) {
    // a company named after a family: مجموعة الخطابي للاستثمار
    const full = `${rng.pick(['مجموعة', 'شركة', 'مؤسسة', 'مجمع'])} ${familyName(rng)} ${rng.pick(TRADES)}`;
    return { full };
  }
  const masculine = rng.chance(HEADS_M.length / (HEADS_M.length + HEADS_F.length));
  const head = rng.pick(masculine ? HEADS_M : HEADS_F);
  const words = [head, rng.pick(DOMAINS)];
  if (rng.chance(0.6)) words.push(rng.pick(masculine ? ADJ_M : ADJ_F));
  if (words.join(' ').split(' ').length < 5 && rng.chance(0.45)) words.push(`ب${rng.pick(PLACES)}`);
  const full = words.join(' ');
  let alias: string | undefined;
  const kind = rng.next();
  if (kind < 0.3) {
    alias = '';
    for (let n = rng.int(3, 5); n > 0; n--) alias += LATIN[rng.int(0, LATIN.length - 1)];
  } else if (words.length > 2 && kind < 0.5) alias = `${words[0]} ${words[1]}`;
  return alias ? { full, alias } : { full };
}
