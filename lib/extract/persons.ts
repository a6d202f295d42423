import { textOf, type Sentence, type Token } from './tokenize';
import {
  countryOf,
  countryWordsAt,
  firstCountryIn,
  hasPrepositionOnKnownWord,
  honorificForm,
  isPlace,
  isArabicWord,
  isComma,
  isCommon,
  isDefinite,
  isGivenName,
  isNameParticle,
  isNisba,
  isPunct,
  isRoleOrBodyWord,
  isTitleModifierOrPortfolio,
  orgHeadForm,
  perWord,
  surfaceWithoutClitics,
  titleForm,
} from './words';
import { formIn, formsOf } from './morphology';
import { lexicon } from './lexicon';
import { knownOrgAt, organizationAt } from './organizations';
import { bareOf } from '../arabic/clitics';
import { normalize as normalizeWord } from '../arabic/normalize';
import { isIndefiniteNisba, isNameAli, isNameWordBeforeGivenName, nameStartBefore } from './name-words';
import { hasPronounOnKnownWord, isCardinal, isIndefiniteOrdinal, qualifiesPlace } from './name-limits';
import { definiteGivenNameAt, definiteGivenNameForm } from './definite-given-names';

export interface RoleFound {
  title: string;
  org?: string;
  country?: string;
}

export interface PersonFound {
  /** the name as written (clitics excluded) */
  name: string;
  tokens: Token[];
  roles: RoleFound[];
  /** other names the text gives the person right beside this one («… دقلو "حميدتي"»: nicknames.ts) */
  aliases?: string[];
  /** how the text marks it as a person: by the rules' cues, as an item of a list of people, or only by the sequence tagger (lib/extract/model) */
  evidence: 'title' | 'honorific' | 'given-name' | 'list' | 'model';
  start: number;
  end: number;
}

const MAX_NAME_WORDS = 4;
const MAX_ROLE_WORDS = 18;
const PLACE_PREPOSITIONS = new Set(['في', 'لدى', 'مع'].map((w) => normalizeWord(w)));

/** Can this word begin a person's name? */
function canStartName(t: Token | undefined): t is Token {
  return isArabicWord(t) && canWordStartName(t);
}

const canWordStartName = perWord((t: Token): boolean => {
  if (t.norm.length < 3 || lexicon().functionWords.has(t.norm)) return false;
  if (isGivenName(t)) return true;
  if (
    isRoleOrBodyWord(t) ||
    isCommon(t) ||
    isDefinite(t) ||
    isPlace(t) ||
    isNameParticle(t) ||
    hasPrepositionOnKnownWord(t)
  )
    return false;
  // «وبأنهما», «فإن»: a conjunction in front; a name that truly begins with و (وليد) is a known given name
  if (/^[وف]/u.test(t.norm) && formsOf(t).length > 1) return false;
  // «وسيرغي», «وعبد»: a conjunction in front of a known word is a second name, not this one
  if (
    /^[وف]/u.test(t.norm) &&
    formsOf(t).some(
      (f) =>
        f.clitics &&
        (lexicon().givenNames.has(f.stem) || lexicon().nameParticles.has(f.stem) || lexicon().common.has(f.stem)),
    )
  )
    return false;
  return t.norm.length >= 2;
});

/** «ودائم», «والإيراني», «وعبد»: a conjunction in front of a known word or of a definite one joins a second item. */
const isCoordination = perWord((t: Token): boolean => {
  if (!/^[وف]/u.test(t.norm)) return false;
  const lex = lexicon();
  return formsOf(t).some(
    (f) =>
      f.clitics &&
      (f.definite || lex.givenNames.has(f.stem) || lex.nameParticles.has(f.stem) || lex.common.has(f.stem)),
  );
});

