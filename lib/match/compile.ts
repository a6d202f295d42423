import { withoutArticle } from '../arabic/clitics';
import { surnameKey, surnameOf, surnameVariants } from '../arabic/names';
import { normalize } from '../arabic/normalize';
import { genericWords } from '../arabic/generic-words';
import { spellingVariants } from '../arabic/variants';
import { createMatcher, type Matcher } from './matcher';
import { articleRuleOf, EITHER, type ArticleRule } from './article-rule';
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
  /** whether the key counts behind the article on the page, or not behind it (article-rule.ts) */
  article: ArticleRule;
}

/** The dictionary key of a written name: normalized, trimmed, without a leading article. */
export function keyOf(name: string): string {
  return withoutArticle(normalize(name).trim());
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
  const claim = (key: string, entity: number, strength: Strength, article: ArticleRule) => {
    if (key.length < 2) return;
    const had = claims.get(key);
    // an entity written both with and without the article («القاعدة» and its alias «قاعدة») is found either way
    const both = had?.entity === entity && had.article !== article;
    if (!had || strength < had.strength)
      claims.set(key, { entity, strength, contested: false, article: both ? EITHER : article });
    else if (both) had.article = EITHER;
    else if (had.entity !== entity && strength === had.strength && strength !== Strength.Name) had.contested = true;
  };
  const claimName = (normalized: string, entity: number, strength: Strength) =>
    claim(withoutArticle(normalized), entity, strength, articleRuleOf(normalized, entities[entity]!.type, common));

  entities.forEach((e, k) => {
    claimName(normalize(e.name).trim(), k, Strength.Name);
    for (const alias of e.aliases) claimName(normalize(alias).trim(), k, Strength.Alias);
  });
  entities.forEach((e, k) => {
    if (e.type !== 'person') return;
    const name = normalize(e.name).trim();
    if (!name.includes(' ')) return;
    for (const v of spellingVariants(name)) claim(withoutArticle(v), k, Strength.Variant, EITHER);
    const surname = surnameOf(name);
    const key = surname && surnameKey(surname, common);
    if (!key) return;
    // a surname alone is a one-word name like any other: «الحريري», never «حريري»; «عون», never «العون»
    claim(key, k, Strength.Surname, articleRuleOf(surname, 'person', common));
    for (const v of surnameVariants(surname)) {
      const variantKey = surnameKey(v, common);
      if (!variantKey) continue;
      claim(variantKey, k, Strength.SurnameVariant, articleRuleOf(v, 'person', common));
      surnameOfVariant.set(variantKey, key);
    }
  });

  const keys: string[] = [];
  const values: number[] = [];
  const vowelPoints: number[] = [];
  const articleRules: ArticleRule[] = [];
  for (const [key, c] of claims) {
    if (c.contested) continue;
    keys.push(key);
    values.push(c.entity);
    articleRules.push(c.article);
    // a whole name spelled otherwise already has a word changed: it takes no vowel more (and is most of the keys)
    const kind = entities[c.entity]!.type === 'person' ? VOWEL_KIND[c.strength] : undefined;
    vowelPoints.push(kind ? vowelPointsOf(key, kind, common, surnameOfVariant.get(key)) : 0);
  }
  return {
    version: 1,
    entities: entities.map((e) => ({ id: e.id, type: e.type, name: e.name })),
    automaton: buildTrie(keys, values, vowelPoints, articleRules),
  };
}

/**
 * The matcher of a list of entities, with the generic words no surname alone may be: the one recipe of the CLI,
 * the extractor and the bench (the background compiles through its store, which keeps the tables).
 */
export function matcherFor(entities: readonly MatchableEntity[]): Matcher {
  return createMatcher(compileDictionary(entities, { commonWords: genericWords() }));
}
