import type { Token } from './tokenize';
import type { OrgFound } from './organizations';
import { formsOf } from './morphology';
import { normalize } from '../arabic/normalize';
import { isArabicWord, isPlainDefinite, orgHeadForm, surfaceWithoutClitics, titleForm } from './words';

/**
 * «رئيس قطاع المياه الجوفية بالوزارة»: a ministry's department called a sector, named by a definite noun and its
 * adjective. «قطاع» alone is as often the economy's sector («قطاع السياحة المتنامي») or a place («قطاع غزة»), so
 * the phrase is a body only where the text says it is one: a title heads it («رئيس قطاع …»), or it belongs to a
 * body named right after it («… بالوزارة», «… للهيئة»).
 */
const SECTOR = normalize('قطاع');

/** «قطاع», «وقطاع», «بقطاع»: the indefinite head behind a conjunction or a preposition. */
// (a plain function: the word questions a sentence's tokens cache are few, and mayOpenOrganization caches this one)
export const sectorForm = (t: Token) =>
  isArabicWord(t) ? formsOf(t).find((f) => !f.definite && f.bare === SECTOR) : undefined;

/** An adjective of relation with the article alone: «الجوفية», «الزراعي». */
function isRelationalAdjective(t: Token | undefined): t is Token {
  return isArabicWord(t) && isPlainDefinite(t) && /ي[هة]?$/u.test(t.norm) && t.norm.length <= 20;
}

/** «بالوزارة», «للهيئة»: a body's head after a preposition, the body the department belongs to. */
function isParentBody(t: Token | undefined): boolean {
  if (!isArabicWord(t)) return false;
  const head = orgHeadForm(t);
  return !!head && head.definite && /[بل]$/u.test(head.clitics);
}

/** The department named at i by «قطاع», a definite noun and its adjective, where a title or its parent says so. */
export function departmentAt(tokens: readonly Token[], i: number): OrgFound | undefined {
  const head = sectorForm(tokens[i]!);
  const noun = tokens[i + 1];
  const adjective = tokens[i + 2];
  if (!head || !isArabicWord(noun) || !isPlainDefinite(noun) || !isRelationalAdjective(adjective)) return undefined;
  const before = tokens[i - 1];
  if (!(before && titleForm(before)) && !isParentBody(tokens[i + 3])) return undefined;
  return {
    name: `${surfaceWithoutClitics(tokens[i]!, head)} ${noun.text} ${adjective.text}`,
    aliases: [],
    adjectivesOnly: false,
    start: tokens[i]!.start,
    end: adjective.end,
  };
}