/** Can this word continue a name that has already begun? «الناشف» can, «والإيراني» and «خلال» cannot. */
function canContinueName(t: Token | undefined, next: Token | undefined): t is Token {
  if (!isArabicWord(t) || isIndefiniteOrdinal(t)) return false;
  // a particle joins the next word only when that word is a name: «عبد اللهيان», not «ابن أخيه»
  if (isNameParticle(t)) return isArabicWord(next) && (!isCommon(next) || isGivenName(next));
  if (isNameWordBeforeGivenName(t, next)) return true;
  if (isCoordination(t) || isPlace(t) || hasPrepositionOnKnownWord(t)) return false;
  // «ماركوس هولتز وفدا»: a word after a name that begins with و is a new clause unless it is a known name
  // (ف is left alone: transliterated names begin with it, «فيرشينين», «فلاديمير»)
  if (t.norm.startsWith('و') && t.norm.length > 3 && !isGivenName(t) && !isNameParticle(t)) return false;
  // «الأمم», «المتحدة», «حقوق»: words of organization names are not words of a person's
  if (lexicon().organizationWords.has(t.norm) && !isGivenName(t)) return false;
  if (lexicon().functionWords.has(t.norm)) return false;
  // «حسين أمير عبد اللهيان»: a bare title word inside a name, when a name word follows it
  const title = titleForm(t);
  const bareTitle = !!title && !title.clitics && !title.definite;
  if (bareTitle && next && (isNameParticle(next) || isGivenName(next))) return true;
  if (isRoleOrBodyWord(t) || isNisba(t) || honorificForm(t)) return false;
  if (isNameAli(t, next)) return true;
  // a common word inside a name only before a particle («… صالح بن …»)
  if (isCommon(t) && !isGivenName(t)) return !!next && isNameParticle(next);
  return true;
}

/**
 * «وزراء الخارجية لكينيا أمينة محمد»: a title word without article or clitics right before a given name is the
 * first word of a name (أمينة, أمين, نائل), not a title.
 */
function isTitleWordOfName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isArabicWord(t) || !isGivenName(tokens[i + 1] ?? t) || i + 1 >= tokens.length) return false;
  const title = titleForm(t);
  return !!title && !title.definite && !title.clitics && !lexicon().duals.has(t.norm);
}

/** A word the lists read otherwise that begins a name here: «أمينة محمد», «علي جمعة». */
function opensNameHere(tokens: Token[], i: number): boolean {
  return isTitleWordOfName(tokens, i) || (isArabicWord(tokens[i]) && isNameAli(tokens[i]!, tokens[i + 1]));
}

/** The name that begins at i, as [i, end), or undefined. */
export function nameAt(tokens: Token[], i: number): { end: number } | undefined {
  if (!(canStartName(tokens[i]) || opensNameHere(tokens, i)) || countryWordsAt(tokens, i)) return undefined;
  let end = i + 1;
  if (end < tokens.length && isGivenName(tokens[i]!) && isIndefiniteNisba(tokens[end]!)) end++;
  while (end < tokens.length && end - i < MAX_NAME_WORDS + 1 && canContinueName(tokens[end], tokens[end + 1])) end++;
  // a name never ends on a particle («عبد», «أبو»)
  while (end - 1 > i && isNameParticle(tokens[end - 1]!)) end--;
  return { end };
}

interface RolePhrase {
  role: RoleFound;
  /** index after the role phrase */
  end: number;
  /** where the person's name begins when it follows the role */
  nameStart?: number;
}

