import { bareOf, wordReadings } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import { arabicSkeleton, isLatinWord, latinSkeletons } from '../arabic/romanize';
import { spellingVariants } from '../arabic/variants';
import type { EntityType } from '../dictionary/schema';

/**
 * Finds the entities a person typing a query is looking for: by name or any alias, by the start of any of their
 * words, with or without the article and attached clitics, whatever the hamza, diacritics, ة/ه, ى/ي, with one
 * typo in words of five letters or more, by Latin aliases, and by a Latin transliteration of a name the corpus
 * writes only in Arabic (after every other kind of match). Used by `kashif lookup` and by the popup.
 */

export interface Searchable {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  /** how often the corpus mentions it: breaks ties between equally good matches */
  weight?: number;
}

export interface SearchHit {
  /** index into the entities the index was built from */
  entity: number;
  score: number;
  /** the name or alias that matched, as written */
  matched: string;
}

interface Form {
  entity: number;
  text: string;
  /** normalized words, article removed */
  words: string[];
  /** the whole form normalized, article removed from each word */
  joined: string;
  /** a spelling variant, not a written form: ranks lower */
  variant: boolean;
}

export interface SearchIndex {
  entities: readonly Searchable[];
  forms: Form[];
  /** every distinct word → the forms containing it; sorted for prefix search */
  words: string[];
  postings: Map<string, number[]>;
  /** made at the first Latin query: most searches are in Arabic and need none */
  transliterations?: Transliterations;
}

interface Transliterations {
  /** the consonant skeleton of every Arabic word (lib/arabic/romanize) → the written forms containing it */
  skeletons: Map<string, number[]>;
  /** the skeletons, sorted for prefix search */
  keys: string[];
}

const wordsOf = (s: string) =>
  normalize(s)
    .replace(/[@_#()«»"',.،:؛-]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map(bareOf);

export function buildSearchIndex(entities: readonly Searchable[]): SearchIndex {
  const forms: Form[] = [];
  const postings = new Map<string, number[]>();
  entities.forEach((e, entity) => {
    const written = [e.name, ...e.aliases];
    const variants = e.type === 'person' ? spellingVariants(normalize(e.name)) : [];
    for (const [text, variant] of [
      ...written.map((t) => [t, false] as const),
      ...variants.map((t) => [t, true] as const),
    ]) {
      const words = wordsOf(text);
      if (!words.length) continue;
      const f = forms.push({ entity, text: variant ? e.name : text, words, joined: words.join(' '), variant }) - 1;
      for (const w of new Set(words)) addPosting(postings, w, f);
    }
  });
  return { entities, forms, words: [...postings.keys()].sort(), postings };
}

function transliterationsOf(index: SearchIndex): Transliterations {
  if (index.transliterations) return index.transliterations;
  const skeletons = new Map<string, number[]>();
  index.forms.forEach((form, f) => {
    // written forms only: a spelling variant's skeleton is its name's
    if (form.variant) return;
    for (const k of new Set(form.words.filter((w) => !isLatinWord(w)).map(arabicSkeleton)))
      if (k) addPosting(skeletons, k, f);
  });
  return (index.transliterations = { skeletons, keys: [...skeletons.keys()].sort() });
}

function addPosting(postings: Map<string, number[]>, key: string, form: number): void {
  const list = postings.get(key);
  if (list) list.push(form);
  else postings.set(key, [form]);
}

/** Index of the first word ≥ prefix (binary search). */
function lowerBound(words: string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Levenshtein distance, stopping early past 1: one typo is all the search forgives. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The forms whose words begin with the query word (or one of its clitic-free readings), with the quality of each. */
function formsForWord(index: SearchIndex, queryWord: string, last: boolean): Map<number, number> {
  const found = new Map<number, number>();
  const readings = new Set([queryWord, ...wordReadings(queryWord).map((f) => f.bare)]);
  const note = (form: number, quality: number) => found.set(form, Math.max(found.get(form) ?? 0, quality));
  for (const reading of readings) {
    if (reading.length < 1) continue;
    const penalty = reading === queryWord ? 0 : 1;
    for (const f of index.postings.get(reading) ?? []) note(f, 3 - penalty);
    // the word being typed may be unfinished: prefixes count, other words must be whole
    if (last) {
      for (
        let k = lowerBound(index.words, reading);
        k < index.words.length && index.words[k]!.startsWith(reading);
        k++
      ) {
        for (const f of index.postings.get(index.words[k]!)!) note(f, 2 - penalty);
      }
    }
  }
  if (isLatinWord(queryWord)) formsByTransliteration(index, queryWord, last, note);
  if (queryWord.length >= 5 && found.size === 0) {
    for (const w of index.words) if (withinOneEdit(w, queryWord)) for (const f of index.postings.get(w)!) note(f, 1);
  }
  return found;
}

/**
 * A Latin word read as a transliteration of Arabic words: same consonant skeleton (or, for the word being typed,
 * the start of one). These qualities are below every written match's, so exact Latin aliases rank first.
 */
function formsByTransliteration(
  index: SearchIndex,
  queryWord: string,
  last: boolean,
  note: (form: number, quality: number) => void,
) {
  const { skeletons, keys } = transliterationsOf(index);
  for (const key of latinSkeletons(queryWord)) {
    // one consonant fits too many words to mean anything; the start of a word being typed needs three
    if (key.length < 2) continue;
    for (const f of skeletons.get(key) ?? []) note(f, 0.6);
    if (last && key.length >= 3) {
      for (let k = lowerBound(keys, key); k < keys.length && keys[k]!.startsWith(key); k++) {
        for (const f of skeletons.get(keys[k]!)!) note(f, 0.3);
      }
    }
  }
}

/**
 * A Latin particle of one consonant («al», «el», «de», «da»), which Arabic names glue on or spell so that a
 * one-letter skeleton cannot tell: a query's other words decide.
 */
const isLatinParticle = (word: string) => isLatinWord(word) && latinSkeletons(word).every((k) => k.length < 2);

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const queryWords = wordsOf(query);
  if (!queryWords.length) return [];
  let candidates: Map<number, number> | undefined;
  queryWords.forEach((w, k) => {
    const forWord = formsForWord(index, w, k === queryWords.length - 1);
    if (forWord.size === 0 && isLatinParticle(w) && queryWords.length > 1) return;
    if (!candidates) {
      candidates = forWord;
      return;
    }
    const both = new Map<number, number>();
    for (const [f, q] of candidates) {
      const q2 = forWord.get(f);
      if (q2) both.set(f, q + q2);
    }
    candidates = both;
  });
  const joinedQuery = queryWords.join(' ');
  const best = new Map<number, SearchHit>();
  for (const [f, quality] of candidates ?? []) {
    const form = index.forms[f]!;
    // exact and full-name matches first, then matches from the first word, then the rest
    let score = quality * 10;
    if (form.joined === joinedQuery) score += 100;
    else if (form.joined.startsWith(joinedQuery)) score += 40;
    if (form.text === index.entities[form.entity]!.name && !form.variant) score += 15;
    if (form.variant) score -= 20;
    score += Math.min(10, Math.log2(1 + (index.entities[form.entity]!.weight ?? 0)));
    const seen = best.get(form.entity);
    if (!seen || seen.score < score) best.set(form.entity, { entity: form.entity, score, matched: form.text });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entity - b.entity).slice(0, limit);
}
