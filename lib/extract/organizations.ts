import { textOf, type Sentence, type Token } from './tokenize';
import { formIn, formOfWordIn, formsOf, type WordForm } from './morphology';
import { lexicon } from './lexicon';
import { isTeamNoun, quotedBodyAt, quotedNameAfterHead, teamAt } from './org-context';
import { movementHeadForm, movementNameEnd } from './movement-names';
import { centralBankAt, mayOpenElidedBody } from './elided-heads';
import { mayStandAlone } from './quoted-short-names';
import { dualBodiesAt, mayOpenDual } from './dual-heads';
import { isOutletTail, outletAt } from './outlet-names';
import { departmentAt, sectorForm } from './sector-departments';
import { isCountryName, isPostAbroadHead } from './place-scopes';
import { chainedBodyEnd, ownerBodyEnd, type BodyEndAt } from './owned-bodies';
import { normalize } from '../arabic/normalize';
import {
  countryOf,
  firstCountryIn,
  honorificForm,
  isArabicWord,
  isPlace,
  isPlainDefinite,
  isCommon,
  isDefinite,
  isNisba,
  isPunct,
  orgHeadForm,
  perWord,
  surfaceWithoutClitics,
  titleForm,
} from './words';

export interface OrgFound {
  /** the name as written, clitics excluded («لوزارة» → «وزارة») */
  name: string;
  /** short names the text gives it: «(ICRC)», «(الناتو)», or the proper name after the head («بعثة مينورسو» → «مينورسو») */
  aliases: string[];
  country?: string;
  /**
   * a definite head with adjectives only («المنظمة الإنسانية», «الحكومة الليبية»): often a description of a body
   * named elsewhere rather than a name; the merge keeps it only when it recurs or names a country's body
   */
  adjectivesOnly: boolean;
  /** «بعثة مينورسو» in «بعثة مينورسو لحفظ السلام»: the head and proper name, which may name the body elsewhere */
  properName?: string;
  /**
   * «( رويترز )» inside a text rather than at its edge: a credit as often as a gloss («( عبدالكريم )»), so the
   * merge keeps it only when the corpus credits the same word again and again, as it does its news agencies
   */
  inlineCredit?: boolean;
  /**
   * «القاعدة» in «تنظيم القاعدة»: the one definite word of a movement's name, which the corpus may call it by alone
   * (quoted-short-names.ts decides)
   */
  wordAlone?: string;
  /** read by the sequence tagger alone (lib/extract/model), no head noun or known name */
  byModel?: boolean;
  start: number;
  end: number;
}

const MAX_ORG_WORDS = 8;
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '«', '“']);
const PREPOSITION_CLITICS = /^[وف]?[لب]$/u;

/** A well-known organization written at i («للأمم المتحدة», «والناتو»), as [i, end) and its canonical entry. */
export function knownOrgAt(
  tokens: Token[],
  i: number,
): { end: number; name: string; aliases: string[]; form: string } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // the earliest-listed form whose words follow (this runs at every token: a miss allocates nothing)
  for (const known of knownFormsStartingWith(t)) {
    let all = true;
    for (let k = 1; k < known.words.length && all; k++) all = tokenIs(tokens[i + k], known.words[k]!, false);
    if (all) return { end: i + known.words.length, name: known.name, aliases: known.aliases, form: known.form };
  }
  return undefined;
}

/**
 * The known forms whose first word this word is, in the list's order: the word as written, or any of its
 * readings with its clitics off (the article put back where «لل» elided it).
 */
const knownFormsStartingWith = perWord((t: Token): readonly KnownForm[] => {
  const index = knownOrgIndex();
  const candidates = new Set(index.get(t.norm));
  for (const f of formsOf(t)) {
    for (const known of index.get(f.stem) ?? []) candidates.add(known);
    if (f.definite) for (const known of index.get('ال' + f.bare) ?? []) candidates.add(known);
  }
  return candidates.size ? [...candidates].sort((a, b) => a.order - b.order) : NO_KNOWN_FORMS;
});

const NO_KNOWN_FORMS: readonly KnownForm[] = [];

