import { NAME_PARTICLES, surnameOf } from '../arabic/names';
import { normalize } from '../arabic/normalize';
import { arabicSkeleton, latinSkeletons } from '../arabic/romanize';
import { variantKey } from '../arabic/variant-key';
import type { ConfidenceReason, EntityType, Role } from '../dictionary/schema';
import { entityKey } from '../dictionary/ids';
import { orgReason, personReason } from './confidence';
import type { LatinTie } from './latin-names';
import type { OrgFound } from './organizations';
import { isNationalAdjective } from './national-bodies';
import { shortFormLinks } from './org-short-forms';
import { quotedShortNames } from './quoted-short-names';
import type { PersonFound } from './persons';
import { lexicon } from './lexicon';
import { isDotSlip } from './typos';
import {
  chooseByCompany,
  coMentionIndex,
  MIN_SHARED_CO_MENTIONS,
  shareAnArticle,
  sharedCoMentions,
  type CoMentionIndex,
} from './co-mentions';

/** One real-world person or body, gathered from every article that names it. */
export interface Cluster {
  type: EntityType;
  key: string;
  /** every way the texts wrote its full name, with how often */
  names: Map<string, number>;
  aliases: Set<string>;
  roles: Role[];
  sources: Set<string>;
  /** where the extraction saw it, per article: a fallback for mentions the matcher cannot see («السفيرةليندا») */
  sightings: Map<string, { count: number; start: number; end: number }>;
  /** how the texts marked it: the evidence its confidence is made of (confidence.ts) */
  reasons: Set<ConfidenceReason>;
}

export interface ArticleFindings {
  source: string;
  date?: string;
  persons: PersonFound[];
  orgs: OrgFound[];
  ties: LatinTie[];
  /** the words the article quotes alone (quoted-short-names.ts) */
  quotedWords?: string[];
}

/** A word in parentheses inside a text is a news source's credit when the corpus credits it this often. */
const MIN_INLINE_CREDITS = 3;

const HAMZA = /[أإآؤئء]/gu;
/** The written form to show: the most frequent; on a tie the one with more hamzas («الأمم» over «الامم»), then the longest. */
export function canonicalName(names: Map<string, number>): string {
  // the first in that order by one pass, each name's hamzas counted once (a sort counted them per comparison)
  let best: NameRank | undefined;
  for (const [name, count] of names) {
    const rank = { name, count, hamzas: name.match(HAMZA)?.length ?? 0 };
    if (!best || comesFirst(rank, best)) best = rank;
  }
  return best!.name;
}

interface NameRank {
  name: string;
  count: number;
  hamzas: number;
}

const comesFirst = (a: NameRank, b: NameRank) =>
  (a.count - b.count || a.hamzas - b.hamzas || a.name.length - b.name.length || (a.name < b.name ? 1 : -1)) > 0;

function cluster(
  map: Map<string, Cluster>,
  type: EntityType,
  name: string,
  source: string,
  span: { start: number; end: number },
  reason: ConfidenceReason,
): Cluster {
  const key = entityKey(name);
  let c = map.get(key);
  if (!c)
    map.set(
      key,
      (c = {
        type,
        key,
        names: new Map(),
        aliases: new Set(),
        roles: [],
        sources: new Set(),
        sightings: new Map(),
        reasons: new Set(),
      }),
    );
  c.reasons.add(reason);
  c.names.set(name, (c.names.get(name) ?? 0) + 1);
  see(c, source, span);
  return c;
}

function see(c: Cluster, source: string, span: { start: number; end: number }) {
  c.sources.add(source);
  const seen = c.sightings.get(source);
  if (seen) seen.count++;
  else c.sightings.set(source, { count: 1, start: span.start, end: span.end });
}

/** A role is kept once (the first article that gives it), whichever articles repeat it. */
function addRole(c: Cluster, role: Role) {
  const same = (r: Role) => entityKey(r.title) === entityKey(role.title) && r.org === role.org;
  if (!c.roles.some(same)) c.roles.push(role);
}

