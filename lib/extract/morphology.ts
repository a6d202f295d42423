/**
 * Just enough Arabic morphology for the extractor: a written word is [conjunction][preposition][article]stem.
 * «والناتو» = و + ال + ناتو; «للأمم» = ل + (ا)ل + أمم; «لشؤون» = ل + شؤون. Works on normalized words.
 */
export interface WordForm {
  /** the conjunction and preposition letters in front («و», «ب», «ول», …) */
  clitics: string;
  /** the rest, with the article restored when the text elides it («للامم» → «الامم») */
  stem: string;
  /** the stem without the article */
  bare: string;
  definite: boolean;
}

const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ك', 'ل'];
const MIN_STEM = 2;

function form(clitics: string, rest: string): WordForm {
  // «لل…» after a preposition ل is the article with its alef dropped
  if (clitics.endsWith('ل') && rest.startsWith('ل') && rest.length > MIN_STEM + 1 && !rest.startsWith('ال')) {
    const stem = 'ا' + rest;
    return { clitics, stem, bare: rest.slice(1), definite: true };
  }
  const definite = rest.startsWith('ال') && rest.length > MIN_STEM + 1;
  return { clitics, stem: rest, bare: definite ? rest.slice(2) : rest, definite };
}

/** Every reading of a word, the unsegmented one first. */
export function wordForms(word: string): readonly WordForm[] {
  // the rules ask about the same token several times in a row: a one-entry memo answers before the map
  if (word === lastWord && lastForms) return lastForms;
  let forms = formsCache.get(word);
  if (!forms) {
    forms = segmentations(word);
    // a corpus repeats a few thousand words most of the time: a bounded cache keeps them without growing forever
    if (formsCache.size >= FORMS_CACHE_SIZE) formsCache.clear();
    formsCache.set(word, forms);
  }
  lastWord = word;
  lastForms = forms;
  return forms;
}

let lastWord: string | undefined;
let lastForms: readonly WordForm[] | undefined;

const FORMS_CACHE_SIZE = 100_000;
const formsCache = new Map<string, readonly WordForm[]>();

function segmentations(word: string): readonly WordForm[] {
  const forms = [form('', word)];
  for (const c of ['', ...CONJUNCTIONS]) {
    if (c && !word.startsWith(c)) continue;
    const afterConj = word.slice(c.length);
    if (c && afterConj.length >= MIN_STEM) forms.push(form(c, afterConj));
    for (const p of PREPOSITIONS) {
      if (afterConj.startsWith(p) && afterConj.length - 1 >= MIN_STEM) forms.push(form(c + p, afterConj.slice(1)));
    }
  }
  // frozen in place, not through map(): its result can come in either of two array shapes, and each new shape
  // seen by optimized code that walks these arrays deoptimizes it
  for (const f of forms) Object.freeze(f);
  return Object.freeze(forms);
}

/** The reading whose stem (or bare stem) is in the set, if any; the least segmented wins. */
export function formIn(word: string, set: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordForm | undefined {
  for (const f of wordForms(word)) if (set.has(f.stem) || set.has(f.bare)) return f;
  return undefined;
}
