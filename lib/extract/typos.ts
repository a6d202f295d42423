import { arabicGivenNames } from '../arabic/given-names';

/**
 * A slip of the dots: the one typo Arabic writing makes of a name that keeps its shape. Letters that share a
 * skeleton (rasm) and differ only by their dots are mistyped and misread for one another («سنسون» for «سيسون»:
 * ن and ي are one tooth inside a word). A dropped or added letter is not a slip: «حسن» and «حسين» are two names.
 */

/** Letters of one skeleton inside a word (normalized text: ى is ي, hamza seats are bare alef). */
const INNER_SHAPES = ['بتثني', 'جحخ', 'دذ', 'رز', 'سش', 'صض', 'طظ', 'عغ', 'فق'];
/** At a word's end ن and ي have shapes of their own, ف and ق too. */
const FINAL_SHAPES = ['بتث', 'جحخ', 'دذ', 'رز', 'سش', 'صض', 'طظ', 'عغ'];

const shapeOf = (groups: string[]) => {
  const map = new Map<string, number>();
  groups.forEach((g, k) => {
    for (const ch of g) map.set(ch, k);
  });
  return map;
};
const INNER = shapeOf(INNER_SHAPES);
const FINAL = shapeOf(FINAL_SHAPES);

/** Below this many letters a dot tells names apart too often («حبيب» / «خبيب», «بدر» / «بذر»). */
export const MIN_SLIP_LENGTH = 5;

/**
 * Whether two normalized words (keys, without the article) are one name with a slip of the dots: the same length,
 * one letter different, both letters of one skeleton at that place. Arabic given names are written with care and
 * never count («حامد» is not a slip of «جامد»).
 */
export function isDotSlip(a: string, b: string, givenNames: ReadonlySet<string> = arabicGivenNames()): boolean {
  if (a === b || a.length !== b.length || a.length < MIN_SLIP_LENGTH) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  const shapes = at === a.length - 1 ? FINAL : INNER;
  const shape = shapes.get(a[at]!);
  if (shape === undefined || shape !== shapes.get(b[at]!)) return false;
  return !givenNames.has(a) && !givenNames.has(b);
}