interface KnownForm {
  words: string[];
  /** the form as the list writes it */
  form: string;
  name: string;
  aliases: string[];
  order: number;
}
let knownOrgsByFirstWord: Map<string, KnownForm[]> | undefined;

/** Every written form of the known organizations, normalized once and indexed by its first word. */
function knownOrgIndex(): Map<string, KnownForm[]> {
  if (knownOrgsByFirstWord) return knownOrgsByFirstWord;
  const index = new Map<string, KnownForm[]>();
  let order = 0;
  for (const org of lexicon().knownOrgs) {
    for (const form of [org.name, ...org.aliases]) {
      // the list's order decides between two forms that both fit, as the loop over the list used to
      const known = { words: normalize(form).split(' '), form, name: org.name, aliases: org.aliases, order: order++ };
      const list = index.get(known.words[0]!);
      if (list) list.push(known);
      else index.set(known.words[0]!, [known]);
    }
  }
  return (knownOrgsByFirstWord = index);
}

function tokenIs(t: Token | undefined, word: string, allowClitics: boolean): boolean {
  if (!t) return false;
  if (t.norm === word) return true;
  return allowClitics && formsOf(t).some((f) => f.stem === word || (f.definite && 'ال' + f.bare === word));
}

/**
 * How token j continues the name of the body whose head is at i: 'construct' for a noun that needs the next
 * word as its complement («حقوق» in «مجلس حقوق الإنسان», «لشؤون» in «لشؤون اللاجئين»), 'word' for any other
 * word of the name, or undefined where the name has ended. After a construct noun the next definite word belongs
 * to the name whatever it is.
 */
type Continuation = 'construct' | 'word' | undefined;

const MINISTRY = normalize('وزارة');

/** Ordinals look like adjectives of relation but rank things: «المركز الثاني» is second place, not a body. */
const ORDINALS = new Set(
  [
    'الأول',
    'الأولى',
    'الثاني',
    'الثانية',
    'الثالث',
    'الثالثة',
    'الرابع',
    'الرابعة',
    'الخامس',
    'الخامسة',
    'السادس',
    'السادسة',
    'السابع',
    'السابعة',
    'الثامن',
    'الثامنة',
    'التاسع',
    'التاسعة',
    'العاشر',
    'العاشرة',
    'الأخير',
    'الأخيرة',
    'الحالي',
    'الحالية',
    'السابق',
    'السابقة',
  ].map((w) => normalize(w)),
);

/**
 * A proper name in construct with the head: «مركز جنيف», «حركة حماس», «بعثة مينورسو». Only an indefinite head
 * takes one (a definite head is followed by adjectives), and never a head that names nothing on its own
 * («إدارة», «قيادة»: «قيادة ستافان» is «under Staffan's leadership»).
 */
function isProperNameAfter(head: WordForm, t: Token): boolean {
  const lex = lexicon();
  if (head.definite || lex.headsNeedingComplement.has(head.bare)) return false;
  // «شركة Apple», «شبكة CNN»: a Latin name after an Arabic head
  if (t.kind === 'latin') return /^[A-Z]/u.test(t.text) && t.text.length >= 2;
  if (!isArabicWord(t) || t.norm.length < 3) return false;
  if (
    isCommon(t) ||
    lex.generic.has(t.norm) ||
    lex.nameParticles.has(t.norm) ||
    orgHeadForm(t) ||
    titleForm(t) ||
    isDefinite(t) ||
    isPlace(t) ||
    countryOf(t)
  )
    return false;
  // a feminine or relational ending is an adjective or a common noun («منظمة إرهابية», «تنظيم مظاهرة», «مركز ثقافي»),
  // and a clitic in front is a preposition: proper names of bodies are foreign words without them
  const cliticOnKnownWord = formsOf(t).some(
    (f) =>
      f.clitics && (f.definite || lex.common.has(f.stem) || lex.genericWritten.has(f.stem) || lex.places.has(f.stem)),
  );
  return !/(ه|ي)$/u.test(t.norm) && !cliticOnKnownWord;
}

