import { withoutArticle } from './clitics';
import { normalize } from './normalize';
import { spellingVariants } from './variants';

/** Words that belong to the surname that follows them (عبد العزيز، ابن خلدون، دي ميستورا، ولد الشيخ). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  [
    'عبد',
    'أبو',
    'أبي',
    'ابن',
    'بن',
    'بنت',
    'آل',
    'دي',
    'دو',
    'دا',
    'فان',
    'فون',
    'لا',
    'إل',
    'ولد',
    'سيدي',
    'مولاي',
  ].map(normalize),
);

/** A person's surname as the text may use it alone: the last word, with its particle (دي ميستورا). */
export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2) return undefined;
  const k = words.length >= 3 && NAME_PARTICLES.has(normalize(words.at(-2)!)) ? words.length - 2 : words.length - 1;
  return words.slice(k).join(' ');
}

/** A surname shorter than this is too ambiguous to be matched alone. */
const MIN_SURNAME_LENGTH = 3;

/**
 * The key a person's surname alone is matched by, or undefined when it must not be matched alone: too short, or an
 * ordinary word (lib/arabic/generic-words), with or without its article. `surname` is normalized.
 */
export function surnameKey(surname: string, ordinaryWords: ReadonlySet<string>): string | undefined {
  const key = withoutArticle(surname);
  return surname.length >= MIN_SURNAME_LENGTH && !ordinaryWords.has(surname) && !ordinaryWords.has(key)
    ? key
    : undefined;
}

/** A surname alone is varied in its letters only when it is this long: a short word spelled otherwise is often another word. */
export const MIN_VARIED_SURNAME_LENGTH = 5;

/**
 * The spellings a surname alone may be found by (`surname` normalized): a compound glued or spaced
 * («عبد اللطيف» / «عبداللطيف»), and for a long one («غروسي» / «جروسي») its transliteration variants.
 */
export function surnameVariants(surname: string): string[] {
  const variants = spellingVariants(surname);
  if (withoutArticle(surname).length >= MIN_VARIED_SURNAME_LENGTH) return variants;
  const spacing = surname.replaceAll(' ', '');
  return variants.filter((v) => v.replaceAll(' ', '') === spacing);
}