/** «الوزير» says nothing that «وزير الخارجية الروسي» does not: a bare title is dropped when a fuller role starts with it. */
export function withoutBareTitles(roles: Role[]): Role[] {
  return roles.filter((r) => {
    const key = entityKey(r.title);
    return !roles.some((o) => o !== r && entityKey(o.title).startsWith(key + ' '));
  });
}

/** The surname a person is called by alone: the last word, with its particle («عبد اللهيان», «دي ميستورا»). */
export { surnameOf };

export function mergeFindings(articles: ArticleFindings[]): Cluster[] {
  const knownNames = new Set(lexicon().knownOrgs.map((o) => o.name));
  const orgs = new Map<string, Cluster>();
  const persons = new Map<string, Cluster>();
  const shortForms: { found: PersonFound; source: string; date?: string }[] = [];

  const descriptions: { found: OrgFound; source: string }[] = [];
  const inlineCredits: { found: OrgFound; source: string }[] = [];
  const properNames: { cluster: Cluster; properName: string }[] = [];
  const wordsAlone: { cluster: Cluster; word: string }[] = [];
  for (const a of articles) {
    for (const o of a.orgs) {
      if (o.adjectivesOnly && !o.country) {
        descriptions.push({ found: o, source: a.source });
        continue;
      }
      if (o.inlineCredit) {
        inlineCredits.push({ found: o, source: a.source });
        continue;
      }
      const c = cluster(orgs, 'org', o.name, a.source, o, orgReason(o, knownNames));
      for (const alias of o.aliases) c.aliases.add(alias);
      if (o.properName) properNames.push({ cluster: c, properName: o.properName });
      if (o.wordAlone) wordsAlone.push({ cluster: c, word: o.wordAlone });
    }
    for (const p of a.persons) {
      if (p.tokens.length < 2) {
        shortForms.push({ found: p, source: a.source, date: a.date });
        continue;
      }
      const c = cluster(persons, 'person', p.name, a.source, p, personReason(p));
      for (const alias of p.aliases ?? []) c.aliases.add(alias);
      for (const r of p.roles) addRole(c, { ...r, source: a.source, ...(a.date ? { date: a.date } : {}) });
    }
  }

  // «المنظمة الإنسانية»: a definite head with adjectives is a name when the corpus uses it again, else a description
  keepRecurring(orgs, descriptions, 2, knownNames);
  // «( رويترز )» inside a text: a news agency the corpus credits again and again, not a one-off gloss
  keepRecurring(orgs, inlineCredits, MIN_INLINE_CREDITS, knownNames);

  const company = coMentionIndex(
    articles.map((a) => ({
      source: a.source,
      names: [...a.persons.filter((p) => p.tokens.length >= 2).map((p) => p.name), ...a.orgs.map((o) => o.name)],
    })),
  );
  mergePersonSpellings(persons, company);
  mergeDotSlips(persons);

  mergeCutShort(persons);

  // a shorter name that ends a longer one is the same person («عبد اللهيان» in «حسين أمير عبد اللهيان»)
  const byLength = [...persons.values()].sort((a, b) => b.key.length - a.key.length);
  const endingWith = bySuffix(byLength);
  for (const short of byLength) {
    const longer = (endingWith.get(short.key) ?? []).filter((l) => l !== short && persons.has(l.key));
    // of two longer names that end so, the one the short name's articles keep company with
    const owner = longer.length === 1 ? longer[0] : chooseByCompany(company, short, longer);
    if (!owner) continue;
    absorb(owner, short);
    persons.delete(short.key);
  }

  // a name used alone after a title («الوزير لافروف», «السيد مقرمان»): the one known person with that surname,
  // else a person of its own (the text calls them by that name and a title says they are a person)
  const personsEndingWith = bySuffix([...persons.values()]);
  const personsBeginningWith = byFirstWord([...persons.values()]);
  const namedIn = fullNamesBySource(persons);
  for (const { found, source, date } of shortForms) {
    const key = entityKey(found.name);
    const owners = personsEndingWith.get(key) ?? [];
    // «السيد موسى» in the article on «موسى فكي محمد»: the one person of that article with that first name; a
    // first name is no alias, it would name anyone called so
    const sameFirst = (personsBeginningWith.get(key) ?? []).filter((c) => c.sources.has(source));
    if (!owners.length && sameFirst.length === 1) {
      see(sameFirst[0]!, source, found);
      for (const r of found.roles) addRole(sameFirst[0]!, { ...r, source, ...(date ? { date } : {}) });
      continue;
    }
    // a surname two persons end with is theirs to share: the one its article names keeps the sighting and the
    // role, not the alias, which would name that one wherever the surname stands alone
    const contested = owners.length > 1;
    const target =
      owners.length === 1
        ? owners[0]!
        : contested
          ? chooseByCompany(company, asNamed(found.name, source), owners)
          : !lexicon().common.has(normalize(found.name))
            ? (misspeltSurnameOwner(namedIn.get(source) ?? [], key) ??
              cluster(persons, 'person', found.name, source, found, personReason(found)))
            : undefined;
    if (!target) continue;
    if (target.key !== key && !contested) target.aliases.add(found.name);
    see(target, source, found);
    target.reasons.add(personReason(found));
    for (const r of found.roles) addRole(target, { ...r, source, ...(date ? { date } : {}) });
  }

  // Latin names and @handles the text ties to an Arabic name
  const named = clustersByName([...persons.values(), ...orgs.values()]);
  const personsIn = fullNamesBySource(persons);
  for (const a of articles) {
    for (const tie of a.ties) {
      const owner =
        tie.arabic === undefined ? spelledLike(personsIn.get(a.source) ?? [], tie.latin[0]!) : tieOwner(named, tie);
      if (owner) for (const l of tie.latin) owner.aliases.add(l);
    }
  }

  // «بعثة مينورسو لحفظ السلام» is «بعثة مينورسو» when the corpus names that body so
  for (const { cluster: c, properName } of properNames)
    if (orgs.has(entityKey(properName)) && orgs.get(entityKey(properName)) !== c) c.aliases.add(properName);
  // «تنظيم القاعدة» called «" القاعدة "»
  const quoted = new Set(articles.flatMap((a) => a.quotedWords ?? []));
  for (const { cluster: c, alias } of quotedShortNames(wordsAlone, quoted)) c.aliases.add(alias);
  mergeOrganizations(orgs);
  mergeOrgsCutShort(orgs);
  // «حماس» read as a person by the tagger alone in one sentence and as a body elsewhere: a body
  const orgNames = new Set<string>();
  for (const o of orgs.values()) {
    orgNames.add(o.key);
    for (const a of o.aliases) orgNames.add(entityKey(a));
  }
  for (const [key, p] of persons)
    if (orgNames.has(key) && p.reasons.size === 1 && p.reasons.has('model')) persons.delete(key);
  absorbNamesOfOthers(persons, orgs);
  return [...persons.values(), ...orgs.values()];
}

