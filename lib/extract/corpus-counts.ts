import { matcherFor } from '../match/compile';
import type { Entity } from '../dictionary/schema';
import { entityKey } from '../dictionary/ids';
import { surnameOf } from '../arabic/names';

const SNIPPET_REACH = 90;
const MAX_RELATED = 12;
const SENTENCE_END = /[.!?؟\n]/gu;

interface Text {
  id: string;
  text: string;
}

function sentenceBounds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index + 1);
  ends.push(text.length);
  return ends;
}

/** The sentence index of an offset: binary search over sentence ends. */
function sentenceOf(ends: number[], offset: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function snippet(text: string, start: number, end: number): string {
  let from = Math.max(0, start - SNIPPET_REACH);
  let to = Math.min(text.length, end + SNIPPET_REACH);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  from = Math.max(from, lineStart);
  to = Math.min(to, lineEnd < 0 ? text.length : lineEnd);
  // cut at spaces so no word is shown in part
  if (from > lineStart) from = text.indexOf(' ', from) + 1 || from;
  if (to < (lineEnd < 0 ? text.length : lineEnd)) to = Math.max(text.lastIndexOf(' ', to), end);
  return (
    (from > lineStart ? '… ' : '') +
    text.slice(from, to).trim() +
    (to < (lineEnd < 0 ? text.length : lineEnd) ? ' …' : '')
  );
}

/**
 * The corpus counts of the dictionary: finds every mention of every entity in the articles with the same matcher
 * the CLI and the content script use, and fills in `mentions` (count and snippet per article) and `related`
 * (co-mentions: entities named in the same sentence, and how often). Returns the ids of persons whom some article
 * calls by their surname alone.
 */
export function countMentionsAndCoMentions(entities: Entity[], articles: Text[]): Set<string> {
  const matcher = matcherFor(entities);
  const index = new Map(entities.map((e, k) => [e.id, k]));
  // the entity a hit names, by the matcher's number for it: looked up once per entity, not once per hit
  const entityOfHit = matcher.entities.map((e) => index.get(e.id)!);
  const related = entities.map(() => new Map<number, number>());
  const surnameUsed = new Set<string>();
  const surnameKeys = entities
    .map((e) => (e.type === 'person' ? surnameOf(e.name) : undefined))
    .map((s) => (s ? entityKey(s) : undefined));

  for (const article of articles) {
    const hits = matcher.findMentions(article.text);
    if (!hits.length) continue;
    const ends = sentenceBounds(article.text);
    const perEntity = new Map<number, { count: number; start: number; end: number }>();
    const perSentence = new Map<number, Set<number>>();
    for (const h of hits) {
      const k = entityOfHit[h.entity]!;
      const seen = perEntity.get(k);
      if (seen) seen.count++;
      else perEntity.set(k, { count: 1, start: h.start, end: h.end });
      if (surnameKeys[k] && entityKey(article.text.slice(h.start, h.end)) === surnameKeys[k])
        surnameUsed.add(entities[k]!.id);
      const s = sentenceOf(ends, h.start);
      let set = perSentence.get(s);
      if (!set) perSentence.set(s, (set = new Set()));
      set.add(k);
    }
    for (const [k, m] of perEntity)
      entities[k]!.mentions.push({
        source: article.id,
        count: m.count,
        snippet: snippet(article.text, m.start, m.end),
      });
    for (const set of perSentence.values()) {
      if (set.size < 2) continue;
      // indices over an array, not nested iterators: a sentence naming n entities would make n + 1 of them
      const named = [...set];
      for (const a of named) {
        const counts = related[a]!;
        for (let j = 0; j < named.length; j++)
          if (named[j] !== a) counts.set(named[j]!, (counts.get(named[j]!) ?? 0) + 1);
      }
    }
  }
  entities.forEach((e, k) => {
    e.related = [...related[k]!]
      .sort((x, y) => y[1] - x[1] || (entities[x[0]]!.id < entities[y[0]]!.id ? -1 : 1))
      .slice(0, MAX_RELATED)
      .map(([other, count]) => ({ id: entities[other]!.id, count }));
  });
  return surnameUsed;
}
