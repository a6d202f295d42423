import { textOf, type Sentence, type Token } from './tokenize';
import { findOrganizations, knownOrgAt, type OrgFound } from './organizations';
import { findPersons, isNisbaSurnameAt, type PersonFound } from './persons';
import { withNicknames, withQuotedShortNames } from './nicknames';
import { withoutBodiesNamedByTheirHead } from './headed-bodies';
import { withoutGovernments } from './governments';
import { withoutDescriptions } from './descriptions';
import { withoutOwnerlessBodies } from './ownerless-bodies';
import { withPlaceScopes } from './place-scopes';
import { mayEndNameByTagger } from './name-limits';
import { lexicon } from './lexicon';
import { formsOf } from './morphology';
import {
  countryOf,
  hasPrepositionOnKnownWord,
  honorificForm,
  isArabicWord,
  isComma,
  isCommon,
  isDefinite,
  isGivenName,
  isNameParticle,
  isNisba,
  isPlace,
  isPunct,
  orgHeadForm,
  perWord,
  surfaceWithoutClitics,
  titleForm,
} from './words';
import { ruleMarks } from './model/rule-signals';
import { withApposedShortName } from './short-names';
import { tagTokens, type TaggedSpan } from './model/tagger';
import { TAGS } from './model/perceptron';
import { normalize as normalizeWord } from '../arabic/normalize';
import { soundsArabic } from './word-shape';
import { personsInPlaceLists } from './place-lists';
import { personsInAttributedLists } from './attributed-lists';

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
  // a sentence the rules found nothing in marks nothing: no marks to make
  const marks = persons.length || orgs.length ? ruleMarks(tokens, persons, orgs) : undefined;
  const { tags, spans } = tagTokens(tokens, marks);
  // most sentences name nobody: nothing to combine (loops, not closures: this runs for every sentence)
  if (!spans.length && !persons.length && !orgs.length) return { persons, orgs };
  const personSpans: TaggedSpan[] = [];
  const orgSpans: TaggedSpan[] = [];
  for (const s of spans)
    if (s.type === 'PERS') personSpans.push(s);
    else if (s.type === 'ORG') orgSpans.push(s);
  const index = new TokenIndex(tokens);
  let keptPersons: PersonFound[] = [];
  // «الوزير … أمينًا»: a verb or a predicate read as a one-word name after a title
  for (const p of persons)
    if (!isClauseWord(p.tokens[0]!) && !isClauseAfterTitle(p, index, tags))
      keptPersons.push(trimPerson(p, tokens, index, tags, personSpans));
  const keptOrgs: OrgFound[] = [];
  const found: { start: number; end: number }[] = [...keptPersons];
  const shortNames = new Set<number>();
  for (const o of orgs) {
    const apposed = withApposedShortName(
      withShortNameAhead(trimOrg(o, tokens, tags, orgSpans), tokens, tags),
      tokens,
      tags,
    );
    const org = apposed.org;
    if (apposed.shortName) found.push(apposed.shortName);
    // the short name in parentheses is the body's alias, not a body of its own
    if (org.shortName) {
      shortNames.add(org.shortName.start);
      found.push(org.shortName);
      delete org.shortName;
    }
    keptOrgs.push(org);
  }
  const orgsKept = shortNames.size ? keptOrgs.filter((o) => !shortNames.has(o.start)) : keptOrgs;
  found.push(...orgsKept);
  const listed = listedPersons(tokens, index, keptPersons, found);
  keptPersons.push(...listed);
  found.push(...listed);
  const byModel: PersonFound[] = [];
  for (const s of personSpans)
    if (s.margin >= MIN_MODEL_MARGIN && !overlapsAny(tokens, s, found)) byModel.push(...modelPersons(tokens, s));
  keptPersons.push(...byModel);
  // «سامح شكري، أمينة محمد، …»: a list goes on after a name the tagger found as after one the rules found
  if (byModel.length) {
    found.push(...byModel);
    const listedAfterModel = listedPersons(tokens, index, byModel, found);
    keptPersons.push(...listedAfterModel);
    found.push(...listedAfterModel);
  }
  // «… القذافي في ليبيا ومبارك في مصر»: one-word names, each with its country, in a list
  const inPlaceLists = personsInPlaceLists(tokens, [...found, ...byModel]);
  keptPersons.push(...inPlaceLists);
  // «لكينيا أمينة محمد و لبوتسوانا …»: names each introduced by their country, in a list (attributed-lists.ts)
  const attributed = personsInAttributedLists(tokens, orgsKept, keptPersons);
  if (attributed.persons.length) {
    keptPersons = keptPersons.filter((p) => !attributed.replaced.has(p));
    keptPersons.push(...attributed.persons);
    found.push(...attributed.persons);
  }
  for (const s of orgSpans) {
    if (s.margin < MIN_MODEL_MARGIN || overlapsAny(tokens, s, found)) continue;
    const o = modelOrg(tokens, s);
    if (o) orgsKept.push(o);
  }
  return {
    persons: withNicknames(tokens, keptPersons),
    orgs: withPlaceScopes(
      tokens,
      withoutOwnerlessBodies(
        withoutDescriptions(
          tokens,
          withoutGovernments(
            tokens,
            withQuotedShortNames(tokens, withoutBodiesNamedByTheirHead(tokens, orgsKept, keptPersons)),
          ),
        ),
      ),
    ),
  };
}