/**
 * A name that is already another entity's alias is that entity, whatever type the tagger gave it: «Ramtane
 * Lamamra», which a tweet's signature ties to «رمطان لعمامرة», read as a body by the tagger alone; «رئيس السلطة
 * "محمود عباس"» read as a body named «محمود عباس» when a person has that name. Only findings as weak as the
 * tagger's, or a body whose name begins with a given name, yield: a body a head noun names keeps its own entity.
 */
function absorbNamesOfOthers(persons: Map<string, Cluster>, orgs: Map<string, Cluster>) {
  const owners = new Map<string, Cluster>();
  for (const c of [...persons.values(), ...orgs.values()])
    for (const a of c.aliases) if (!owners.has(entityKey(a))) owners.set(entityKey(a), c);
  const givenNames = lexicon().givenNames;
  for (const [map, isOrg] of [
    [persons, false],
    [orgs, true],
  ] as const) {
    for (const [key, c] of map) {
      const person = isOrg ? persons.get(key) : undefined;
      const owner = person && givenNames.has(key.split(' ')[0]!) ? person : owners.get(key);
      if (!owner || owner === c) continue;
      const weak = [...c.reasons].every((r) => r === 'model') || owner === person;
      if (!weak) continue;
      // the finding was of the other type: its evidence says nothing of how sure the owner is
      const reasons = new Set(owner.reasons);
      absorb(owner, c);
      if (owner.type !== c.type) owner.reasons = reasons;
      map.delete(key);
    }
  }
}

