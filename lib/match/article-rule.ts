import { withoutArticle } from '../arabic/clitics';
import type { EntityType } from '../dictionary/schema';

/**
 * Whether a key counts where the page writes the article in front of it, where it does not, or either. Keys are
 * stored without the article (so that «للجزيرة» and «بالجزيرة» are found), which leaves the matcher to tell a
 * one-word name from the common word it is made of by the article alone.
 */
export type ArticleRule = typeof EITHER | typeof REQUIRED | typeof REFUSED;
export const EITHER = 0;
/** «الجزيرة» is the channel and «جزيرة» an island, «القاعدة» the group and «قاعدة» a base */
export const REQUIRED = 1;
/** «عون» is Michel Aoun and «العون» help, «بري» Nabih Berri and «البري» the land */
export const REFUSED = 2;

const ARTICLE = 'ال';
const YEH = 'ي';

/**
 * The article rule of a normalized name's key. A one-word name written with the article needs it: its article is
 * what makes it a name. A one-word person's name written without it does not take it: a family name keeps its
 * form («عون» is never «العون»), unless it is a nisba, whose article comes and goes («طالباني», «الطالباني»),
 * and the definite form is not an ordinary word. A name of several words keeps its other words to tell it from
 * common words, and the text may drop or add its article («امم المتحده»); an organization's one-word name written
 * without the article takes it as Arabic does with any noun («ناتو», «الناتو»).
 */
export function articleRuleOf(normalizedName: string, type: EntityType, commonWords: ReadonlySet<string>): ArticleRule {
  if (normalizedName.includes(' ')) return EITHER;
  if (withoutArticle(normalizedName) !== normalizedName) return REQUIRED;
  if (type !== 'person' || normalizedName.startsWith(ARTICLE)) return EITHER;
  const nisba = normalizedName.endsWith(YEH);
  return !nisba || commonWords.has(ARTICLE + normalizedName) ? REFUSED : EITHER;
}