function continuesOrg(tokens: Token[], i: number, j: number, afterConstruct: boolean, head: WordForm): Continuation {
  const t = tokens[j];
  if (t?.kind === 'latin' && j === i + 1 && isProperNameAfter(head, t)) return 'word';
  if (!isArabicWord(t) || honorificForm(t)) return undefined;
  const next = tokens[j + 1];
  const lex = lexicon();
  const forms = formsOf(t);
  const plain = forms[0]!;
  if (titleForm(t) && !plain.definite) return undefined;
  if (plain.definite) {
    // a ministry is named by its portfolio, whatever the word: «وزارة الصناعة», «وزارة الداخلية»; another
    // indefinite head in construct names a body when an adjective follows: «إدارة المنظمات الدولية»
    if (
      afterConstruct ||
      (j === i + 1 && !head.definite && (head.bare === MINISTRY || (next && isPlainDefinite(next))))
    )
      return 'word';
    // «مكتب الأمين العام»: a title's own modifier after it
    if (titleForm(tokens[j - 1]!) && formIn(t, lex.titleModifiers)) return 'word';
    // adjectives of relation (…ية/…ي) agree with the head and name it: «المفوضية السامية», «اللجنة الدولية»,
    // «الوكالة العربية السورية»; so does the word right after the head unless it is an ordinary word («المركز الثاني»)
    if (lex.functionWords.has(t.norm)) return undefined;
    // «وكالة الأنباء العراقية الرسمية»: after the country's adjective, «official» describes the body, not names it
    if (DESCRIPTIVE_AFTER_COUNTRY.has(t.norm) && countryOf(tokens[j - 1]!)) return undefined;
    // «الاتحاد العام», «المجلس الأعلى», «المحكمة العليا»: ranks that name the body they follow
    if (j === i + 1 && RANK_ADJECTIVES.has(t.norm)) return 'word';
    if (/ي[هة]?$/u.test(t.norm) && !ORDINALS.has(t.norm)) return 'word';
    if (j === i + 1 && (!lex.generic.has(t.norm) || lex.organizationWords.has(t.norm))) return 'word';
    // a definite word continues the name unless it is a common word that no organization name uses
    const belongs =
      !isCommon(t) || lex.organizationWords.has(t.norm) || !!formIn(t, lex.portfolios) || isNisba(t) || !!countryOf(t);
    return belongs ? 'word' : undefined;
  }
  const genitive = genitiveForm(t);
  // «مؤسسة للسلام», «لجنة للتعامل مع …»: «ل» right after a head without the article is «a body for …», no name
  if (genitive && j === i + 1 && !head.definite && (genitive.definite || isConstructStem(genitive.stem)))
    return undefined;
  if (genitive?.definite) return 'word'; // «للأنباء», «للصليب», «للسياسات»
  // «نقل إلى المستشفى لتلقي العلاج»: right after a definite head, «ل» and a noun without the article is a purpose
  if (genitive && j === i + 1 && head.definite) return undefined;
  // «لشؤون اللاجئين»; «لاعتماد آلية» is a purpose, not a complement: «آلية» only looks definite (ال + two letters)
  if (genitive && next && isDefiniteNoun(next) && isConstructStem(genitive.stem)) return 'construct';
  // «لدول غرب إفريقيا», «لدول أمريكا اللاتينية»: a construct chain that ends in a place
  if (genitive && next && (namesPlace(next) || isDirection(next)) && isConstructStem(genitive.stem)) return 'construct';
  if (afterConstruct && isDirection(t) && next && namesPlace(next)) return 'construct';
  if (afterConstruct && namesPlace(t)) return 'word';
  const conjunction = forms.find((f) => f.clitics === 'و' && f.definite);
  if (conjunction && head.bare === MINISTRY && next !== undefined) return 'word'; // «وزارة الخارجية والتعاون الدولي»
  if (j === i + 1 && isProperNameAfter(head, t)) return 'word';
  // «سفارة فرنسا», «قنصلية مصر»: a body a state keeps abroad, in construct with the state's name
  if (j === i + 1 && !head.definite && isPostAbroadHead(head) && isCountryName(t)) return 'word';
  // «جامعة جونز هوبكنز»: a foreign name of two words, neither a given name («حركة حماس يحيى …»)
  if (j === i + 2 && isProperNameAfter(head, tokens[i + 1]!) && isForeignNameWord(head, t)) return 'word';
  // «مجلس نواب الشعب», «هيئة رؤساء الدول»: an indefinite noun right after the head, governing a definite word
  if (j === i + 1 && !head.definite && next && isPlainDefinite(next) && isConstructNoun(t)) return 'construct';
  // «مركز جنيف للسياسات الأمنية»: a place in construct with the head, when the name goes on after it
  if (j === i + 1 && !head.definite && isPlace(t) && next && (isDefinite(next) || isPlainDefinite(next))) return 'word';
  // a noun in construct: «مجلس حقوق الإنسان», «حلف شمال الأطلسي»
  // (the word list is read from tagged news and holds particles too: «وكالة شينخوا إن الوفد»)
  return next && isDefinite(next) && lex.organizationWords.has(t.norm) && !lex.functionWords.has(t.norm)
    ? 'construct'
    : undefined;
}