/**
 * «الرئيس الأميركي امتنع عن …», «وتناول العاهل الأردني طعام الإفطار»: words after a title that the tagger, told of
 * the title, still reads as outside any name are the clause going on (a verb, an object), not the holder's name.
 * A single foreign-sounding word («الرئيس تبون») is a name the tagger never saw, and stays.
 */
function isClauseAfterTitle(p: PersonFound, index: TokenIndex, tags: Int32Array): boolean {
  if (p.evidence !== 'title') return false;
  if (p.tokens.length === 1 && !soundsArabic(p.tokens[0]!.norm)) return false;
  if (isSpeakerBeforeSpeech(p, index)) return false;
  return p.tokens.every((t) => {
    const k = index.get(t);
    return k !== undefined && tags[k] === OUTSIDE_TAG;
  });
}

/**
 * «وقال الوزير عمر العبيدي إن …»: two words or more, none that the lists know as anything but a name, the first
 * without the article, and then the «إن / أن» of reported speech: the title's holder, speaking. A clause after a
 * title («الرئيس الأميركي أكد أن») has an adjective or a verb in that place, so the tagger's reading is not needed.
 */
function isSpeakerBeforeSpeech(p: PersonFound, index: TokenIndex): boolean {
  if (p.tokens.length < 2 || p.tokens[0]!.norm.startsWith('ال')) return false;
  if (p.tokens.some((t) => cannotBeName(t) || isNisba(t))) return false;
  const last = index.get(p.tokens.at(-1)!);
  const next = last === undefined ? undefined : index.at(last + 1);
  return next?.norm === REPORTED_SPEECH;
}
/** «إن» and «أن», one word once normalized */
const REPORTED_SPEECH = normalizeWord('إن');

/** Whether the tagger's span overlaps a name already found. */
function overlapsAny(
  tokens: readonly Token[],
  s: TaggedSpan,
  found: readonly { start: number; end: number }[],
): boolean {
  const start = tokens[s.from]!.start;
  const end = tokens[s.to - 1]!.end;
  for (const f of found) if (f.start < end && start < f.end) return true;
  return false;
}

const OUTSIDE_TAG = 0;

/** Where a token stands in its sentence; most sentences name few people, so a scan beats a map made per sentence. */
class TokenIndex {
  constructor(private readonly tokens: readonly Token[]) {}
  get(t: Token): number | undefined {
    const k = this.tokens.indexOf(t);
    return k < 0 ? undefined : k;
  }
  at(k: number): Token | undefined {
    return this.tokens[k];
  }
}

