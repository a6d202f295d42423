import { normalize } from '../arabic/normalize';
import type { EntityType, Role } from '../dictionary/schema';
import { entityKey } from './ids';
import type { LatinTie } from './latin-names';
import { tieNames } from './latin-names';
import type { OrgFound } from './organizations';
import type { PersonFound } from './persons';
import { lexicon } from './lexicon';

/** One real-world person or body, gathered from every article that names it. */
export interface Cluster {
  type: EntityType;
  key: string;
  /** every way the texts wrote its full name, with how often */
  names: Map<string, number>;
  aliases: Set<string>;
  roles: Role[];
  sources: Set<string>;
}

export interface ArticleFindings {
  source: string;
  date?: string;
  persons: PersonFound[];
  orgs: OrgFound[];
  ties: LatinTie[];
}

const HAMZA = /[أإآؤئء]/gu;
/** The written form to show: the most frequent; on a tie the one with more hamzas («الأمم» over «الامم»), then the longest. */
export function canonicalName(names: Map<string, number>): string {
  return [...names].sort((a, b) => b[1] - a[1] || (b[0].match(HAMZA)?.length ?? 0) - (a[0].match(HAMZA)?.length ?? 0) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function cluster(map: Map<string, Cluster>, type: EntityType, name: string, source: string): Cluster {
  const key = entityKey(name);
  let c = map.get(key);
  if (!c) map.set(key, (c = { type, key, names: new Map(), aliases: new Set(), roles: [], sources: new Set() }));
  c.names.set(name, (c.names.get(name) ?? 0) + 1);
  c.sources.add(source);
  return c;
}

function addRole(c: Cluster, role: Role) {
  const same = (r: Role) => normalize(r.title) === normalize(role.title) && r.org === role.org && r.source === role.source;
  if (!c.roles.some(same)) c.roles.push(role);
}

/** The surname a person is called by alone: the last word, with its particle («عبد اللهيان», «دي ميستورا»). */
export function surnameOf(name: string): string | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const particles = lexicon().nameParticles;
  const k = words.length >= 3 && particles.has(normalize(words.at(-2)!)) ? words.length - 2 : words.length - 1;
  return words.slice(k).join(' ');
}

export function mergeFindings(articles: ArticleFindings[]): Cluster[] {
  const orgs = new Map<string, Cluster>();
  const persons = new Map<string, Cluster>();
  const shortForms: { found: PersonFound; source: string; date?: string }[] = [];

  for (const a of articles) {
    for (const o of a.orgs) {
      const c = cluster(orgs, 'org', o.name, a.source);
      for (const alias of o.aliases) c.aliases.add(alias);
    }
    for (const p of a.persons) {
      if (p.tokens.length < 2) { shortForms.push({ found: p, source: a.source, date: a.date }); continue; }
      const c = cluster(persons, 'person', p.name, a.source);
      for (const r of p.roles) addRole(c, { ...r, source: a.source, ...(a.date ? { date: a.date } : {}) });
    }
  }

  // a shorter name that ends a longer one is the same person («عبد اللهيان» in «حسين أمير عبد اللهيان»)
  const byLength = [...persons.values()].sort((a, b) => b.key.length - a.key.length);
  for (const short of byLength) {
    const longer = byLength.filter((l) => l !== short && persons.has(l.key) && l.key.endsWith(' ' + short.key));
    if (longer.length !== 1) continue;
    absorb(longer[0]!, short);
    persons.delete(short.key);
  }

  // a name used alone after a title («الوزير لافروف», «السيد مقرمان»): the one known person with that surname,
  // else a person of its own (the text calls them by that name and a title says they are a person)
  for (const { found, source, date } of shortForms) {
    const key = entityKey(found.name);
    const owners = [...persons.values()].filter((c) => c.key.endsWith(' ' + key));
    const target = owners.length === 1 ? owners[0]! : owners.length === 0 && !lexicon().common.has(normalize(found.name)) ? cluster(persons, 'person', found.name, source) : undefined;
    if (!target) continue;
    if (target.key !== key) target.aliases.add(found.name);
    target.sources.add(source);
    for (const r of found.roles) addRole(target, { ...r, source, ...(date ? { date } : {}) });
  }

  // Latin names and @handles the text ties to an Arabic name
  for (const a of articles) {
    for (const tie of a.ties) {
      const owner = [...persons.values(), ...orgs.values()].find((c) => [...c.names.keys()].some((n) => tieNames(tie, normalize(n))));
      if (owner) for (const l of tie.latin) owner.aliases.add(l);
    }
  }

  // an organization known by its short name elsewhere («الناتو» and «حلف شمال الأطلسي (الناتو)») is one body
  for (const c of [...orgs.values()]) {
    for (const alias of c.aliases) {
      const other = orgs.get(entityKey(alias));
      if (other && other !== c) { absorb(c, other); orgs.delete(other.key); }
    }
  }
  return [...persons.values(), ...orgs.values()];
}

function absorb(into: Cluster, from: Cluster) {
  for (const [n] of from.names) into.aliases.add(n);
  for (const a of from.aliases) into.aliases.add(a);
  for (const r of from.roles) addRole(into, r);
  for (const s of from.sources) into.sources.add(s);
}