/** The name's variant key: the matcher's (lib/arabic/variant-key), Arabic names kept as written. */
function personVariantKey(key: string): string {
  return variantKey(key);
}

const PATRONYMIC = new Set(['بن', 'ابن', 'بنت'].map(normalize));

/**
 * One person written several ways is one entity: spellings of one transliteration family («رافائيل غروسي» /
 * «رافاييل جروسي», «عبد العزيز بن سلمان» / «عبدالعزيز بن سلمان») when the texts also agree on a word written
 * the same or on a role; and a name with its patronymic chain longer («فيصل بن فرحان بن عبدالله») when it is
 * the only longer form of that name. The most mentioned spelling names the entity; the others are its aliases.
 */
function mergePersonSpellings(persons: Map<string, Cluster>, company: CoMentionIndex) {
  const all = [...persons.values()].sort(
    (a, b) => mentions(b) - mentions(a) || b.key.length - a.key.length || (a.key < b.key ? -1 : 1),
  );
  const parent = all.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  // the root is the earlier cluster: the most mentioned spelling
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const keys = all.map((c) => personVariantKey(c.key));
  const byKey = new Map<string, number[]>();
  keys.forEach((key, k) => {
    const list = byKey.get(key);
    if (list) list.push(k);
    else byKey.set(key, [k]);
  });
  for (const group of byKey.values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (agree(all[group[i]!]!, all[group[j]!]!, company)) union(group[i]!, group[j]!);
  }
  // «فيصل بن فرحان» → «فيصل بن فرحان بن عبدالله»: the longer chains of patronymics that extend a name
  const extensions = new Map<number, number[]>();
  keys.forEach((key, o) => {
    const words = key.split(' ');
    for (let n = 2; n < words.length; n++) {
      if (!isPatronymicChain(words.slice(n))) continue;
      for (const k of byKey.get(words.slice(0, n).join(' ')) ?? []) {
        const list = extensions.get(k);
        if (list) list.push(o);
        else extensions.set(k, [o]);
      }
    }
  });
  for (const [k, longer] of extensions) {
    // two different chains («… بن عبدالله» and «… بن محمد») are two people sharing a father's name
    const oneChain = longer.every((o) =>
      longer.every((p) => keys[p]!.startsWith(keys[o]!) || keys[o]!.startsWith(keys[p]!)),
    );
    if (oneChain) for (const o of longer) union(k, o);
  }
  all.forEach((c, k) => {
    const root = find(k);
    if (root === k) return;
    absorb(all[root]!, c);
    persons.delete(c.key);
  });
}

/**
 * «مصطفى غالب» and «مصطفى غالب مخيف» in the same article: a name of two words or more that begins the one longer
 * name of the articles that name it is that name cut short (the reading stopped at a word the lists know).
 */
function mergeCutShort(persons: Map<string, Cluster>) {
  const byPrefix = new Map<string, Cluster[]>();
  for (const c of persons.values()) {
    const words = c.key.split(' ');
    for (let n = 2; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      const list = byPrefix.get(prefix);
      if (list) list.push(c);
      else byPrefix.set(prefix, [c]);
    }
  }
  for (const [key, short] of [...persons]) {
    const longer = byPrefix.get(key);
    if (longer?.length !== 1) continue;
    const long = longer[0]!;
    if (!persons.has(long.key) || ![...short.sources].every((s) => long.sources.has(s))) continue;
    absorb(long, short);
    persons.delete(key);
  }
}

