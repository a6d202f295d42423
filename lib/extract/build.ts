import {
  DICTIONARY_FORMAT,
  DICTIONARY_VERSION,
  type ConfidenceReason,
  type Dictionary,
  type Entity,
  type Source,
} from '../dictionary/schema';
import { confidenceOf } from './confidence';
import { articleDate } from '../article/date';
import { splitGluedTitles } from './glued';
import { entityId } from '../dictionary/ids';
import { latinTies } from './latin-names';
import { canonicalName, mergeFindings, surnameOf, withoutBareTitles, type ArticleFindings } from './merge';
import { countMentionsAndCoMentions, snippet } from './corpus-counts';
import { withoutMostlyOrdinaryNames } from './mostly-ordinary';
import { withoutOneWordPersonsMostlyOrdinary } from './one-word-persons';
import { recognize } from './recognize';
import { quotedWordsOf } from './quoted-short-names';
import { claimSharedSurnames, isFathersName } from './surnames';
import { tokenize } from './tokenize';

export interface Article {
  /** short id, unique within the corpus */
  id: string;
  /** the file as given */
  file: string;
  text: string;
  title?: string;
  date?: string;
  /** the page's address, when its markup gives one */
  url?: string;
}

export interface BuildOptions {
  /** called after each article is read: the CLI shows progress with it */
  onProgress?: (done: number, total: number) => void;
  /** the build time to record (tests pin it) */
  now?: Date;
}

/** What one article says: the persons and bodies it names, and the Latin names it ties to them. */
export function readArticle(article: Article): ArticleFindings {
  const sentences = tokenize(article.text);
  const found = sentences.map((s) => recognize(splitGluedTitles(s)));
  const date = article.date ?? articleDate(article.text);
  return {
    source: article.id,
    ...(date ? { date } : {}),
    persons: found.flatMap((f) => f.persons),
    orgs: found.flatMap((f) => f.orgs),
    ties: latinTies(article.text),
    quotedWords: sentences.flatMap((s) => quotedWordsOf(s.tokens)),
  };
}

/** A corpus of articles → the Kashif dictionary. Pure: runs in Node, in a worker, in a test. */
export function buildDictionary(articles: Article[], options: BuildOptions = {}): Dictionary {
  const findings: ArticleFindings[] = [];
  articles.forEach((a, k) => {
    findings.push(readArticle(a));
    options.onProgress?.(k + 1, articles.length);
  });

  const clusters = mergeFindings(findings);
  const reasons = new Map<Entity, Set<ConfidenceReason>>();
  // each cluster's name and id, found once: the sightings below go to the entity of that id
  const names = clusters.map((c) => canonicalName(c.names));
  const ids = clusters.map((c, k) => entityId(c.type, names[k]!));
  const entities: Entity[] = clusters.map((c, k) => {
    const name = names[k]!;
    const aliases = new Set([...c.names.keys(), ...c.aliases]);
    aliases.delete(name);
    const entity: Entity = {
      id: ids[k]!,
      type: c.type,
      name,
      aliases: [...aliases].sort(),
      roles: withoutBareTitles(c.roles),
      mentions: [],
      related: [],
    };
    reasons.set(entity, new Set(c.reasons));
    return entity;
  });
  // two clusters that chose the same canonical key are one entity: keep the first, the rest become aliases
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    if (seen) {
      seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
      seen.roles.push(...e.roles);
      for (const r of reasons.get(e)!) reasons.get(seen)!.add(r);
    } else byId.set(e.id, e);
  }
  const unique = [...byId.values()];
  claimSharedSurnames(
    unique,
    articles.map((a) => a.text),
  );
  const surnameUsed = countMentionsAndCoMentions(unique, articles);
  // where the matcher cannot see a name the extraction read (glued to a title: «السفيرةليندا»), the extraction's own
  // sightings stand for its mentions
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const counted = new Map(unique.map((e) => [e, new Set(e.mentions.map((m) => m.source))]));
  const readAsBody = new Map<Entity, number>();
  clusters.forEach((c, k) => {
    const e = byId.get(ids[k]!)!;
    for (const seen of c.sightings.values()) readAsBody.set(e, (readAsBody.get(e) ?? 0) + seen.count);
    const sources = counted.get(e)!;
    for (const [source, seen] of c.sightings) {
      if (sources.has(source)) continue;
      sources.add(source);
      e.mentions.push({ source, count: seen.count, snippet: snippet(texts.get(source)!, seen.start, seen.end) });
    }
  });
  const kept = withoutOneWordPersonsMostlyOrdinary(withoutMostlyOrdinaryNames(unique, reasons, readAsBody), readAsBody);
  // surnames are aliases when the texts use them alone (the matcher found them as mentions on their own)
  for (const e of kept) {
    const surname = e.type === 'person' ? surnameOf(e.name) : undefined;
    if (surname && surnameUsed.has(e.id) && !e.aliases.includes(surname) && !isFathersName(e.name, surname))
      e.aliases.push(surname);
  }
  for (const e of kept) e.confidence = confidenceOf(reasons.get(e)!, new Set(e.mentions.map((m) => m.source)).size);
  kept.sort((a, b) =>
    a.type === b.type ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.type === 'person' ? -1 : 1,
  );

  const dates = new Map(findings.map((f) => [f.source, f.date]));
  const sources: Source[] = articles.map((a) => {
    const s: Source = { id: a.id, file: a.file, chars: a.text.length };
    if (a.title) s.title = a.title;
    if (a.url) s.url = a.url;
    const date = dates.get(a.id);
    if (date) s.date = date;
    return s;
  });
  return {
    format: DICTIONARY_FORMAT,
    version: DICTIONARY_VERSION,
    builtAt: (options.now ?? new Date()).toISOString(),
    sources,
    entities: kept,
  };
}
