import { textOf, type Sentence, type Token } from './tokenize';
import { findOrganizations, type OrgFound } from './organizations';
import { findPersons, type PersonFound } from './persons';
import { lexicon } from './lexicon';
import { wordForms } from './morphology';
import {
  countryOf, hasPrepositionOnKnownWord, honorificForm, isArabicWord, isCommon, isDefinite, isGivenName, isNisba, isPlace, isPunct, orgHeadForm, perWord, surfaceWithoutClitics, titleForm,
} from './words';
import { ruleMarks } from './model/rule-signals';
import { tagTokens, type TaggedSpan } from './model/tagger';

/**
 * The rules and the sequence tagger together. The rules keep what they are precise about: roles, titled
 * officials, bodies with a head noun. The tagger adds names no title introduces («البرهان», «حماس»), and where both
 * read a name it sets the boundary when it ends the rule's name earlier: «عبد الفتاح السيسي تتناول» → «عبد الفتاح
 * السيسي». A name the tagger alone reads enters only when it is sure and the name is no ordinary word.
 */

/**
 * The smallest margin (tagger.ts) a name the tagger alone reads needs, over each of its tokens: below it the model
 * hesitated between tags. Chosen on ANERcorp train (held out) and news-dev.
 */
export const MIN_MODEL_MARGIN = 5;

export interface SentenceFindings {
  persons: PersonFound[];
  orgs: OrgFound[];
}

export function recognize(sentence: Sentence): SentenceFindings {
  const tokens = sentence.tokens;
  const persons = findPersons(sentence);
  const orgs = findOrganizations(sentence);
  if (!tokens.length) return { persons, orgs };
  const { tags, spans } = tagTokens(tokens, ruleMarks(tokens, persons, orgs));
  const personSpans = spans.filter((s) => s.type === 'PERS');
  const orgSpans = spans.filter((s) => s.type === 'ORG');
  const index = new Map(tokens.map((t, k) => [t, k]));
  const trimmedPersons = persons.map((p) => trimPerson(p, tokens, index, tags, personSpans));
  const trimmedOrgs = orgs.map((o) => trimOrg(o, tokens, tags, orgSpans));
  const covered = (s: TaggedSpan, found: readonly { start: number; end: number }[]) =>
    found.some((f) => f.start < tokens[s.to - 1]!.end && tokens[s.from]!.start < f.end);
  const all = [...trimmedPersons, ...trimmedOrgs];
  for (const s of personSpans) {
    if (s.margin < MIN_MODEL_MARGIN || covered(s, all)) continue;
    trimmedPersons.push(...modelPersons(tokens, s));
  }
  for (const s of orgSpans) {
    if (s.margin < MIN_MODEL_MARGIN || covered(s, all)) continue;
    const o = modelOrg(tokens, s);
    if (o) trimmedOrgs.push(o);
  }
  return { persons: trimmedPersons, orgs: trimmedOrgs };
}

const OUTSIDE_TAG = 0;

/**
 * A rule's person whose last words the tagger reads as outside any name («… السيسي تتناول», «سعيّد يستقبل
 * الطبوبي») ends where the tagger's name ends. Only words after the first go: a title's name stays a name.
 */
function trimPerson(p: PersonFound, tokens: readonly Token[], index: Map<Token, number>, tags: Int32Array, model: readonly TaggedSpan[]): PersonFound {
  const from = index.get(p.tokens[0]!);
  if (from === undefined || p.tokens.length < 2) return p;
  const to = from + p.tokens.length;
  const span = model.find((s) => s.from === from && s.to < to);
  if (!span) return p;
  for (let k = span.to; k < to; k++) if (tags[k] !== OUTSIDE_TAG) return p;
  const keep = span.to - from;
  return { ...p, name: p.name.split(' ').slice(0, keep).join(' '), tokens: p.tokens.slice(0, keep), end: tokens[span.to - 1]!.end };
}