function mentions(c: Cluster): number {
  let n = 0;
  for (const count of c.names.values()) n += count;
  return n;
}

/**
 * Two spellings of one name are one person when a word of the name is written the same or a role is shared; or,
 * neither, when one article names both or their articles name the same others (co-mentions.ts), unless each has a
 * role the other lacks: «السفير سيرغي غلازييف» and «المدرب سيرجي جلازييف» are two people, whatever news they share.
 */
function agree(a: Cluster, b: Cluster, company: CoMentionIndex): boolean {
  const words = new Set(a.key.split(' ').filter((w) => !NAME_PARTICLES.has(w)));
  if (b.key.split(' ').some((w) => words.has(w))) return true;
  const titles = new Set(a.roles.map((r) => entityKey(r.title)));
  if (b.roles.some((r) => titles.has(entityKey(r.title)))) return true;
  if (a.roles.length && b.roles.length) return false;
  return shareAnArticle(a, b) || sharedCoMentions(company, a, b) >= MIN_SHARED_CO_MENTIONS;
}

/**
 * «وأضافت سنسون» in the article on «ميشال سيسون»: a lone name no one ends with, a slip of the dots (typos.ts) of
 * the surname of the one person its article names so, is that person's name mistyped.
 */
function misspeltSurnameOwner(namedInArticle: readonly Cluster[], key: string): Cluster | undefined {
  if (key.includes(' ') || lexicon().givenNames.has(key)) return undefined;
  const owners = namedInArticle.filter((c) => isDotSlip(key, c.key.slice(c.key.lastIndexOf(' ') + 1)));
  return owners.length === 1 ? owners[0] : undefined;
}

/** The persons of two words or more each article names. */
function fullNamesBySource(persons: Map<string, Cluster>): Map<string, Cluster[]> {
  const bySource = new Map<string, Cluster[]>();
  for (const c of persons.values()) {
    if (!c.key.includes(' ')) continue;
    for (const s of c.sources) {
      const list = bySource.get(s);
      if (list) list.push(c);
      else bySource.set(s, [c]);
    }
  }
  return bySource;
}

/**
 * «ميشال سنسون» beside «ميشال سيسون» in one article: the same given name and a slip of the dots in one other
 * word make one person, named by its more frequent spelling.
 */
function mergeDotSlips(persons: Map<string, Cluster>) {
  // only names of one first word and one length can be one slip apart: grouped so, an article's pairs are few
  const groups = new Map<string, Cluster[]>();
  for (const [source, named] of fullNamesBySource(persons))
    for (const c of named) {
      const key = `${source}\u0000${c.key.slice(0, c.key.indexOf(' '))}\u0000${c.key.length}`;
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = mentions(group[i]!) >= mentions(group[j]!) ? [group[i]!, group[j]!] : [group[j]!, group[i]!];
        if (!persons.has(a.key) || !persons.has(b.key) || !oneWordSlipped(a.key, b.key)) continue;
        absorb(a, b);
        persons.delete(b.key);
      }
  }
}

function oneWordSlipped(a: string, b: string): boolean {
  const [x, y] = [a.split(' '), b.split(' ')];
  if (x.length !== y.length || x[0] !== y[0]) return false;
  let slips = 0;
  for (let k = 1; k < x.length; k++) {
    if (x[k] === y[k]) continue;
    if (lexicon().givenNames.has(x[k]!) || lexicon().givenNames.has(y[k]!) || !isDotSlip(x[k]!, y[k]!)) return false;
    slips++;
  }
  return slips === 1;
}

/** A short form as the co-mention evidence reads it: a name seen in one article. */
function asNamed(name: string, source: string) {
  return { sources: new Set([source]), names: new Map([[name, 1]]), aliases: new Set<string>() };
}

