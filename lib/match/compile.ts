import { withoutArticle } from '../arabic/clitics';
import { surnameKey, surnameOf, surnameVariants } from '../arabic/names';
import { normalize } from '../arabic/normalize';
import { genericWords } from '../arabic/generic-words';
import { spellingVariants } from '../arabic/variants';
import { createMatcher, type Matcher } from './matcher';
import { buildTrie } from './trie';
import { vowelPointsOf, type KeyKind } from './vowel-points';
import type { CompiledDictionary, MatchableEntity } from './types';

export interface CompileOptions {
  /** normalized words a surname must not be, so that a person's surname alone is not matched as a common word */
  commonWords?: ReadonlySet<string>;
}

/** How sure a key is to mean its entity: a written name beats a generated spelling, which beats a surname. */
const enum Strength {
  Name,
  Alias,
  Variant,
  Surname,
  SurnameVariant,
}

/** How each kind of person's key takes a long vowel more (vowel-points.ts); a generated spelling takes none. */
const VOWEL_KIND: Record<Strength, KeyKind | undefined> = {
  [Strength.Name]: 'written',
  [Strength.Alias]: 'written',
  [Strength.Variant]: undefined,
  [Strength.Surname]: 'surname',
  [Strength.SurnameVariant]: 'surname-variant',
};

interface Claim {
  entity: number;
  strength: Strength;
  contested: boolean;
  /** the key counts only where the page writes the article in front of it (articleOnly) */
  articleOnly: boolean;
}

/** The dictionary key of a written name: normalized, trimmed, without a leading article. */
export function keyOf(name: string): string {
  return withoutArticle(normalize(name).trim());
}

/**
 * Whether the key of a normalized name counts only behind the article: a one-word name that carries it. Its
 * article is what makes it a name: «الجزيرة» is the channel and «جزيرة» an island, «القاعدة» the group and «قاعدة»
 * a base. A name of several words keeps its other words to tell it from common words, so the text may drop its
 * article («امم متحده»).
 */
export function articleOnly(normalizedName: string): boolean {
  return !normalizedName.includes(' ') && withoutArticle(normalizedName) !== normalizedName;
}

/**
 * Compiles entities into one automaton. Keys: every name and alias; for persons with a name of two words or
 * more, its spelling variants and its surname alone with the surname's own variants (unless the surname, or the
 * variant, is a common word or another person's too). A key two entities claim with the same strength is kept only for a written name (the first
 * entity's); a contested alias, variant or surname would highlight the wrong person half the time, so it goes.
 */
export function compileDictionary(
  entities: readonly MatchableEntity[],
  options: CompileOptions = {},
): CompiledDictionary {
  const common = options.commonWords ?? new Set<string>();
  const claims = new Map<string, Claim>();
  // the surname each spelling of a surname alone was made from (vowelPointsOf)
  const surnameOfVariant = new Map<string, string>();
  const claim = (key: string, entity: number, strength: Strength, onlyBehindArticle: boolean) => {
    if (key.length < 2) return;
    const had = claims.get(key);
    if (!had || strength < had.strength) {
      // an entity that is also written without the article («القاعدة» and its alias «قاعدة») keeps the bare form
      const bareToo = had?.entity === entity && !had.articleOnly;
      claims.set(key, { entity, strength, contested: false, articleOnly: onlyBehindArticle && !bareToo });
    } else if (had.entity === entity) had.articleOnly &&= onlyBehindArticle;
    else if (strength === had.strength && strength !== Strength.Name) had.contested = true;
  };
  const claimName = (name: string, entity: number, strength: Strength) => {
    const normalized = normalize(name).trim();
    claim(withoutArticle(normalized), entity, strength, articleOnly(normalized));
  };

  entities.forEach((e, k) => {
    claimName(e.name, k, Strength.Name);
    for (const alias of e.aliases) claimName(alias, k, Strength.Alias);
  });
  entities.forEach((e, k) => {
    if (e.type !== 'person') return;
    const name = normalize(e.name).trim();
    if (!name.includes(' ')) return;
    for (const v of spellingVariants(name)) claim(withoutArticle(v), k, Strength.Variant, false);
    const surname = surnameOf(name);
    const key = surname && surnameKey(surname, common);
    if (!key) return;
    // a surname alone that carries the article is a one-word name like any other: «الحريري», never «حريري»
    claim(key, k, Strength.Surname, articleOnly(surname));
    for (const v of surnameVariants(surname)) {
      const variantKey = surnameKey(v, common);
      if (!variantKey) continue;
      claim(variantKey, k, Strength.SurnameVariant, articleOnly(v));
      surnameOfVariant.set(variantKey, key);
    }
  });

  const keys: string[] = [];
  const values: number[] = [];
  const vowelPoints: number[] = [];
  const onlyBehindArticle: boolean[] = [];
  for (const [key, c] of claims) {
    if (c.contested) continue;
    keys.push(key);
    values.push(c.entity);
    onlyBehindArticle.push(c.articleOnly);
    // a whole name spelled otherwise already has a word changed: it takes no vowel more (and is most of the keys)
    const kind = entities[c.entity]!.type === 'person' ? VOWEL_KIND[c.strength] : undefined;
    vowelPoints.push(kind ? vowelPointsOf(key, kind, common, surnameOfVariant.get(key)) : 0);
  }
  return {
    version: 1,
    entities: entities.map((e) => ({ id: e.id, type: e.type, name: e.name })),
    automaton: buildTrie(keys, values, vowelPoints, onlyBehindArticle),
  };
}

/**
 * The matcher of a list of entities, with the generic words no surname alone may be: the one recipe of the CLI,
 * the extractor and the bench (the background compiles through its store, which keeps the tables).
 */
export function matcherFor(entities: readonly MatchableEntity[]): Matcher {
  return createMatcher(compileDictionary(entities, { commonWords: genericWords() }));
}