/** «للأنباء», «لشؤون»: the word's reading behind «ل» (with «و»/«ف» or «ب» before it or not). Kept per word. */
const genitiveForm = perWord((t: Token): WordForm | undefined => {
  for (const f of formsOf(t)) if (PREPOSITION_CLITICS.test(f.clitics) && f.clitics.endsWith('ل')) return f;
  return undefined;
});

/** A stem that may govern a complement: a word of organization names, a portfolio or a common word. */
function isConstructStem(w: string): boolean {
  const lex = lexicon();
  return (
    !lex.functionWords.has(w) &&
    (lex.organizationWords.has(w) || !!formOfWordIn(w, lex.portfolios) || lex.common.has(w))
  );
}

/** Whether every word of [from, to) is a country's adjective with the article alone: «الأمريكية», «السويسري». */
function onlyNationalitiesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!isPlainDefinite(t) || !isNisba(t) || !countryOf(t)) return false;
  }
  return from < to;
}

/** A definite noun: the article and a stem of three letters at least («آلية» is no «ال» + «ية»). */
function isDefiniteNoun(t: Token): boolean {
  return isArabicWord(t) && formsOf(t).some((f) => f.definite && f.bare.length >= 3);
}

function isForeignNameWord(head: WordForm, t: Token): boolean {
  const lex = lexicon();
  return isProperNameAfter(head, t) && !lex.givenNames.has(t.norm) && !lex.functionWords.has(t.norm);
}

const DIRECTIONS: ReadonlySet<string> = new Set(['شرق', 'غرب', 'شمال', 'جنوب', 'وسط'].map((w) => normalize(w)));
const isDirection = (t: Token) => isArabicWord(t) && DIRECTIONS.has(t.norm);
const namesPlace = (t: Token) => isArabicWord(t) && (isPlace(t) || !!countryOf(t));

/**
 * Heads that restate what kind of body a well-known one is: «منظمة الأمم المتحدة», «حلف الناتو». Other heads
 * before a well-known body name a part of it or a body of its own: «قوات الأمم المتحدة», «مفوضية الاتحاد
 * الإفريقي», «بعثة الأمم المتحدة».
 */
const SAME_BODY_HEADS: ReadonlySet<string> = new Set(
  ['منظمة', 'حلف', 'تنظيم', 'حركة', 'حزب', 'جماعة', 'تحالف'].map((w) => normalize(w)),
);

/**
 * Heads of bodies named after their founders or patrons: «مؤسسة جيتس», «مركز كارتر». The proper name alone is the
 * person, so it is no alias of the body (normalized, without the article).
 */
const NAMED_AFTER_PEOPLE: ReadonlySet<string> = new Set(['مؤسسة', 'مركز', 'جائزة'].map((w) => normalize(w)));

/** Verbal nouns among the heads: «إدارة», «قيادة», «رئاسة» are also managing, leading, presiding (normalized). */
const LEADING_HEADS: ReadonlySet<string> = new Set(['إدارة', 'قيادة', 'رئاسة'].map((w) => normalize(w)));

/** A word that opens another body's name: a head noun or a well-known body, behind its clitics. */
function opensBody(t: Token | undefined): boolean {
  return !!t && isArabicWord(t) && (!!orgHeadForm(t) || knownFormsStartingWith(t).length > 0);
}