/** «بن عبدالله» or «بن عبدالله بن عبدالرحمن»: pairs of a patronymic particle and one name. */
function isPatronymicChain(words: string[]): boolean {
  return words.length % 2 === 0 && words.every((w, i) => (i % 2 === 0 ? PATRONYMIC.has(w) : !PATRONYMIC.has(w)));
}

/** Findings that name a body only when the corpus has it already or repeats them `min` times. */
function keepRecurring(
  orgs: Map<string, Cluster>,
  findings: { found: OrgFound; source: string }[],
  min: number,
  knownNames: ReadonlySet<string>,
) {
  const counts = new Map<string, number>();
  for (const { found } of findings) counts.set(entityKey(found.name), (counts.get(entityKey(found.name)) ?? 0) + 1);
  for (const { found, source } of findings) {
    const key = entityKey(found.name);
    if (orgs.has(key) || (counts.get(key) ?? 0) >= min)
      cluster(orgs, 'org', found.name, source, found, orgReason(found, knownNames));
  }
}

/**
 * One body written several ways is one entity: «الناتو» and «حلف شمال الأطلسي (الناتو)» (a name is another's
 * alias), «بعثة المينورسو» and «بعثة مينورسو لحفظ السلام» (they share an alias), «مجلس الأمن» and «مجلس الأمن
 * الدولي» (the longer adds only adjectives of relation; a country's adjective makes another body: «وزارة الخارجية
 * الروسية» is not «وزارة الخارجية»).
 */