/** Does token j continue the complement of a title («الخارجية», «لشؤون», «المكلف», «للأمم», «روسيا»)? */
function continuesComplement(tokens: Token[], j: number, titleIndex: number): number {
  const t = tokens[j];
  if (!isArabicWord(t)) return 0;
  const next = tokens[j + 1];
  const lex = lexicon();
  if (PLACE_PREPOSITIONS.has(t.norm) && isArabicWord(next) && !honorificForm(next)) return 2;
  if (honorificForm(t) || lex.functionWords.has(t.norm)) return 0;
  // a second definite title after the complement starts a role of its own («… في نيويورك السفيرة»)
  const title = titleForm(t);
  if (title && title.definite && !title.clitics && j > titleIndex + 1) return 0;
  if (j > titleIndex + 1 && isTitleWordOfName(tokens, j)) return 0;
  if (isDefinite(t) || title || orgHeadForm(t) || countryOf(t)) return 1;
  if (isTitleModifierOrPortfolio(t)) return 1;
  // a noun in construct: «حقوق الإنسان», «شمال الأطلسي»
  if (
    !isPrepositionOnFunctionWord(t) &&
    next &&
    !isGivenName(t) &&
    isDefinite(next) &&
    !honorificForm(next) &&
    !lex.functionWords.has(next.norm) &&
    isConstructNounWord(t)
  )
    return 1;
  return 0;
}

// continuesComplement's questions of a word alone, kept per word: it asks them of every word after a title

/** «بعد», «لدى» behind «ب», «ل», «ك»: a preposition on a function word, no noun. */
const isPrepositionOnFunctionWord = perWord(
  (t: Token): boolean =>
    /^[بلك]/u.test(t.norm) && formsOf(t).some((f) => /[بلك]$/u.test(f.clitics) && lexicon().functionWords.has(f.stem)),
);

/** «حقوق», «شمال»: a word of organization names or a common word, which a definite word may complement. */
const isConstructNounWord = perWord((t: Token): boolean => {
  const lex = lexicon();
  return !!formIn(t, lex.organizationWords) || !!formIn(t, lex.common);
});

/** The words of a title that name a body: «لوزارة الشؤون الخارجية» → «وزارة الشؤون الخارجية», «الأمم المتحدة». */
function orgInComplement(tokens: Token[], from: number, to: number): string | undefined {
  const inside = tokens.slice(0, to);
  for (let k = from; k < to; k++) {
    const known = knownOrgAt(inside, k);
    if (known) return known.name;
    // the body read from k on, as a sentence that began at k would give it first
    const org = organizationAt(inside.slice(k), 0).org;
    if (org && org.start === tokens[k]!.start) return org.name;
  }
  return undefined;
}

function roleText(tokens: Token[], i: number, end: number, singular?: string): string {
  const head = titleForm(tokens[i]!)!;
  const first = singular ?? surfaceWithoutClitics(tokens[i]!, head);
  // keep the text's own punctuation between the words of the role, but not a trailing comma
  let last = end;
  while (last > i + 1 && isPunct(tokens[last - 1])) last--;
  let rest = '';
  for (let k = i + 1; k < last; k++) rest += (k > i + 1 && !isPunct(tokens[k]) ? ' ' : '') + tokens[k]!.text;
  return (first + (rest ? ' ' + rest.trimStart() : '')).replace(/\s+([،,])/gu, '$1');
}

/** A title at i and its complement, and where a name follows it, if one does. */
export function rolePhraseAt(tokens: Token[], i: number): RolePhrase | undefined {
  const head = titleForm(tokens[i]!);
  if (!head) return undefined;
  let j = i + 1;
  let nameStart: number | undefined;
  while (j < tokens.length && j - i < MAX_ROLE_WORDS) {
    const t = tokens[j]!;
    if (isComma(t)) {
      const after = tokens[j + 1];
      if (
        after &&
        (honorificForm(after) || (canStartName(after) && (nameAt(tokens, j + 1)?.end ?? 0) - (j + 1) >= 2))
      ) {
        nameStart = j + 1;
        break;
      }
      if (continuesComplement(tokens, j + 1, i)) {
        j++;
        continue;
      }
      break;
    }
    if (isPunct(t)) break;
    if (honorificForm(t)) {
      nameStart = j;
      break;
    }
    // «التقى الأمين العام بسعادة السيد …»: the name after a preposition is an object, not this title's holder
    if (formIn(t, lexicon().honorifics)) break;
    // «الرئيس شي جين بينغ»: a word of two letters right after the title begins the name that follows it
    if (j === i + 1 && head.definite && nameStartBefore(tokens, j + 1, nameAt(tokens, j + 1)?.end ?? 0) === j) {
      nameStart = j + 1;
      break;
    }
    const step = continuesComplement(tokens, j, i);
    if (step) {
      j += step;
      continue;
    }
    if (canStartName(t) || opensNameHere(tokens, j)) nameStart = j;
    break;
  }
  const end = Math.min(j, tokens.length);
  const country = firstCountryIn(tokens, i + 1, end);
  const org = orgInComplement(tokens, i + 1, end);
  const role: RoleFound = { title: roleText(tokens, i, end, head.singular) };
  if (org) role.org = org;
  if (country) role.country = country;
  return { role, end, nameStart };
}

