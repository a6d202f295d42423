import { normalize } from './normalize';

/** Words that belong to the surname that follows them (عبد العزيز، ابن خلدون، دي ميستورا، ولد الشيخ). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  ['عبد', 'أبو', 'أبي', 'ابن', 'بن', 'بنت', 'آل', 'دي', 'دو', 'دا', 'فان', 'فون', 'لا', 'إل', 'ولد', 'سيدي', 'مولاي'].map(normalize),
);

/** A person's surname as the text may use it alone: the last word, with its particle (دي ميستورا). */
export function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2) return undefined;
  const k = words.length >= 3 && NAME_PARTICLES.has(normalize(words.at(-2)!)) ? words.length - 2 : words.length - 1;
  return words.slice(k).join(' ');
}