/** A rule's body that runs on past the tagger's name of it into words the tagger reads as outside any name. */
function trimOrg(o: OrgFound, tokens: readonly Token[], tags: Int32Array, model: readonly TaggedSpan[]): OrgFound {
  const from = tokens.findIndex((t) => t.start === o.start);
  if (from < 0) return o;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= o.end) to++;
  const span = model.find((s) => s.from === from && s.to < to && s.to - s.from >= 2);
  if (!span || !endsBody(tokens[span.to]!)) return o;
  for (let k = span.to; k < to; k++) if (tags[k] !== OUTSIDE_TAG) return o;
  const words = span.to - from;
  const name = o.name.split(' ').slice(0, words).join(' ');
  return { ...o, name, aliases: o.aliases.filter((a) => a !== o.name), end: tokens[span.to - 1]!.end };
}

/**
 * A word where a body's name has surely ended: a function word («أن»), or an ordinary word that names no body
 * («الرسمية»); not a nationality or a country («السورية»), nor a word of bodies' names («للأنباء»).
 */
const endsBody = perWord((t: Token): boolean => {
  const lex = lexicon();
  if (!isArabicWord(t)) return false;
  if (lex.functionWords.has(t.norm)) return true;
  return (lex.generic.has(t.norm) || isCommon(t)) && !isNisba(t) && !countryOf(t) && !lex.organizationWords.has(t.norm) && !wordForms(t.norm).some((f) => f.clitics && f.definite);
});

/** A word that can never stand for a name: a title, a function word, an ordinary word, a place or a country. */
const cannotBeName = perWord((t: Token): boolean => {
  if (t.kind === 'latin') return false;
  if (!isArabicWord(t) || t.norm.length < 2) return true;
  const lex = lexicon();
  // «لحوض»: a preposition in front of a known word is a phrase, never part of a name
  return !!titleForm(t) || !!honorificForm(t) || lex.functionWords.has(t.norm) || (isCommon(t) && !isGivenName(t)) || isPlace(t) || !!countryOf(t) || hasPrepositionOnKnownWord(t);
});

/** A word that cannot stand alone for a person or body: also any word the language uses mostly as a word. */
const cannotStandAlone = perWord((t: Token): boolean => {
  if (t.kind === 'latin') return !/^[A-Z]/u.test(t.text) || t.text.length < 2;
  return cannotBeName(t) || t.norm.length < 3 || lexicon().generic.has(t.norm) || isNisba(t) || wordForms(t.norm).some((f) => f.clitics && lexicon().generic.has(f.stem));
});

/**
 * The written name without the clitics of its first word: «وهنية» → «هنية», «للاتحاد» → «الاتحاد». A conjunction
 * comes off unless the word is a known given name («وليد»); a preposition only before the article, since
 * transliterated names begin with ب ل ك («بوش», «لافروف»).
 */
function withoutLeadingClitics(t: Token): string {
  if (t.kind !== 'word' || isGivenName(t)) return t.text;
  const forms = wordForms(t.norm);
  const definite = forms.find((f) => f.clitics && f.definite && f.bare.length >= 3);
  if (definite) return surfaceWithoutClitics(t, definite);
  const conjunction = forms.find((f) => (f.clitics === 'و' || f.clitics === 'ف') && f.stem.length >= 3);
  return conjunction && t.norm.startsWith('و') ? surfaceWithoutClitics(t, conjunction) : t.text;
}

/** The span without the words at its edges that cannot be part of a name. */
function trimmed(tokens: readonly Token[], s: TaggedSpan, edge: (t: Token) => boolean, inside: (t: Token) => boolean): { from: number; to: number } | undefined {
  let { from, to } = s;
  while (from < to && (edge(tokens[from]!) || isPunct(tokens[from]))) from++;
  while (to > from && (edge(tokens[to - 1]!) || isPunct(tokens[to - 1]))) to--;
  if (to === from) return undefined;
  // inside a name, no punctuation and no word that names nothing: such a span is two names or a name and a clause
  for (let k = from; k < to; k++) if (isPunct(tokens[k]) || (k > from && k < to - 1 && !inside(tokens[k]!))) return undefined;
  if (to - from === 1 && cannotStandAlone(tokens[from]!)) return undefined;
  return { from, to };
}