/** Words a listed name may have: «نبيل فرحات، سامي الخوري، رامي سلامة». */
const MIN_LISTED_WORDS = 2;
const MAX_LISTED_WORDS = 4;

/**
 * The name of a list item at j, as [j, end): two to four words that can be words of a name, the first neither
 * definite nor a head noun, the item ending where the list goes on (a comma, «و…») or the sentence ends.
 */
function listItemAt(tokens: readonly Token[], j: number): { end: number; first: string } | undefined {
  const t = tokens[j];
  if (!isArabicWord(t)) return undefined;
  // «وسامي»: the item's conjunction is not part of its name
  const first = withoutLeadingClitics(t);
  const bare = formsOf(t).find((f) => (f.clitics === '' || f.clitics === 'و') && normalizedText(first) === f.stem);
  if (
    !bare ||
    bare.definite ||
    orgHeadForm(t) ||
    (bare.clitics === ''
      ? cannotBeName(t) && !isBareTitleBeforeGivenName(t, tokens[j + 1])
      : !lexicon().givenNames.has(bare.stem) && lexicon().common.has(bare.stem))
  )
    return undefined;
  let end = j + 1;
  while (
    end < tokens.length &&
    end - j < MAX_LISTED_WORDS &&
    isArabicWord(tokens[end]) &&
    !tokens[end]!.norm.startsWith('و') &&
    (!cannotBeName(tokens[end]!) || isNameWordInside(tokens[end]!))
  )
    end++;
  if (end - j < MIN_LISTED_WORDS || isNameParticle(tokens[end - 1]!)) return undefined;
  const after = tokens[end];
  const closes = !after || isPunct(after) || (isArabicWord(after) && after.norm.startsWith('و'));
  return closes ? { end, first } : undefined;
}

const normalizedText = (text: string) => normalizeWord(text);

/** «أمينة محمد»: a title word without article or clitics before a given name is a first name (أمينة, أمين). */
function isBareTitleBeforeGivenName(t: Token, next: Token | undefined): boolean {
  const title = titleForm(t);
  return !!title && !title.definite && !title.clitics && isArabicWord(next) && isGivenName(next);
}

/**
 * People named in a list after one the rules or the tagger found: «… نبيل فرحات، سامي الخوري، ورامي سلامة»:
 * each item after a comma that reads as a name of two words or more is a person of the same kind.
 */
function listedPersons(
  tokens: readonly Token[],
  index: TokenIndex,
  persons: readonly PersonFound[],
  found: readonly { start: number; end: number }[],
): PersonFound[] {
  const listed: PersonFound[] = [];
  for (const p of persons) {
    const from = index.get(p.tokens[0]!);
    if (from === undefined || p.tokens.length < MIN_LISTED_WORDS) continue;
    let j = from + p.tokens.length;
    while (isComma(tokens[j])) {
      const item = listItemAt(tokens, j + 1);
      if (!item) break;
      const span = { type: 'PERS' as const, from: j + 1, to: item.end, margin: 0 };
      if (overlapsAny(tokens, span, found) || overlapsAny(tokens, span, listed)) break;
      const name = item.end > j + 2 ? `${item.first} ${textOf(tokens as Token[], j + 2, item.end)}` : item.first;
      listed.push({
        name,
        tokens: tokens.slice(j + 1, item.end),
        roles: [],
        evidence: 'list',
        start: tokens[j + 1]!.start,
        end: tokens[item.end - 1]!.end,
      });
      j = item.end;
    }
  }
  return listed;
}

/**
 * A rule's person whose last words the tagger reads as outside any name («… السيسي تتناول», «سعيّد يستقبل
 * الطبوبي») ends where the tagger's name ends. Only words after the first go: a title's name stays a name.
 */
