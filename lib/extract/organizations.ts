import type { Sentence, Token } from './tokenize';
import { formIn, wordForms, type WordForm } from './morphology';
import { lexicon } from './lexicon';
import { normalize } from '../arabic/normalize';
import {
  countryOf, honorificForm, isArabicWord, isCommon, isDefinite, isNisba, isPunct, orgHeadForm, surfaceWithoutClitics, titleForm,
} from './words';

export interface OrgFound {
  /** the name as written, clitics excluded («لوزارة» → «وزارة») */
  name: string;
  /** short names the text gives it: «(ICRC)», «(الناتو)», or the proper name after the head («بعثة مينورسو» → «مينورسو») */
  aliases: string[];
  country?: string;
  start: number;
  end: number;
}

const MAX_ORG_WORDS = 8;
const PREPOSITION_CLITICS = /^[وف]?[لب]$/u;

/** A well-known organization written at i («للأمم المتحدة», «والناتو»), as [i, end) and its canonical entry. */
export function knownOrgAt(tokens: Token[], i: number): { end: number; name: string; aliases: string[] } | undefined {
  for (const org of lexicon().knownOrgs) {
    for (const form of [org.name, ...org.aliases]) {
      const words = normalize(form).split(' ');
      if (!words.every((w, k) => tokenIs(tokens[i + k], w, k === 0))) continue;
      return { end: i + words.length, name: org.name, aliases: org.aliases };
    }
  }
  return undefined;
}

function tokenIs(t: Token | undefined, word: string, allowClitics: boolean): boolean {
  if (!t) return false;
  if (t.norm === word) return true;
  return allowClitics && wordForms(t.norm).some((f) => f.stem === word || (f.definite && 'ال' + f.bare === word));
}

/** Does token j continue the name of the body whose head is at i? */
function continuesOrg(tokens: Token[], i: number, j: number, headIsMinistry: boolean): boolean {
  const t = tokens[j];
  if (!isArabicWord(t) || honorificForm(t)) return false;
  const next = tokens[j + 1];
  const lex = lexicon();
  const forms = wordForms(t.norm);
  const plain = forms[0]!;
  if (titleForm(t) && !plain.definite) return false;
  if (plain.definite) {
    // a definite word continues the name unless it is a common word that no organization name uses
    return !isCommon(t) || lex.organizationWords.has(t.norm) || !!formIn(t.norm, lex.portfolios) || isNisba(t) || !!countryOf(t);
  }
  const genitive = forms.find((f) => PREPOSITION_CLITICS.test(f.clitics) && f.clitics.endsWith('ل'));
  if (genitive?.definite) return true; // «للأنباء», «للصليب», «للسياسات»
  if (genitive && next && isDefinite(next) && (lex.organizationWords.has(genitive.stem) || formIn(genitive.stem, lex.portfolios))) return true; // «لشؤون اللاجئين»
  const conjunction = forms.find((f) => f.clitics === 'و' && f.definite);
  if (conjunction && headIsMinistry && next !== undefined) return true; // «وزارة الخارجية والتعاون الدولي»
  // a proper name right after the head: «مركز جنيف», «حركة حماس», «بعثة مينورسو»
  if (j === i + 1 && !isCommon(t) && !orgHeadForm(t) && !/^[وف]/u.test(t.norm)) return true;
  // a noun in construct: «مجلس حقوق الإنسان», «حلف شمال الأطلسي»
  return !!next && isDefinite(next) && lex.organizationWords.has(t.norm);
}

function trimTail(tokens: Token[], i: number, end: number): number {
  // a chain ends on a word that belongs to names of bodies, not on a stray definite common word
  while (end - 1 > i && isCommon(tokens[end - 1]!) && !lexicon().organizationWords.has(tokens[end - 1]!.norm) && !isNisba(tokens[end - 1]!) && !formIn(tokens[end - 1]!.norm, lexicon().portfolios)) end--;
  return end;
}

/** «(ICRC)», «(الناتو)», «(GCSP)» right after a name: its short form. */
function parentheticalAfter(tokens: Token[], end: number): { alias: string; end: number } | undefined {
  if (tokens[end]?.text !== '(') return undefined;
  let close = end + 1;
  while (close < tokens.length && tokens[close]!.text !== ')' && close - end <= 4) close++;
  if (tokens[close]?.text !== ')' || close === end + 1) return undefined;
  const inside = tokens.slice(end + 1, close);
  if (inside.some((t) => t.kind === 'punct' || t.kind === 'number')) return undefined;
  return { alias: inside.map((t) => t.text).join(' '), end: close + 1 };
}

function surface(tokens: Token[], i: number, end: number, head: WordForm): string {
  return [surfaceWithoutClitics(tokens[i]!, head), ...tokens.slice(i + 1, end).map((t) => t.text)].join(' ');
}

/** Every body a sentence names: a head noun and its construct chain, or a well-known organization. */
export function findOrganizations(sentence: Sentence): OrgFound[] {
  const tokens = sentence.tokens;
  const found: OrgFound[] = [];
  const lex = lexicon();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const known = knownOrgAt(tokens, i);
    const head = known ? undefined : orgHeadForm(t);
    if (!known && !head) { i++; continue; }
    let end: number;
    let name: string;
    const aliases: string[] = [];
    if (known) {
      end = known.end;
      name = known.name;
      const written = tokens.slice(i, end).map((x) => x.norm).join(' ');
      const asWritten = [known.name, ...known.aliases].find((f) => normalize(f) !== written && written.endsWith(normalize(f).replace(/^ال/u, '')));
      if (asWritten) aliases.push(asWritten);
    } else {
      const headIsMinistry = head!.bare === normalize('وزارة');
      end = i + 1;
      while (end < tokens.length && end - i < MAX_ORG_WORDS && continuesOrg(tokens, i, end, headIsMinistry)) end++;
      end = trimTail(tokens, i, end);
      const needsComplement = lex.headsNeedingComplement.has(head!.bare);
      if (end - i < 2) { i++; continue; }
      const properName = end - i === 2 && !isDefinite(tokens[i + 1]!) && !needsComplement ? tokens[i + 1]!.text : undefined;
      if (properName) aliases.push(properName);
      name = surface(tokens, i, end, head!);
    }
    const paren = parentheticalAfter(tokens, end);
    if (paren) aliases.push(paren.alias);
    const country = tokens.slice(i + 1, end).map(countryOf).find(Boolean);
    const org: OrgFound = { name, aliases, start: t.start, end: tokens[end - 1]!.end };
    if (country) org.country = country;
    found.push(org);
    i = paren ? paren.end : end;
    if (isPunct(tokens[i]) && tokens[i]!.text === ')') i++;
  }
  return found;
}