/** Adjectives of rank that are part of the name of the body they follow (normalized). */
const RANK_ADJECTIVES: ReadonlySet<string> = new Set(
  ['العام', 'العامة', 'الأعلى', 'العليا', 'الأعلي'].map((w) => normalize(w)),
);

/** Adjectives that describe a country's body after its nisba («الرسمية», «الحكومية»), normalized. */
const DESCRIPTIVE_AFTER_COUNTRY: ReadonlySet<string> = new Set(
  ['الرسمي', 'الرسمية', 'الحكومي', 'الحكومية'].map((w) => normalize(w)),
);

/**
 * A noun in construct after a body's head: no article or clitic, no title, no adjective of relation, no verb
 * (imperfect verbs begin with «ي»), no head of another body, no place.
 */
function isConstructNoun(t: Token): boolean {
  if (!isArabicWord(t) || t.norm.length < 3) return false;
  const [plain, ...withClitics] = formsOf(t);
  if (plain!.definite || withClitics.some((f) => f.clitics && lexicon().common.has(f.stem))) return false;
  return (
    !lexicon().functionWords.has(t.norm) &&
    !titleForm(t) &&
    !honorificForm(t) &&
    !orgHeadForm(t) &&
    !isPlace(t) &&
    !countryOf(t) &&
    !/^[يوفب]/u.test(t.norm) &&
    !/(?:ي|يه)$/u.test(t.norm)
  );
}

/** «(ICRC)», «(الناتو)», «(GCSP)» right after a name: its short form. */
function parentheticalAfter(tokens: Token[], end: number): { alias: string; end: number } | undefined {
  if (tokens[end]?.text !== '(') return undefined;
  let close = end + 1;
  while (close < tokens.length && tokens[close]!.text !== ')' && close - end <= 4) close++;
  if (tokens[close]?.text !== ')' || close === end + 1) return undefined;
  const inside = tokens.slice(end + 1, close);
  if (inside.some((t) => t.kind === 'punct' || t.kind === 'number')) return undefined;
  return { alias: textOf(tokens, end + 1, close), end: close + 1 };
}

function surface(tokens: Token[], i: number, end: number, head: WordForm): string {
  const first = surfaceWithoutClitics(tokens[i]!, head);
  return end > i + 1 ? `${first} ${textOf(tokens, i + 1, end)}` : first;
}

/**
 * A news agency or channel credited in parentheses at the start or end of a dispatch: «( رويترز )»,
 * «نيويورك ، الولايات المتحدة ( CNN ) - -». One word that is no place, country, number or ordinary word.
 */
function creditedSourceAt(tokens: Token[], i: number): OrgFound | undefined {
  if (tokens[i]?.text !== '(') return undefined; // before the destructuring below: this runs at every token
  const [open, word, close, after] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (open?.text !== '(' || close?.text !== ')' || !word) return undefined;
  const atEdge = after === undefined || after.text === '-' || i === 0 || isDatelineBefore(tokens, i);
  // «--(بترا)» on a line of its own at the end: a sign-off credits the agency even when its name is a place
  const signOff = after === undefined && i > 0 && tokens.slice(0, i).every((t) => t.text === '-');
  const lex = lexicon();
  const plausible =
    word.kind === 'latin'
      ? /^[A-Z]/u.test(word.text)
      : isArabicWord(word) &&
        word.norm.length >= 3 &&
        !lex.generic.has(word.norm) &&
        !lex.common.has(word.norm) &&
        (signOff || !isPlace(word)) &&
        !countryOf(word) &&
        !isNisba(word) &&
        !titleForm(word);
  if (!plausible) return undefined;
  const org: OrgFound = { name: word.text, aliases: [], adjectivesOnly: false, start: word.start, end: word.end };
  if (!atEdge) org.inlineCredit = true;
  return org;
}

/** A dateline is short: a city, maybe its country, a day, a month and a year. */
const MAX_DATELINE_TOKENS = 8;

/**
 * «أبوجا 30 يوليو 2023 (شينخوا) وافقت …»: the dispatch opens with its dateline, a place and a date, then credits
 * its agency. Everything before the parenthesis is a place, a number, a month (an ordinary word) or punctuation.
 */
