import { bareOf } from '../../arabic/clitics';
import { genericWords, genericWordsAsWritten } from '../../arabic/generic-words';
import { NAME_PARTICLES } from '../../arabic/names';
import { normalize } from '../../arabic/normalize';
import commonWordsData from './generated/common-words.json';
import givenNamesData from './generated/given-names.json';
import organizationWordsData from './generated/organization-words.json';
import functionWordsData from './generated/function-words.json';
import countriesData from './generated/countries.json';
import placesData from './generated/places.json';
import { COMMON_GIVEN_NAMES } from './given-names';
import { DUAL_TITLES, HONORIFICS, PORTFOLIOS, TITLE_HEADS, TITLE_MODIFIERS } from './titles';
import {
  HEADS_NEEDING_COMPLEMENT,
  HEADS_OF_WORKS,
  KNOWN_AGENCIES,
  KNOWN_ORGS,
  ORG_HEADS,
  TEAM_WORDS,
} from './organizations';

/** All the word lists, in normalized form, built once on first use. */
export interface Lexicon {
  common: ReadonlySet<string>;
  /** lib/arabic/generic-words: words used as ordinary words, and the article-less forms of the definite ones */
  generic: ReadonlySet<string>;
  /** the same words only as the texts write them */
  genericWritten: ReadonlySet<string>;
  /** particles, pronouns, prepositions: never part of a name */
  functionWords: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /** words of place names: never a person's name */
  places: ReadonlySet<string>;
  organizationWords: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  /** title heads without the article */
  titles: ReadonlySet<string>;
  /** dual title → singular as written */
  duals: ReadonlyMap<string, string>;
  titleModifiers: ReadonlySet<string>;
  portfolios: ReadonlySet<string>;
  /** org head nouns without the article */
  orgHeads: ReadonlySet<string>;
  headsNeedingComplement: ReadonlySet<string>;
  /** org heads whose quoted complement names a work (a show), not a body; without the article */
  headsOfWorks: ReadonlySet<string>;
  /** words after which a club's name follows: فريق, نادي, مضيفه */
  teamWords: ReadonlySet<string>;
  /** normalized country name (with and without article) → the name as written */
  countries: ReadonlyMap<string, string>;
  /** normalized nisba adjective without article (روسي, روسيه) → country as written */
  nisbas: ReadonlyMap<string, string>;
  knownOrgs: readonly { name: string; aliases: string[] }[];
  /** particles inside names: عبد الله, أبو مازن, بن, دي ميستورا */
  nameParticles: ReadonlySet<string>;
}

const normalizedSet = (words: readonly string[], strip = false) =>
  new Set(words.map((w) => (strip ? bareOf(normalize(w)) : normalize(w))).filter(Boolean));

/** Common short names of countries the ISO list writes formally, and the spellings news prefers. */
const COUNTRY_SHORT_FORMS = [
  'أمريكا',
  'أميركا',
  'الولايات المتحدة',
  'روسيا',
  'روسيا الاتحادية',
  'بريطانيا',
  'إيران',
  'سوريا',
  'سورية',
  'كوريا الشمالية',
  'كوريا الجنوبية',
  'فلسطين',
  'الصين',
  'ليبيا',
  'الإمارات',
  'السعودية',
  'إسرائيل',
  'إفريقيا',
  'أفريقيا',
];

/** روسيا → روسي, ليبيا → ليبي, السعودية → سعودي, أمريكا → أمريكي, إيران → إيراني (the nisba of a country name). */
function nisbaOf(normalizedCountry: string): string {
  const w = bareOf(normalizedCountry);
  if (w.endsWith('يا')) return w.slice(0, -2) + 'ي';
  if (w.endsWith('يه')) return w.slice(0, -2) + 'ي';
  if (w.endsWith('ا')) return w.slice(0, -1) + 'ي';
  return w + 'ي';
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const countries = new Map<string, string>();
  const nisbas = new Map<string, string>();
  for (const name of [...countriesData.words, ...COUNTRY_SHORT_FORMS]) {
    const n = normalize(name);
    // with its article only: «سلفادور» without it is a given name (Salvador), never the country «السلفادور»
    countries.set(n, name);
    // the nisba only of one-word names: «الولايات المتحدة» has no regular one
    if (!n.includes(' ')) {
      const nisba = nisbaOf(n);
      nisbas.set(nisba, name);
      nisbas.set(nisba + 'ه', name);
    }
  }
  const duals = new Map(Object.entries(DUAL_TITLES).map(([dual, single]) => [normalize(dual), single]));
  const common = normalizedSet(commonWordsData.words);
  const functionWords = normalizedSet(functionWordsData.words);
  cached = {
    common,
    functionWords,
    generic: genericWords(),
    genericWritten: genericWordsAsWritten(),
    // a given name of one or two letters («أي») is noise of the corpus it was read from
    // (and one that normalizes to a function word or a common word, «فان» = «فإن», is too ambiguous to mark a name)
    givenNames: new Set(
      [...normalizedSet([...givenNamesData.words, ...COMMON_GIVEN_NAMES])].filter(
        (w) => w.length >= 3 && !functionWords.has(w) && !common.has(w),
      ),
    ),
    places: normalizedSet(placesData.words),
    organizationWords: normalizedSet(organizationWordsData.words),
    honorifics: normalizedSet(HONORIFICS),
    titles: normalizedSet(
      TITLE_HEADS.filter((t) => !t.includes('_')),
      true,
    ),
    duals,
    titleModifiers: normalizedSet(TITLE_MODIFIERS),
    portfolios: normalizedSet(PORTFOLIOS),
    orgHeads: normalizedSet(ORG_HEADS, true),
    headsNeedingComplement: normalizedSet([...HEADS_NEEDING_COMPLEMENT], true),
    headsOfWorks: normalizedSet([...HEADS_OF_WORKS], true),
    teamWords: normalizedSet(TEAM_WORDS),
    countries,
    nisbas,
    knownOrgs: [...KNOWN_ORGS, ...KNOWN_AGENCIES],
    nameParticles: NAME_PARTICLES,
  };
  return cached;
}
