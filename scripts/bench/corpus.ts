/**
 * The benchmark corpus: news articles of 3–6 KB recombined from the sentences of seeds/*.txt.
 *
 * The seed sentences are shuffled with a seeded PRNG and dealt into articles, a fresh permutation per pass, so
 * no two articles are the same text; in each article most persons the seeds name are recast as synthetic
 * persons (one per seed person in that article, so a full name and its later surname agree), which gives the
 * extraction a growing population of names, as a real corpus has. A smaller corpus is a prefix of a larger one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildDictionary, type Article } from '../../lib/extract/build';
import type { Dictionary } from '../../lib/dictionary/schema';
import { matcherFor } from '../../lib/match/compile';
import { personName } from './names';
import { seeded } from './random';

export const SEEDS_DIR = path.join(import.meta.dirname, '../../seeds');

/** Size of the synthetic population persons are drawn from (half of it is in the 100,000-entry dictionary). */
export const TEXT_PERSONS = 120_000;

/** A sentence with the person mentions cut out: text, then (entity, whole name or surname only), then text … */
interface Template {
  parts: string[];
  /** for each gap between parts: the seed entity and whether the text wrote its full name */
  slots: { entity: number; full: boolean }[];
}

export interface Seeds {
  articles: Article[];
  dictionary: Dictionary;
}

export function readSeeds(): Seeds {
  const articles = fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.txt$/u, ''),
      file: path.join('seeds', f),
      text: fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'),
    }));
  return { articles, dictionary: buildDictionary(articles, { now: new Date(0) }) };
}

/** A line without sentence-final punctuation and short is a headline or a section title. */
const isHeading = (line: string) => line.length <= 90 && !/[.!?؟:]$/u.test(line);

function templates(seeds: Seeds): { sentences: Template[]; headings: string[] } {
  const matcher = matcherFor(seeds.dictionary.entities);
  const sentences: Template[] = [];
  const headings: string[] = [];
  for (const a of seeds.articles) {
    for (const raw of a.text.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (isHeading(line)) {
        headings.push(line);
        continue;
      }
      for (const sentence of line.split(/(?<=[.!?؟])\s+/u)) {
        const parts: string[] = [];
        const slots: Template['slots'] = [];
        let at = 0;
        for (const h of matcher.findMentions(sentence)) {
          if (matcher.entities[h.entity]!.type !== 'person') continue;
          parts.push(sentence.slice(at, h.start));
          slots.push({ entity: h.entity, full: sentence.slice(h.start, h.end).trim().includes(' ') });
          at = h.end;
        }
        parts.push(sentence.slice(at));
        sentences.push({ parts, slots });
      }
    }
  }
  return { sentences, headings };
}

/** Articles of 3–6 KB (UTF-8) until the corpus holds at least `targetBytes` bytes. */
export function generateCorpus(seeds: Seeds, targetBytes: number, seed = 1): { articles: Article[]; bytes: number } {
  const rng = seeded(seed);
  const { sentences, headings } = templates(seeds);
  let deck: Template[] = [];
  const deal = () => {
    if (!deck.length) deck = rng.shuffle([...sentences]);
    return deck.pop()!;
  };

  const articles: Article[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const cast = new Map<number, string[] | null>(); // seed person → [full, family] of their stand-in, or null: kept
    const render = (t: Template) => {
      let s = t.parts[0]!;
      t.slots.forEach((slot, k) => {
        let standIn = cast.get(slot.entity);
        if (standIn === undefined) {
          // skewed towards low numbers: as in the news, a few persons recur, most appear once or twice
          const p = rng.chance(0.8) ? personName(Math.floor(TEXT_PERSONS * rng.next() ** 2)) : null;
          standIn = p && [p.full, p.family];
          cast.set(slot.entity, standIn);
        }
        const original = seeds.dictionary.entities[slot.entity]!;
        s += standIn
          ? standIn[slot.full ? 0 : 1]
          : slot.full
            ? original.name
            : (original.name.split(' ').at(-1) ?? original.name);
        s += t.parts[k + 1]!;
      });
      return s;
    };

    const size = rng.int(3000, 6000);
    const paragraphs: string[] = [rng.pick(headings)];
    let articleBytes = Buffer.byteLength(paragraphs[0]!);
    while (articleBytes < size) {
      if (rng.chance(0.1)) {
        paragraphs.push(rng.pick(headings));
        articleBytes += Buffer.byteLength(paragraphs.at(-1)!) + 2;
      }
      const sentencesInParagraph = rng.int(1, 4);
      const paragraph: string[] = [];
      for (let k = 0; k < sentencesInParagraph; k++) paragraph.push(render(deal()));
      paragraphs.push(paragraph.join(' '));
      articleBytes += Buffer.byteLength(paragraphs.at(-1)!) + 2;
    }
    const text = paragraphs.join('\n\n') + '\n';
    const id = `bench-${String(articles.length).padStart(6, '0')}`;
    articles.push({ id, file: `${id}.txt`, text });
    bytes += Buffer.byteLength(text);
  }
  return { articles, bytes };
}

/** The first articles of `articles` that hold at least `targetBytes` bytes. */
export function prefix(articles: readonly Article[], targetBytes: number): { articles: Article[]; bytes: number } {
  let bytes = 0;
  let k = 0;
  while (k < articles.length && bytes < targetBytes) bytes += Buffer.byteLength(articles[k++]!.text);
  return { articles: articles.slice(0, k), bytes };
}