function trimPerson(
  p: PersonFound,
  tokens: readonly Token[],
  index: TokenIndex,
  tags: Int32Array,
  model: readonly TaggedSpan[],
): PersonFound {
  const from = index.get(p.tokens[0]!);
  if (from === undefined) return p;
  const to = from + p.tokens.length;
  // «السيد موسى فكي محمد»: the rules stopped at a word the lists know, the tagger reads on
  const further = model.find((s) => s.from === from && s.to > to && s.margin >= MIN_MODEL_MARGIN);
  if (
    further &&
    tokens.slice(to, further.to).every((t, k) => !isClauseWord(t) && mayEndNameByTagger(t, to + k === further.to - 1))
  )
    return {
      ...p,
      name: `${p.name} ${textOf(tokens as Token[], to, further.to)}`,
      tokens: tokens.slice(from, further.to),
      end: tokens[further.to - 1]!.end,
    };
  const longer = model.find((s) => s.from < from && s.to >= to && s.to <= to + 1);
  if (longer && longer.margin >= MIN_MODEL_MARGIN) {
    // «شي جين بينغ»: the rule began at a word it knows as a given name, the tagger reads the name from earlier
    let start = from;
    while (start > longer.from && !cannotBeName(tokens[start - 1]!) && !isPunct(tokens[start - 1])) start--;
    if (start < from) {
      const words = tokens.slice(start, from);
      const name = `${nameText(tokens, start, from)} ${p.name}`;
      return { ...p, name, tokens: [...words, ...p.tokens], start: words[0]!.start };
    }
  }
  // «سعيّد يستقبل الطبوبي», «حسام زكي أمينًا»: the rule's name ran into a verb or a predicate
  const clause = p.tokens.findIndex((t, k) => k > 0 && isClauseWord(t));
  if (clause > 0)
    return {
      ...p,
      name: p.name.split(' ').slice(0, clause).join(' '),
      tokens: p.tokens.slice(0, clause),
      end: p.tokens[clause - 1]!.end,
    };
  const span = model.find((s) => s.from === from && s.to < to);
  if (!span) return p;
  if (p.tokens.length < 2) return p;
  // «… كريم جواد العراقي.»: the surname the rules read from a nationality adjective (persons.ts)
  if (to - span.to === 1 && !p.roles.some((r) => r.country) && isNisbaSurnameAt(tokens as Token[], from, to - 1))
    return p;
  // «… دلاميني زوما التي»: a word no list knows that closes the phrase is a name's word the tagger missed
  for (let k = span.to; k < to; k++) if (tags[k] !== OUTSIDE_TAG) return p;
  if (withUnknownLastWord(tokens, from, span.to) === to) return p;
  const keep = span.to - from;
  return {
    ...p,
    name: p.name.split(' ').slice(0, keep).join(' '),
    tokens: p.tokens.slice(0, keep),
    end: tokens[span.to - 1]!.end,
  };
}

/** A rule's body that runs on past the tagger's name of it into words the tagger reads as outside any name. */
function trimOrg(o: OrgFound, tokens: readonly Token[], tags: Int32Array, model: readonly TaggedSpan[]): OrgFound {
  const from = tokens.findIndex((t) => t.start === o.start);
  if (from < 0) return o;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= o.end) to++;
  // «المجلس السيادي السوداني أن البرهان», «الأمانة العامة للمجلس في الرياض»: no function word inside a body's name
  const cut = tokens.slice(from + 1, to).findIndex((t) => isArabicWord(t) && lexicon().functionWords.has(t.norm));
  if (cut >= 0 && cut + 1 >= 2 && o.name.split(' ').length === to - from)
    return cutOrg(o, tokens, from, from + 1 + cut);
  const span = model.find((s) => s.from === from && s.to < to && s.to - s.from >= 2);
  if (!span || !endsBody(tokens[span.to]!)) return o;
  for (let k = span.to; k < to; k++) if (tags[k] !== OUTSIDE_TAG) return o;
  return o.name.split(' ').length === to - from ? cutOrg(o, tokens, from, span.to) : o;
}