function isDatelineBefore(tokens: Token[], i: number): boolean {
  if (i > MAX_DATELINE_TOKENS) return false;
  let place = false;
  let number = false;
  for (let k = 0; k < i; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number') number = true;
    else if (isArabicWord(t) && (isPlace(t) || countryOf(t))) place = true;
    else if (!isPunct(t) && !(isArabicWord(t) && (isCommon(t) || lexicon().generic.has(t.norm)))) return false;
  }
  return place && number;
}

/** Every body a sentence names: a head noun and its construct chain, or a well-known organization. */
export function findOrganizations(sentence: Sentence): OrgFound[] {
  const tokens = sentence.tokens;
  const found: OrgFound[] = [];
  let i = 0;
  while (i < tokens.length) {
    // most words open no body: one question answers that for them
    const outlet = tokens[i + 1] && isOutletTail(tokens[i + 1]!) ? outletAt(tokens, i) : undefined;
    if (outlet) {
      found.push(outlet);
      i += 2;
      continue;
    }
    if (!mayOpenOrganization(tokens[i]!)) {
      i++;
      continue;
    }
    const dual = dualBodiesAt(tokens, i);
    if (dual) {
      found.push(...dual.orgs);
      i = dual.next;
      continue;
    }
    const { org, next } = organizationAt(tokens, i);
    if (org) found.push(org);
    i = next;
  }
  return found;
}

/** A word some rule of organizationAt starts from: «(», a head noun, a team word, a known organization's first word. */
const mayOpenOrganization = perWord(
  (t: Token): boolean =>
    t.text === '(' ||
    OPENING_QUOTES.has(t.text) ||
    !!orgHeadForm(t) ||
    !!movementHeadForm(t) ||
    isTeamNoun(t) ||
    knownFormsStartingWith(t).length > 0 ||
    mayOpenDual(t) ||
    !!sectorForm(t) ||
    !!portfolioForm(t) ||
    mayOpenElidedBody(t),
);

/**
 * Portfolios the news names their ministry by alone («الخارجية السعودية» is the Saudi foreign ministry). Normalized,
 * without the article. Others («الطاقة الروسية», «المالية») are as often the thing itself as the ministry.
 */
const MINISTRY_PORTFOLIOS: ReadonlySet<string> = new Set(['خارجيه', 'داخليه', 'دفاع', 'عدل', 'صحه']);

const portfolioForm = perWord((t: Token): WordForm | undefined =>
  isArabicWord(t) ? formsOf(t).find((f) => f.definite && MINISTRY_PORTFOLIOS.has(f.bare)) : undefined,
);

/**
 * «الخارجية السعودية»: a portfolio with a country's feminine nisba (agreeing with the ministry left unsaid) is
 * that country's ministry, «وزارة الخارجية السعودية», never a generic «وزارة الخارجية».
 */
function ministryByPortfolioAt(tokens: Token[], i: number): OrgFound | undefined {
  const t = tokens[i]!;
  const portfolio = portfolioForm(t);
  const adjective = tokens[i + 1];
  if (!portfolio || !adjective || !isArabicWord(adjective) || !adjective.norm.endsWith('يه')) return undefined;
  // «وزيرة الخارجية الأمريكية»: the adjective agrees with the minister, the ministry is not named
  const before = tokens[i - 1];
  if (before && titleForm(before)) return undefined;
  const country = formsOf(adjective).find((f) => !f.clitics && f.definite && lexicon().nisbas.has(f.bare))
    ? countryOf(adjective)
    : undefined;
  if (!country) return undefined;
  // the short form is no alias: pages write it inside other names too («الجبهة الداخلية الفلسطينية»)
  return {
    name: `وزارة ${surfaceWithoutClitics(t, portfolio)} ${adjective.text}`,
    aliases: [],
    start: t.start,
    end: adjective.end,
    adjectivesOnly: false,
    country,
  };
}

const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '»', '”']);

/**
 * Where the name of a body's part ends when another body's indefinite head follows the first one: «مركز جامعة
 * جونز هوبكنز» is the university's centre, one name as the news writes it. Undefined when no body follows.
 */
