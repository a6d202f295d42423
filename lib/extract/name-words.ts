import type { Token } from './tokenize';
import { lexicon } from './lexicon';
import { honorificForm, isArabicWord, isDefinite, titleForm } from './words';
import { normalize } from '../arabic/normalize';
import { formsOf } from './morphology';

/**
 * «محمد إسلامي», «حسن روحاني»: a word shaped like a relation adjective (ending in ي) without the article, right
 * after a given name, is a surname. An adjective after a person's name agrees with it in definiteness and takes
 * the article («محمد الإسلامي»), so an indefinite one cannot qualify the name: it is part of it, though the lists
 * know «إسلامي» as an ordinary word.
 */
export const isIndefiniteNisba = (t: Token): boolean =>
  isArabicWord(t) &&
  t.norm.length >= 4 &&
  t.norm.endsWith('ي') &&
  !/^[وف]/u.test(t.norm) &&
  !isDefinite(t) &&
  !titleForm(t) &&
  !lexicon().functionWords.has(t.norm);

/** Words of two letters that are particles, never a name's first word. */
const PARTICLES = new Set(
  [
    'في',
    'من',
    'عن',
    'مع',
    'لا',
    'لم',
    'لن',
    'ما',
    'قد',
    'إن',
    'أن',
    'أو',
    'ثم',
    'كل',
    'بل',
    'هل',
    'كي',
    'لو',
    'يا',
    'إذ',
    'به',
    'له',
    'لها',
    'هي',
  ].map(normalize),
);

/**
 * «الرئيس شي جين بينغ», «الرئيس هو جين تاو»: a word of two letters between a definite title (or an honorific) and
 * a name of two words is the name's first word (Chinese and Korean family names: شي، لي، هو، وو), though the
 * lists know it as a word. Returns where the name begins.
 */
export function nameStartBefore(tokens: readonly Token[], start: number, end: number): number {
  const lead = tokens[start - 1];
  const before = tokens[start - 2];
  if (end - start < 2 || !isArabicWord(lead) || !isArabicWord(before) || lead.norm.length !== 2) return start;
  if (PARTICLES.has(lead.norm)) return start;
  const title = titleForm(before);
  return (title && title.definite && !title.clitics) || honorificForm(before) ? start - 1 : start;
}

const ALI = 'علي';

/**
 * «علي»: the commonest of names and, in texts that write «على» with a dotted ي, the commonest preposition; the
 * lists know it as the preposition. Written «علي» and followed by no word the preposition governs (a definite
 * noun, an ordinary word), it is the name: «محمد علي إن», «الدكتور علي جمعة», not «علي الأقل», «علي رأس».
 */
export function isNameAli(t: Token, next: Token | undefined): boolean {
  if (t.norm !== ALI || t.text.replace(/[\u064B-\u065F\u0640]/gu, '') !== ALI) return false;
  if (!next || !isArabicWord(next)) return true;
  const lex = lexicon();
  if (lex.functionWords.has(next.norm) || lex.givenNames.has(next.norm)) return true;
  return !isDefinite(next) && !lex.common.has(next.norm);
}

/**
 * «موسى فكي محمد»: a word read as «ف» glued to a particle («ف» + «كي») only, not known as written, between a
 * name's word and a given name is a word of the name: no clause begins with «فكي» and goes on with a bare given
 * name. (A «ف» glued to a word of content, «فأحمد», still joins a second item.)
 */
export function isNameWordBeforeGivenName(t: Token, next: Token | undefined): boolean {
  const lex = lexicon();
  if (!isArabicWord(next) || !lex.givenNames.has(next.norm) || !t.norm.startsWith('ف')) return false;
  if (lex.common.has(t.norm) || lex.generic.has(t.norm)) return false;
  const glued = formsOf(t).filter((f) => f.clitics);
  return glued.length > 0 && glued.every((f) => f.stem.length <= 2 || lex.functionWords.has(f.stem));
}