/** Words between a body's name and its short form in parentheses: «… الاقتصادية لدول غرب إفريقيا (إيكواس)». */
const MAX_WORDS_BEFORE_SHORT_NAME = 4;

/**
 * A body whose name the rules ended before its complement, followed by its short name in parentheses: the words up
 * to the parenthesis are part of its name when the tagger reads the word in parentheses as a body's name and they
 * are words a name can hold. The short name becomes its alias.
 */
function withShortNameAhead(o: OrgFound, tokens: readonly Token[], tags: Int32Array): OrgFound & { shortName?: Token } {
  const from = tokens.findIndex((t) => t.start === o.start);
  const to = tokens.findIndex((t) => t.start >= o.end);
  if (from < 0 || to < 0 || o.name.split(' ').length !== to - from) return o;
  let open = to;
  while (open < tokens.length && open - to < MAX_WORDS_BEFORE_SHORT_NAME && tokens[open]!.text !== '(') {
    const t = tokens[open]!;
    if (!isArabicWord(t) || lexicon().functionWords.has(t.norm) || isClauseWord(t) || !!titleForm(t)) return o;
    open++;
  }
  const short = tokens[open + 1];
  if (
    open === to ||
    tokens[open]?.text !== '(' ||
    tokens[open + 2]?.text !== ')' ||
    !short ||
    tags[open + 1] !== BEGIN_ORG
  )
    return o;
  return {
    ...o,
    name: `${o.name} ${textOf(tokens as Token[], to, open)}`,
    aliases: [...o.aliases, short.text],
    adjectivesOnly: false,
    end: tokens[open - 1]!.end,
    shortName: short,
  };
}

const BEGIN_ORG = TAGS.indexOf('B-ORG');

/** The rule's body ending before token `to` (its name has one word per token: a known body's name may not). */
function cutOrg(o: OrgFound, tokens: readonly Token[], from: number, to: number): OrgFound {
  const name = o.name
    .split(' ')
    .slice(0, to - from)
    .join(' ');
  return { ...o, name, aliases: o.aliases.filter((a) => a !== o.name), end: tokens[to - 1]!.end };
}

/**
 * A word where a body's name has surely ended: a function word («أن»), or an ordinary word that names no body
 * («الرسمية»); not a nationality or a country («السورية»), nor a word of bodies' names («للأنباء»).
 */
const endsBody = perWord((t: Token): boolean => {
  const lex = lexicon();
  if (!isArabicWord(t)) return false;
  if (lex.functionWords.has(t.norm)) return true;
  return (
    (lex.generic.has(t.norm) || isCommon(t)) &&
    !isNisba(t) &&
    !countryOf(t) &&
    !lex.organizationWords.has(t.norm) &&
    !formsOf(t).some((f) => f.clitics && f.definite)
  );
});

/**
 * Words whose form says they are no part of a name: an imperfect verb of the forms that begin with «يست», «يت», «تت»
 * («يستقبل», «تتناول»: no name begins so), and a word written with the accusative's tanween («أمينًا», «عامًّا»),
 * which says it is an adverbial or a predicate.
 */
// (not «نت…»: «نتنياهو»; not «يتس…»: «يتسحاق»)
const VERB_FORM = /^(?:[يت]ست|يت(?!س)|تت)[\u0621-\u064A]{2,}$/u;
const TANWEEN_FATH = /\u064B/u;
export const isClauseWord = perWord(
  (t: Token): boolean =>
    t.kind === 'word' &&
    !isGivenName(t) &&
    (VERB_FORM.test(t.norm) || TANWEEN_FATH.test(t.text) || isFutureVerb(t.norm)),
);

/** «سيجري», «ستبحث»: the future's س in front of an imperfect verb the lists know as an ordinary word. */
function isFutureVerb(norm: string): boolean {
  return /^س[يتن]/u.test(norm) && norm.length >= 4 && lexicon().common.has(norm.slice(1));
}