function subBodyEnd(tokens: Token[], i: number, head: WordForm): number | undefined {
  const next = tokens[i + 1];
  const inner = next && orgHeadForm(next);
  if (head.definite || !inner || inner.definite || inner.clitics) return undefined;
  const sub = organizationAt(tokens, i + 1).org;
  if (!sub || sub.adjectivesOnly || sub.name === inner.stem) return undefined;
  const last = tokens.findIndex((t, k) => k > i && t.end === sub.end);
  return last > i + 1 ? last + 1 : undefined;
}

/** «الـ 43»: an ordinal in figures behind the article right at k, counting the word before it (a year is no count). */
function isCountedAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return isArabicWord(t) && t.norm === 'ال' && tokens[k + 1]?.kind === 'number';
}

/** Whether every word of [from, to) has the article and no clitic: the adjectives of a description. */
function onlyDefiniteWordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isPlainDefinite(tokens[k]!)) return false;
  return from < to;
}

/** Where the body named from token k ends, when it is a name (a known body, or a head and its name). */
function namedBodyEnd(tokens: Token[]): BodyEndAt {
  return (k) => {
    const t = tokens[k];
    if (!t) return undefined;
    const known = knownOrgAt(tokens, k);
    if (known) return known.end;
    if (!orgHeadForm(t)) return undefined;
    const { org } = organizationAt(tokens, k);
    if (!org || org.adjectivesOnly || org.inlineCredit || org.start !== t.start) return undefined;
    let end = k + 1;
    while (end < tokens.length && tokens[end]!.end <= org.end) end++;
    return end;
  };
}

/** «وكالة "الأناضول"»: a well-known body quoted after a head is that body, under its own name. */
function quotedKnownAfterHead(tokens: Token[], i: number): { org: OrgFound; end: number } | undefined {
  if (!OPENING_QUOTES.has(tokens[i + 1]?.text ?? '') || !orgHeadForm(tokens[i]!)) return undefined;
  const known = knownOrgAt(tokens, i + 2);
  if (!known || !CLOSING_QUOTES.has(tokens[known.end]?.text ?? '')) return undefined;
  const aliases = known.form !== known.name ? [known.form] : [];
  const org: OrgFound = {
    name: known.name,
    aliases,
    adjectivesOnly: false,
    start: tokens[i + 2]!.start,
    end: tokens[known.end - 1]!.end,
  };
  return { org, end: known.end + 1 };
}