function mergeOrganizations(orgs: Map<string, Cluster>) {
  // links are found once on the written names and aliases; merging follows them transitively (union–find), as
  // absorbing one body's aliases into another would link the same bodies again
  const all = [...orgs.values()].sort((a, b) => a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
  const parent = all.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  // the root is the shorter key (then the smaller): the body's plainest name, as when merging pairwise in that order
  const union = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const indexOf = new Map(all.map((c, k) => [c.key, k]));
  const byAlias = new Map<string, number>();
  // names of a head, a complement and one adjective, by the words before the adjective
  const byPrefix = new Map<string, number[]>();
  all.forEach((c, k) => {
    const words = c.key.split(' ');
    if (words.length < 3) return;
    const prefix = words.slice(0, -1).join(' ');
    const list = byPrefix.get(prefix);
    if (list) list.push(k);
    else byPrefix.set(prefix, [k]);
  });
  all.forEach((c, k) => {
    for (const alias of new Set([...c.aliases].map(entityKey))) {
      const named = indexOf.get(alias);
      if (named !== undefined && named !== k) union(k, named);
      const sharing = byAlias.get(alias);
      if (sharing === undefined) byAlias.set(alias, k);
      else union(k, sharing);
    }
    // «مجلس الأمن الدولي» → «مجلس الأمن»: every shorter name of two words or more that this one extends
    const words = c.key.split(' ');
    for (let n = 2; n < words.length; n++) {
      const shorter = indexOf.get(words.slice(0, n).join(' '));
      if (shorter !== undefined && addsOnlyRelationalAdjectives(all[shorter]!.key, c.key)) union(k, shorter);
    }
    // «مجلس التعاون لدول الخليج العربية» → «مجلس التعاون الخليجي»: the complement said as an adjective
    for (let n = 2; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      for (const shorter of byPrefix.get(prefix) ?? [])
        if (shorter !== k && adjectiveSaysComplement(all[shorter]!.key.split(' ')[n]!, words.slice(n)))
          union(k, shorter);
    }
    // «مجلس السيادة الانتقالي السوداني» → «مجلس السيادة السوداني»: one qualifier more inside the name
    for (let i = 2; i < words.length - 1; i++) {
      const shorter = indexOf.get([...words.slice(0, i), ...words.slice(i + 1)].join(' '));
      if (shorter !== undefined && isRelationalAdjective(words[i]!)) union(k, shorter);
    }
  });
  // «المجلس السيادي السوداني» → «مجلس السيادة السوداني»: the complement said as the head's adjective
  const byComplementStem = new Map<string, number[]>();
  all.forEach((c, k) => {
    const words = c.key.split(' ');
    if (words.length < 2) return;
    const stem = words[1]!.replace(/[يه]$/u, '');
    if (stem.length < 3) return;
    const shape = [words[0], stem, ...words.slice(2)].join(' ');
    const list = byComplementStem.get(shape);
    if (list) list.push(k);
    else byComplementStem.set(shape, [k]);
  });
  // «اتحاد الشغل» → «الاتحاد العام التونسي للشغل»: the head and the last complement alone
  for (const [short, full] of shortFormLinks(all.map((c) => c.key))) union(short, full);
  for (const group of byComplementStem.values()) {
    const adjectives = group.filter((k) => all[k]!.key.split(' ')[1]!.endsWith('ي'));
    const nouns = group.filter((k) => !adjectives.includes(k));
    // one adjective form and one noun form: two of either are different bodies («الدولي» and «الدولة»)
    if (adjectives.length === 1 && nouns.length === 1) union(adjectives[0]!, nouns[0]!);
  }
  all.forEach((c, k) => {
    const root = find(k);
    if (root === k) return;
    absorb(all[root]!, c);
    orgs.delete(c.key);
  });
}

/**
 * «مجلس السيادة الانتقالي» in the article that also says «مجلس السيادة الانتقالي السوداني»: a body's name of three
 * words or more that the one longer name of its articles extends by adjectives alone is that body. A name of two
 * words is that body only when the longer one adds its country alone: «البنك المركزي» in the articles whose one
 * central bank is «البنك المركزي العراقي»; where the corpus names two countries' («وزارة الخارجية» beside
 * «وزارة الخارجية الروسية» and «… المصرية») it stays apart.
 */
function mergeOrgsCutShort(orgs: Map<string, Cluster>) {
  const longer = new Map<string, Cluster[]>();
  for (const c of orgs.values())
    for (const name of [c.key, ...[...c.aliases].map(entityKey)]) {
      const words = name.split(' ');
      for (let n = 2; n < words.length; n++) {
        if (!words.slice(n).every(isAdjective) || (n === 2 && !isCountryQualifier(words.slice(n)))) continue;
        const prefix = words.slice(0, n).join(' ');
        const list = longer.get(prefix) ?? [];
        if (!list.includes(c)) list.push(c);
        longer.set(prefix, list);
      }
    }
  for (const [key, short] of [...orgs]) {
    const owners = (longer.get(key) ?? []).filter((c) => c !== short && orgs.has(c.key));
    if (owners.length !== 1 || ![...short.sources].every((s) => owners[0]!.sources.has(s))) continue;
    absorb(owners[0]!, short);
    orgs.delete(key);
  }
}

/** «عراقي»: the one word a country's body adds to a generic name of two words (keys, without the article). */
function isCountryQualifier(words: readonly string[]): boolean {
  return words.length === 1 && lexicon().nisbas.has(words[0]!);
}

/** «سوداني», «انتقالي», «دوليه»: an adjective of relation or nationality, as a key writes it. */
function isAdjective(word: string): boolean {
  // keys are written without the article (entityKey)
  return /^.{3,}يه?$/u.test(word) || lexicon().nisbas.has(word);
}

/** Clusters by every word-suffix of their key shorter than the key («عبد اللهيان» → «حسين أمير عبد اللهيان»). */
function bySuffix(clusters: Cluster[]): Map<string, Cluster[]> {
  const index = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const words = c.key.split(' ');
    for (let k = 1; k < words.length; k++) {
      const suffix = words.slice(k).join(' ');
      const list = index.get(suffix);
      if (list) list.push(c);
      else index.set(suffix, [c]);
    }
  }
  return index;
}

/** Clusters of two words or more by their first word. */
function byFirstWord(clusters: Cluster[]): Map<string, Cluster[]> {
  const index = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const words = c.key.split(' ');
    if (words.length < 2) continue;
    const list = index.get(words[0]!);
    if (list) list.push(c);
    else index.set(words[0]!, [c]);
  }
  return index;
}