/** A word that can never stand for a name: a title, a function word, an ordinary word, a place or a country. */
const cannotBeName = perWord((t: Token): boolean => {
  if (t.kind === 'latin') return false;
  if (!isArabicWord(t) || t.norm.length < 2) return true;
  const lex = lexicon();
  // «لحوض»: a preposition in front of a known word is a phrase, never part of a name
  return (
    !!titleForm(t) ||
    !!honorificForm(t) ||
    lex.functionWords.has(t.norm) ||
    (isCommon(t) && !isGivenName(t)) ||
    isPlace(t) ||
    !!countryOf(t) ||
    hasPrepositionOnKnownWord(t) ||
    isClauseWord(t)
  );
});

/** A word the lists know as something other than a name: one the tagger may drop from the end of a rule's name. */
const isKnownWord = perWord((t: Token): boolean => cannotBeName(t) || lexicon().generic.has(t.norm) || isNisba(t));

/** A word that cannot stand alone for a person or body: also any word the language uses mostly as a word. */
const cannotStandAlone = perWord((t: Token): boolean => {
  if (t.kind === 'latin') return !/^[A-Z]/u.test(t.text) || t.text.length < 2;
  return (
    cannotBeName(t) ||
    t.norm.length < 3 ||
    lexicon().generic.has(t.norm) ||
    isNisba(t) ||
    formsOf(t).some((f) => f.clitics && lexicon().generic.has(f.stem))
  );
});

/**
 * The written name without the clitics of its first word: «وهنية» → «هنية», «للاتحاد» → «الاتحاد». A conjunction
 * comes off unless the word is a known given name («وليد»); a preposition only before the article, since
 * transliterated names begin with ب ل ك («بوش», «لافروف»).
 */
function withoutLeadingClitics(t: Token): string {
  if (t.kind !== 'word' || isGivenName(t)) return t.text;
  const forms = formsOf(t);
  const definite = forms.find((f) => f.clitics && f.definite && f.bare.length >= 3);
  if (definite) return surfaceWithoutClitics(t, definite);
  const conjunction = forms.find((f) => (f.clitics === 'و' || f.clitics === 'ف') && f.stem.length >= 3);
  return conjunction && t.norm.startsWith('و') ? surfaceWithoutClitics(t, conjunction) : t.text;
}

/** The span without the words at its edges that cannot be part of a name. */
function trimmed(
  tokens: readonly Token[],
  s: TaggedSpan,
  edge: (t: Token) => boolean,
  inside: (t: Token) => boolean,
): { from: number; to: number } | undefined {
  let { from, to } = s;
  while (from < to && (edge(tokens[from]!) || isPunct(tokens[from]))) from++;
  while (to > from && (edge(tokens[to - 1]!) || isPunct(tokens[to - 1]))) to--;
  if (to === from) return undefined;
  // inside a name, no punctuation and no word that names nothing: such a span is two names or a name and a clause
  for (let k = from; k < to; k++)
    if (isPunct(tokens[k]) || (k > from && k < to - 1 && !inside(tokens[k]!))) return undefined;
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
  const family = givenNameAndFamily(tokens, s);
  // «سلطنة عمان»: a country or a place inside says the tagger read a place, not a person
  if (!family)
    for (let k = s.from; k < s.to; k++)
      if (isArabicWord(tokens[k]) && (countryOf(tokens[k]!) || isPlace(tokens[k]!))) return undefined;
  const span = family ?? trimmed(tokens, s, cannotBeName, (t) => !cannotBeName(t) || isNameWordInside(t));
  if (!span) return undefined;
  const { from } = span;
  const to = withUnknownLastWord(tokens, from, span.to);
  // a first name alone names nobody in particular: «محمد», «موسى»
  if (to - from === 1 && isGivenName(tokens[from]!)) return undefined;
  // a body's head noun makes it no person: «وزارة …» read as a name is the tagger's slip
  if (orgHeadForm(tokens[from]!)) return undefined;
  const name = nameText(tokens, from, to);
  if (name.length < 3) return undefined;
  return {
    name,
    tokens: tokens.slice(from, to),
    roles: [],
    evidence: 'model',
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
  };
}