function skipHonorifics(tokens: Token[], i: number): number {
  while (i < tokens.length && honorificForm(tokens[i]!)) i++;
  return i;
}

function person(
  tokens: Token[],
  start: number,
  end: number,
  evidence: PersonFound['evidence'],
  roles: RoleFound[],
): PersonFound {
  const first = tokens[start]!;
  const f = formsOf(first).find((x) => /^[وف]?$/u.test(x.clitics) && lexicon().givenNames.has(x.stem));
  const firstText = f && f.clitics ? surfaceWithoutClitics(first, f) : first.text;
  const name = end > start + 1 ? `${firstText} ${textOf(tokens, start + 1, end)}` : firstText;
  return { name, tokens: tokens.slice(start, end), roles, evidence, start: first.start, end: tokens[end - 1]!.end };
}

/** A role in apposition after a name: «السيد رمطان لعمامرة، وزير الشؤون الخارجية للجزائر». */
function roleAfter(tokens: Token[], end: number): RoleFound | undefined {
  if (!isComma(tokens[end]) || !titleForm(tokens[end + 1] ?? tokens[end]!)) return undefined;
  const phrase = rolePhraseAt(tokens, end + 1);
  return phrase && phrase.nameStart === undefined ? phrase.role : undefined;
}

/**
 * «وزيرا الخارجية الروسي سيرغي لافروف والإيراني حسين أمير عبد اللهيان»: after a name, a conjoined nationality
 * adjective and a second name share the title, with the other country. Returns the second person, if any.
 */
function coordinatedPerson(tokens: Token[], at: number, first: RoleFound): PersonFound | undefined {
  const t = tokens[at];
  if (!t || !/^[وف]/u.test(t.norm) || !isNisba(t)) return undefined;
  const second = nameAt(tokens, at + 1);
  if (!second || second.end - at - 1 < 2) return undefined;
  const country = countryOf(t);
  const nisba = surfaceWithoutClitics(
    t,
    formsOf(t).find((f) => f.definite)!,
  );
  // the first person's title without their own nationality adjective
  const baseTitle = first.title
    .split(' ')
    .filter((w) => !first.country || lexicon().nisbas.get(bareOf(normalizeWord(w))) !== first.country)
    .join(' ');
  const role: RoleFound = { title: `${baseTitle} ${nisba}` };
  if (country) role.country = country;
  return person(tokens, at + 1, second.end, 'title', [role]);
}

/**
 * «رئيس الوزراء محمد شياع العراقي.»: a definite nationality adjective that ends the phrase after a name of two
 * words or more, under a title that names no country, is the name's surname (a family named after a place or
 * people): a nationality that qualifies an official goes with the title («رئيس الوزراء العراقي محمد …»).
 */
export function isNisbaSurnameAt(tokens: Token[], start: number, end: number): boolean {
  const t = tokens[end];
  if (end - start < 2 || end - start >= MAX_NAME_WORDS || !isArabicWord(t) || !isNisba(t)) return false;
  if (!formsOf(t).some((f) => f.definite && f.clitics === '')) return false;
  const after = tokens[end + 1];
  return !after || isPunct(after) || (isArabicWord(after) && lexicon().functionWords.has(after.norm));
}

