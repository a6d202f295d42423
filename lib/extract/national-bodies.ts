import { normalize } from '../arabic/normalize';

/**
 * «القومي», «الوطني»: adjectives that make a body a nation's own. «مجلس الأمن القومي» is a country's national
 * security council, never the UN's «مجلس الأمن»; «الوطني» and «القومي» say which, as a country's adjective does.
 * Normalized, without the article (as merge.ts compares them).
 */
const NATIONAL: ReadonlySet<string> = new Set(['قومي', 'قومية', 'وطني', 'وطنية'].map((w) => normalize(w)));

/** Whether a word of a body's name (normalized, article or «لل» allowed) says the body is a nation's own. */
export function isNationalAdjective(word: string): boolean {
  return NATIONAL.has(word.replace(/^(?:ال|لل)/u, ''));
}