/** Each normalized written name → the first cluster (in the given order) that has it. */
function clustersByName(clusters: Cluster[]): Map<string, { cluster: Cluster; order: number }> {
  const index = new Map<string, { cluster: Cluster; order: number }>();
  clusters.forEach((cluster, order) => {
    for (const n of cluster.names.keys()) {
      const key = normalize(n);
      if (!index.has(key)) index.set(key, { cluster, order });
    }
  });
  return index;
}

/**
 * «Ambassador Michele Sison» under the article that names «ميشال سيسون»: the one person of the article whose last
 * words have the Latin words' consonant skeletons (lib/arabic/romanize), word for word. Two words at least: one
 * skeleton alone is shared by too many names.
 */
function spelledLike(namedInArticle: readonly Cluster[], latin: string): Cluster | undefined {
  const latinWords = latin.split(/\s+/u).map(latinSkeletons);
  const owners = namedInArticle.filter((c) => {
    const words = c.key.split(' ');
    if (words.length < latinWords.length) return false;
    const last = words.slice(words.length - latinWords.length);
    return last.every((w, k) => latinWords[k]!.includes(arabicSkeleton(w)));
  });
  return owners.length === 1 ? owners[0] : undefined;
}

/** The cluster a Latin name is tied to: one whose name is the tie's Arabic words or ends them; the first such. */
function tieOwner(named: Map<string, { cluster: Cluster; order: number }>, tie: LatinTie): Cluster | undefined {
  const words = normalize(tie.arabic!).split(' ');
  let best: { cluster: Cluster; order: number } | undefined;
  for (let k = 0; k < words.length; k++) {
    const hit = named.get(words.slice(k).join(' '));
    if (hit && (!best || hit.order < best.order)) best = hit;
  }
  return best?.cluster;
}

function addsOnlyRelationalAdjectives(shorter: string, longer: string): boolean {
  if (!longer.startsWith(shorter + ' ') || !shorter.includes(' ')) return false;
  const extra = longer.slice(shorter.length + 1).split(' ');
  return extra.every(isRelationalAdjective);
}

/** Countries a nisba names that the texts also name otherwise (normalized, without the article). */
const SAME_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['امريكا', 'ولايات متحده'],
  ['اميركا', 'ولايات متحده'],
]);

/**
 * «الخليجي» says «لدول الخليج», «الأمريكية» says «للولايات المتحدة»: the adjective is the nisba of a word of
 * the complement (past its first word: «الدولي» is not «لدول …»), or of the country the complement names.
 */
function adjectiveSaysComplement(adjective: string, complement: string[]): boolean {
  const words = complement.map((w) => w.replace(/^لل?/u, ''));
  const country = lexicon().nisbas.get(adjective);
  if (country) {
    const named = entityKey(country).replace(/^لل?/u, '');
    return [named, SAME_COUNTRY.get(named)].includes(words.join(' '));
  }
  const stem = adjective.replace(/يه?$/u, '');
  return stem !== adjective && stem.length >= 3 && words.slice(1).includes(stem);
}

/** «الدولي», «الانتقالي»: an adjective that qualifies a body without making it another one (a country's does). */
function isRelationalAdjective(word: string): boolean {
  const bare = word.replace(/^لل?/u, '');
  return /يه?$/u.test(bare) && !lexicon().nisbas.has(bare) && !isNationalAdjective(bare);
}

function absorb(into: Cluster, from: Cluster) {
  for (const [n] of from.names) into.aliases.add(n);
  for (const a of from.aliases) into.aliases.add(a);
  for (const r of from.roles) addRole(into, r);
  for (const s of from.sources) into.sources.add(s);
  for (const r of from.reasons) into.reasons.add(r);
  for (const [source, seen] of from.sightings) {
    const mine = into.sightings.get(source);
    if (mine) mine.count += seen.count;
    else into.sightings.set(source, { count: seen.count, start: seen.start, end: seen.end }); // the shape see() makes
  }
}