/** «بن», «عبد», «أبو», «الله»: words inside names that the lists also know as ordinary words. */
const isNameWordInside = perWord((t: Token): boolean => lexicon().nameParticles.has(t.norm) || isGivenName(t));

function nameText(tokens: readonly Token[], from: number, to: number): string {
  const first = withoutLeadingClitics(tokens[from]!);
  return to > from + 1 ? `${first} ${textOf(tokens as Token[], from + 1, to)}` : first;
}

/**
 * «عباس وهنية»: a word after the first that begins with the conjunction و and is no given name joins a second
 * name; the tagger's span is two people.
 */
function splitAtConjunctions(tokens: readonly Token[], s: TaggedSpan): TaggedSpan[] {
  const parts: TaggedSpan[] = [];
  let from = s.from;
  for (let k = s.from + 1; k < s.to; k++) {
    const t = tokens[k]!;
    if (isArabicWord(t) && t.norm.startsWith('و') && t.norm.length >= 4 && !isGivenName(t) && !isNameWordInside(t)) {
      parts.push({ ...s, from, to: k });
      from = k;
    }
  }
  parts.push({ ...s, from, to: s.to });
  return parts;
}

function modelPersons(tokens: readonly Token[], s: TaggedSpan): PersonFound[] {
  return splitAtConjunctions(tokens, s).flatMap((part) => modelPerson(tokens, part) ?? []);
}

function modelPerson(tokens: readonly Token[], s: TaggedSpan): PersonFound | undefined {
  const span = trimmed(tokens, s, cannotBeName, (t) => !cannotBeName(t) || isNameWordInside(t));
  if (!span) return undefined;
  const { from, to } = span;
  // a first name alone names nobody in particular: «محمد», «موسى»
  if (to - from === 1 && isGivenName(tokens[from]!)) return undefined;
  // a body's head noun makes it no person: «وزارة …» read as a name is the tagger's slip
  if (orgHeadForm(tokens[from]!)) return undefined;
  const name = nameText(tokens, from, to);
  if (name.length < 3) return undefined;
  return { name, tokens: tokens.slice(from, to), roles: [], evidence: 'model', start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

function modelOrg(tokens: readonly Token[], s: TaggedSpan): OrgFound | undefined {
  // a body's name may hold ordinary words, places and countries («حركة النهضة», «جامعة القاهرة»), but it neither
  // begins nor ends with a function word, a title or an ordinary word that is no head noun
  const edge = (t: Token) => t.kind !== 'latin' && (!isArabicWord(t) || lexicon().functionWords.has(t.norm) || !!honorificForm(t) || (!orgHeadForm(t) && !lexicon().organizationWords.has(t.norm) && (!!titleForm(t) || (isCommon(t) && !isDefinite(t)))));
  const span = trimmed(tokens, s, edge, (t) => t.kind === 'latin' || (isArabicWord(t) && !lexicon().functionWords.has(t.norm) && !honorificForm(t)));
  if (!span) return undefined;
  const { from, to } = span;
  // a head noun alone («سلطنة», «وزارة») is a description, not a name
  if (to - from === 1 && (orgHeadForm(tokens[from]!) || cannotStandAlone(tokens[from]!))) return undefined;
  const name = nameText(tokens, from, to);
  if (name.length < 3) return undefined;
  let country: string | undefined;
  for (let k = from + 1; k < to && !country; k++) country = countryOf(tokens[k]!);
  return { name, aliases: [], adjectivesOnly: false, byModel: true, start: tokens[from]!.start, end: tokens[to - 1]!.end, ...(country ? { country } : {}) };
}
