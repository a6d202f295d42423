/**
 * Generates the word lists the extractor uses to decide what is a name, from well-kept public sources
 * (see lib/extract/lexicon/README.md). Run once; the output is committed so that builds need nothing outside
 * the project:
 *
 *   npx tsx scripts/build-lexicon.ts ../shared/eval/anercorp/ANERCorp_CamelLab_train.reconstructed.txt
 *
 * Only the TRAIN split of ANERcorp is read: the test split is what the figures are reported on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { packArabicLetters } from '../lib/arabic/letter-packing';
import { normalize } from '../lib/arabic/normalize';

const require = createRequire(import.meta.url);
const outDir = path.join(import.meta.dirname, '../lib/extract/lexicon/generated');
// the one list the matcher needs at run time lives beside the language rules, out of the extractor's lists
const runTimeDir = path.join(import.meta.dirname, '../lib/arabic/generated');
const trainPath = process.argv[2];
if (!trainPath || !fs.existsSync(trainPath)) {
  console.error('usage: build-lexicon.ts ANERCORP_TRAIN.txt');
  process.exit(2);
}

interface Token {
  tok: string;
  tag: string;
}
function readConll(file: string): Token[][] {
  const sentences: Token[][] = [[]];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (sentences.at(-1)!.length) sentences.push([]);
      continue;
    }
    const i = line.lastIndexOf(' ');
    sentences.at(-1)!.push({ tok: line.slice(0, i), tag: line.slice(i + 1).trim() });
  }
  return sentences.filter((s) => s.length);
}

const isArabicWord = (w: string) => /^[\u0621-\u064A]{2,}$/u.test(w);
const sentences = readConll(trainPath);

// Arabic names, whose letters carry meaning (حسن / حسين, محمد / محمود are different names), as the corpus shows them:
// words of person names written with a sound that the transliteration of foreign names does not use, or used the
// Arabic way, after «بن», «أبو», «عبد» … or with the article as a name («الحسن»). Foreign names are left out
// (جورج, سيرغي, فلاديمير): their spellings vary, and the variant key (lib/arabic/variant-key.ts) is for them.
const ARABIC_SOUNDS = /[حعصضطظذثق]/u;
const ARABIC_NAME_PARTICLES = new Set(['بن', 'ابن', 'بنت', 'أبو', 'ابو', 'أبي', 'ابي', 'أم', 'ام', 'عبد']);
const personWordCounts = new Map<string, number>();
const arabicUse = new Map<string, number>();
function countArabicNameEvidence(t: Token, before: Token | undefined) {
  const word = t.tok.replace(/^و(?=...)/u, '');
  const bare = word.replace(/^ال(?=...)/u, '');
  bump(personWordCounts, word);
  if (bare !== word) bump(arabicUse, bare);
  if (before && before.tag.endsWith('-PERS') && ARABIC_NAME_PARTICLES.has(before.tok)) bump(arabicUse, bare);
}

// Word counts inside and outside entities: a word seen often and (almost) only outside entities is a common word.
const total = new Map<string, number>();
const outside = new Map<string, number>();
const givenCounts = new Map<string, number>();
const orgWordCounts = new Map<string, number>();
const placeCounts = new Map<string, number>();
const personOrOrgCounts = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const s of sentences) {
  s.forEach((t, k) => {
    bump(total, t.tok);
    if (t.tag === 'O') bump(outside, t.tok);
    // the first word of a person's name of two words or more is a given name (or a name particle such as عبد/أبو)
    if (t.tag === 'I-ORG') bump(orgWordCounts, t.tok);
    // a one-word place name («لندن»); words of longer ones («ساو باولو») may be words of persons' names too
    if (t.tag === 'B-LOC' && s[k + 1]?.tag !== 'I-LOC') bump(placeCounts, t.tok);
    if (t.tag.endsWith('-PERS') || t.tag.endsWith('-ORG')) bump(personOrOrgCounts, t.tok);
    if (t.tag === 'B-PERS' && s[k + 1]?.tag === 'I-PERS') bump(givenCounts, t.tok.replace(/^و(?=..)/u, ''));
    if (t.tag.endsWith('-PERS')) countArabicNameEvidence(t, s[k - 1]);
  });
}

const commonWords = [...total]
  .filter(([w, n]) => isArabicWord(w) && n >= 3 && (outside.get(w) ?? 0) / n >= 0.97)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);

// words used as ordinary words at least half the time: never a name on their own (a surname, a short name)
const genericWords = [...total]
  .filter(([w, n]) => isArabicWord(w) && (outside.get(w) ?? 0) >= 2 && (outside.get(w) ?? 0) / n >= 0.5)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);

// the extractor reads words in their matching form, where «عدوى» (a noun) and «عدوي» (a name) are one word: a given
// name is a word its matching form is used as an ordinary word less than half the time
const totalByForm = new Map<string, number>();
const outsideByForm = new Map<string, number>();
for (const [w, n] of total) totalByForm.set(normalize(w), (totalByForm.get(normalize(w)) ?? 0) + n);
for (const [w, n] of outside) outsideByForm.set(normalize(w), (outsideByForm.get(normalize(w)) ?? 0) + n);
const givenNames = [...givenCounts]
  .filter(
    ([w, n]) =>
      isArabicWord(w) && (outsideByForm.get(normalize(w)) ?? 0) / ((totalByForm.get(normalize(w)) ?? n) || 1) < 0.5,
  )
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);

// seen in person names mostly (not «بان», «لي»: ordinary words that name people too), twice or more unless used the
// Arabic way: a word kept as written only loses variants, so a name seen once after «بن» is worth keeping
const arabicGivenNames = [...personWordCounts]
  .filter(
    ([w, n]) =>
      isArabicWord(w) &&
      (n >= 2 || arabicUse.has(w)) &&
      (outside.get(w) ?? 0) / (total.get(w) ?? n) < 0.5 &&
      !ARABIC_NAME_PARTICLES.has(w) &&
      (ARABIC_SOUNDS.test(w) || arabicUse.has(w)),
  )
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);

// words that continue an organization's name after its head noun («حقوق» in «مجلس حقوق الإنسان»)
const orgWords = [...orgWordCounts]
  .filter(([w]) => isArabicWord(w))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);

const stopwords: string[] = require('stopword').ara;
const countries: Record<string, string | string[]> = require('i18n-iso-countries/langs/ar.json').countries;
const countryNames = Object.values(countries).flatMap((v) => (Array.isArray(v) ? v : [v]));

const write = (name: string, about: string, words: string[]) =>
  fs.writeFileSync(path.join(outDir, name), JSON.stringify({ about, words }, null, 0).replace(/","/g, '",\n"') + '\n');

const commonOrStop = [...new Set([...stopwords.filter(isArabicWord), ...commonWords])];
write(
  'common-words.json',
  'Arabic words seen 3+ times in the ANERcorp train split and 97%+ of the time outside any named entity (CC BY-SA 4.0, Benajiba et al. 2007), plus the Arabic stop-word list of the npm package stopword (MIT).',
  commonOrStop,
);
// the matcher's list (lib/arabic/generic-words.ts): the generic words and the common ones, in one file that ships
// in the extension, so its letters are packed one byte each (lib/arabic/letter-packing.ts says why)
fs.writeFileSync(
  path.join(runTimeDir, 'generic-words.json'),
  JSON.stringify(
    {
      about:
        'Arabic words seen twice or more outside entities in the ANERcorp train split, and at least half the time outside them, then the common words (seen 3+ times and 97%+ of the time outside any named entity) and the Arabic stop-word list of the npm package stopword (MIT) (ANERcorp: CC BY-SA 4.0, Benajiba et al. 2007): a name on its own is never one of these.',
      packing: 'words separated by spaces, each letter packed by lib/arabic/letter-packing.ts',
      words: [...new Set([...genericWords, ...commonOrStop])].map(packArabicLetters).join(' '),
    },
    null,
    1,
  ) + '\n',
);
// the variant key's list (lib/arabic/given-names.ts) ships in the extension too: packed like the generic words
fs.writeFileSync(
  path.join(runTimeDir, 'given-names.json'),
  JSON.stringify(
    {
      about:
        'Words of person names in the ANERcorp train split (CC BY-SA 4.0, Benajiba et al. 2007), seen twice or more and mostly in names, that are Arabic by the corpus: written with ح ع ص ض ط ظ ذ ث or ق, or used after بن, أبو, عبد … or with the article as a name. Spellings of these are not varied: their letters carry meaning.',
      packing: 'words separated by spaces, each letter packed by lib/arabic/letter-packing.ts',
      words: arabicGivenNames.map(packArabicLetters).join(' '),
    },
    null,
    1,
  ) + '\n',
);
write(
  'given-names.json',
  'First words of person names of two words or more in the ANERcorp train split (CC BY-SA 4.0), kept when seen less than half the time outside an entity.',
  givenNames,
);
// the stop-word list holds a few news words that begin entity names («للامم», «لوكالة»): those are left out
const insideEntities = (w: string) => (total.get(w) ?? 0) - (outside.get(w) ?? 0);
const functionWords = stopwords.filter((w) => insideEntities(w) === 0);
write(
  'function-words.json',
  'The Arabic stop-word list of the npm package stopword (MIT): particles, pronouns, prepositions, auxiliary verbs; less the words that ANERcorp train shows inside entity names.',
  [...new Set(functionWords)],
);
write(
  'organization-words.json',
  'Words inside organization names (after the first word) in the ANERcorp train split (CC BY-SA 4.0).',
  orgWords,
);
// place names (cities, regions): never a person's name, never an organization's proper name
const places = [...placeCounts]
  .filter(([w, n]) => isArabicWord(w) && n >= 2 && (personOrOrgCounts.get(w) ?? 0) < n / 2)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);
write(
  'places.json',
  'Words of place names (LOC) seen twice or more in the ANERcorp train split, and mostly as places (CC BY-SA 4.0).',
  places,
);
write('countries.json', 'Arabic country names from the npm package i18n-iso-countries (MIT), langs/ar.json.', [
  ...new Set(countryNames),
]);
console.log(
  `common words ${commonWords.length}+${stopwords.length}, given names ${givenNames.length}, Arabic name words ${arabicGivenNames.length}, countries ${countryNames.length}`,
);