/**
 * «مقتدى الصدر», «محمد الخميس»: a given name and a definite word the tagger reads as one name are a given name and
 * a family's name, though the family's name is an ordinary word («الصدر»: the chest) that edges of a name may not
 * be, or a place too («مدينة الصدر»); not a title, a country or a nationality («محمد الرئيس»).
 */
function givenNameAndFamily(tokens: readonly Token[], s: TaggedSpan): { from: number; to: number } | undefined {
  if (s.to - s.from !== 2) return undefined;
  const [first, family] = [tokens[s.from]!, tokens[s.from + 1]!];
  if (!isGivenName(first) || !isArabicWord(family) || !formsOf(family).some((f) => f.definite && !f.clitics))
    return undefined;
  const lex = lexicon();
  if (lex.functionWords.has(family.norm) || titleForm(family) || orgHeadForm(family)) return undefined;
  if (countryOf(family) || isNisba(family) || isClauseWord(family)) return undefined;
  return { from: s.from, to: s.to };
}

/**
 * «… نكوزازانا دلاميني زوما التي تولت»: the tagger's name ends before a word no list knows, and the phrase ends
 * right after that word (punctuation, a function word such as a relative pronoun, the sentence's end). A word no
 * list knows is no ordinary word: it is the name's last word the tagger missed.
 */
export function withUnknownLastWord(tokens: readonly Token[], from: number, to: number): number {
  const next = tokens[to];
  if (to - from < 2 || to - from >= MAX_LISTED_WORDS || !isArabicWord(next)) return to;
  if (isKnownWord(next) || isGivenName(next) || isNameParticle(next) || /^[وف]/u.test(next.norm)) return to;
  const after = tokens[to + 1];
  const closes = !after || isPunct(after) || (isArabicWord(after) && lexicon().functionWords.has(after.norm));
  return closes ? to + 1 : to;
}

function modelOrg(tokens: readonly Token[], s: TaggedSpan): OrgFound | undefined {
  // a body's name may hold ordinary words, places and countries («حركة النهضة», «جامعة القاهرة»), but it neither
  // begins nor ends with a function word, a title or an ordinary word that is no head noun
  const edge = (t: Token) =>
    t.kind !== 'latin' &&
    (!isArabicWord(t) ||
      lexicon().functionWords.has(t.norm) ||
      !!honorificForm(t) ||
      (!orgHeadForm(t) &&
        !lexicon().organizationWords.has(t.norm) &&
        (!!titleForm(t) || (isCommon(t) && !isDefinite(t)))));
  const span = trimmed(
    tokens,
    s,
    edge,
    (t) => t.kind === 'latin' || (isArabicWord(t) && !lexicon().functionWords.has(t.norm) && !honorificForm(t)),
  );
  if (!span) return undefined;
  const { from, to } = span;
  // a head noun alone («سلطنة», «وزارة») is a description, not a name
  if (to - from === 1 && (orgHeadForm(tokens[from]!) || cannotStandAlone(tokens[from]!))) return undefined;
  // «للناتو»: a well-known body under one of its names is that body
  const known = knownOrgAt(tokens as Token[], from);
  if (known && known.end === to)
    return {
      name: known.name,
      aliases: [],
      adjectivesOnly: false,
      byModel: true,
      start: tokens[from]!.start,
      end: tokens[to - 1]!.end,
    };
  const name = nameText(tokens, from, to);
  if (name.length < 3) return undefined;
  let country: string | undefined;
  for (let k = from + 1; k < to && !country; k++) country = countryOf(tokens[k]!);
  return {
    name,
    aliases: [],
    adjectivesOnly: false,
    byModel: true,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    ...(country ? { country } : {}),
  };
}