/** The body named from token i, if any, and the index to read on from. */
export function organizationAt(tokens: Token[], i: number): { org?: OrgFound; next: number } {
  const t = tokens[i]!;
  const credited = creditedSourceAt(tokens, i);
  if (credited) return { org: credited, next: i + 3 };
  const inContext =
    quotedKnownAfterHead(tokens, i) ?? quotedNameAfterHead(tokens, i) ?? quotedBodyAt(tokens, i) ?? teamAt(tokens, i);
  if (inContext) return { org: inContext.org, next: inContext.end };
  const known = knownOrgAt(tokens, i);
  // «جنوب شرق الأناضول»: after a direction, a body named after a place is the place
  if (known && isPlace(t) && tokens[i - 1] && isDirection(tokens[i - 1]!)) return { next: known.end };
  const head = known ? undefined : (orgHeadForm(t) ?? movementHeadForm(t));
  if (!known && !head) {
    const department = departmentAt(tokens, i);
    if (department) return { org: department, next: i + 3 };
    const ministry = ministryByPortfolioAt(tokens, i) ?? centralBankAt(tokens, i);
    return ministry ? { org: ministry, next: i + 2 } : { next: i + 1 };
  }
  // «بإدارة البنك المركزي», «قيادة لوزارة الدفاع»: managing or leading a body is no body; the body is read next
  if (head && LEADING_HEADS.has(head.bare) && opensBody(tokens[i + 1])) return { next: i + 1 };
  let end: number;
  let name: string;
  let adjectivesOnly = false;
  let properName: string | undefined;
  const aliases: string[] = [];
  const plus = known ? tokens[known.end] : undefined;
  if (known && plus?.text === '+' && plus.start === tokens[known.end - 1]!.end) {
    // «أوبك+» is the alliance around OPEC, a body of its own: the sign glued to the name makes another name
    end = known.end + 1;
    name = `${known.form}+`;
  } else if (known) {
    end = known.end;
    name = known.name;
    // «الناتو» for «حلف شمال الأطلسي»: the short form the text uses is the entity's alias, so pages find it
    if (known.form !== known.name) aliases.push(known.form);
  } else {
    end = i + 1;
    let afterConstruct = false;
    while (end < tokens.length && end - i < MAX_ORG_WORDS) {
      const how = continuesOrg(tokens, i, end, afterConstruct, head!);
      if (!how) break;
      afterConstruct = how === 'construct';
      end++;
    }
    // a construct noun left without its complement is not part of the name
    if (afterConstruct) end--;
    // «المجلس الوزاري التحضيري للدورة الـ 43»: a thing counted by its number (a session, an edition) is an event
    if (end - i > 2 && isCountedAt(tokens, end)) end--;
    // «حركة النهضة», «قوات الدعم السريع»: a party's or a force's name is ordinary words in construct
    const movement = movementHeadForm(t) ? movementNameEnd(tokens, i, head!) : undefined;
    if (movement !== undefined && movement > end) end = movement;
    // «مركز جامعة جونز هوبكنز»: a body of another body, whose name follows the first head
    if (end === i + 1) end = subBodyEnd(tokens, i, head!) ?? end;
    // «هيئة رؤساء دول وحكومات المجموعة …», «المجلس الأعلى لمجلس التعاون»: an organ named through its owner
    if (end === i + 1 && !head!.definite) end = chainedBodyEnd(tokens, i, namedBodyEnd(tokens)) ?? end;
    else if (head!.definite && onlyDefiniteWordsBetween(tokens, i + 1, end) && !firstCountryIn(tokens, i + 1, end))
      end = ownerBodyEnd(tokens, end, namedBodyEnd(tokens)) ?? end;
    if (end - i < 2) return { next: i + 1 };
    // «حلف الناتو»: the head and a well-known organization's short name are that organization
    const inner = knownOrgAt(tokens.slice(0, end), i + 1);
    if (inner && inner.end === end && SAME_BODY_HEADS.has(head!.bare)) {
      name = inner.name;
      aliases.push(surface(tokens, i, end, head!));
    } else {
      name = surface(tokens, i, end, head!);
      if (isProperNameAfter(head!, tokens[i + 1]!)) {
        // «بعثة مينورسو»: the proper name alone is a short name; in «مركز جنيف للسياسات» it is only a place
        // «شركة زيلكو الأمريكية»: nationalities after it only say where the body is from
        if ((end - i === 2 || onlyNationalitiesBetween(tokens, i + 2, end)) && !NAMED_AFTER_PEOPLE.has(head!.bare))
          aliases.push(tokens[i + 1]!.text);
        if (end - i > 2) properName = surface(tokens, i, i + 2, head!);
      }
    }
    adjectivesOnly = head!.definite;
    for (let k = i + 1; k < end && adjectivesOnly; k++) adjectivesOnly = formsOf(tokens[k]!)[0]!.definite;
  }
  const paren = parentheticalAfter(tokens, end);
  if (paren) aliases.push(paren.alias);
  const country = firstCountryIn(tokens, i + 1, end);
  // «برنامج إيران النووي», «البرنامج النووي الإيراني»: a country's programme is a policy, not a body
  if (country && !known && lexicon().headsOfWorks.has(head!.bare) && !paren) return { next: end };
  const org: OrgFound = {
    name,
    aliases,
    start: t.start,
    end: tokens[end - 1]!.end,
    adjectivesOnly: adjectivesOnly && !paren,
  };
  if (properName) org.properName = properName;
  if (!known && movementHeadForm(t) && !head!.definite && end - i === 2 && mayStandAlone(tokens[i + 1]))
    org.wordAlone = tokens[i + 1]!.text;
  if (country) org.country = country;
  let next = paren ? paren.end : end;
  if (isPunct(tokens[next]) && tokens[next]!.text === ')') next++;
  return { org, next };
}