/** A word findPersons starts from: a title (rolePhraseAt), an honorific, a nationality adjective, a given name. */
const mayOpenPerson = perWord(
  (t: Token): boolean =>
    !!titleForm(t) || !!honorificForm(t) || isNisba(t) || isGivenName(t) || !!definiteGivenNameForm(t),
);

/** Every person a sentence names with a title, an honorific or a known given name. */
export function findPersons(sentence: Sentence): PersonFound[] {
  const tokens = sentence.tokens;
  const found: PersonFound[] = [];
  // a role that ended right where another title begins: «ممثلة أمريكا الدائمة لدى الأمم المتحدة السفيرة ليندا …»
  let pending: { role: RoleFound; end: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    // most words open no name and no role: one question answers that for them
    if (!mayOpenPerson(tokens[i]!)) {
      pending = undefined;
      i++;
      continue;
    }
    const phrase = rolePhraseAt(tokens, i);
    const stacked = phrase && pending?.end === i ? [pending.role] : [];
    pending = phrase && phrase.nameStart === undefined ? { role: phrase.role, end: phrase.end } : undefined;
    const honorific = !phrase && honorificForm(tokens[i]!);
    // «الصادق المهدي»: a given name written with the article, before a word that can only be a name's
    const definite = !phrase && !honorific ? definiteGivenNameAt(tokens, i) : undefined;
    if (definite) {
      const form = definiteGivenNameForm(tokens[i]!)!;
      const first = form.clitics ? surfaceWithoutClitics(tokens[i]!, form) : tokens[i]!.text;
      found.push({
        ...person(tokens, i, definite.end, 'given-name', []),
        name: `${first} ${textOf(tokens, i + 1, definite.end)}`,
      });
      pending = undefined;
      i = definite.end;
      continue;
    }
    // «الروسي فينوجرادوف», «البرازيلي رونالدو»: a nationality adjective before a name
    const nationalityName =
      !phrase && !honorific && isNisba(tokens[i]!) && !qualifiesPlace(tokens, i) ? nameAt(tokens, i + 1) : undefined;
    const nationality = nationalityName && nationalityName.end - i - 1 >= 2 ? i + 1 : undefined;
    const nameStart = phrase
      ? phrase.nameStart
      : honorific
        ? skipHonorifics(tokens, i)
        : (nationality ?? (isGivenName(tokens[i]!) ? i : undefined));
    if (nameStart === undefined) {
      i = phrase ? Math.max(phrase.end, i + 1) : i + 1;
      continue;
    }
    const start = skipHonorifics(tokens, nameStart);
    const name = nameAt(tokens, start);
    const evidence = phrase || nationality ? 'title' : honorific ? 'honorific' : 'given-name';
    const oneWord = !!name && name.end - start < 2;
    // one word is a name only after a definite title or an honorific: «الوزير لافروف», not «مبعوث أممي»
    const weak =
      oneWord &&
      (evidence === 'given-name' ||
        hasPronounOnKnownWord(tokens[start]!) ||
        (start > 0 && isCardinal(tokens[start - 1]!)) ||
        lexicon().generic.has(tokens[start]!.norm) ||
        (!!phrase && !titleForm(tokens[i]!)?.definite && !tokens.slice(i, start).some((t) => honorificForm(t))));
    if (!name || weak) {
      i = Math.max(i + 1, start);
      continue;
    }
    if (phrase && !phrase.role.country && isNisbaSurnameAt(tokens, start, name.end)) name.end++;
    const roles = [...stacked, ...(phrase ? [phrase.role] : [])];
    const after = roleAfter(tokens, name.end);
    if (after) roles.push(after);
    found.push(person(tokens, nameStartBefore(tokens, start, name.end), name.end, evidence, roles));
    i = name.end;
    const second = phrase && coordinatedPerson(tokens, i, phrase.role);
    if (second) {
      found.push(second);
      i += second.tokens.length + 1;
    }
  }
  return found;
}
