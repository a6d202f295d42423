import { isNationalAdjective } from './national-bodies';
import { lexicon } from './lexicon';

/**
 * «اتحاد الشغل» for «الاتحاد العام التونسي للشغل»: the news shortens a body's name to its head and its last
 * complement, dropping the adjectives between. Keys are entity keys (lib/dictionary/ids: normalized, articles
 * off, «لل» kept), words joined by spaces.
 */

/** «العام», «التونسي», «العربية»: adjectives between a head and its complement, which a short form drops. */
function isDroppableAdjective(word: string): boolean {
  return /(?:ي|يه)$/u.test(word) || word === 'عام' || word === 'عامه';
}

/**
 * Pairs of indexes (short form, full name) among `keys`: a name of two words, a head and a noun, and the
 * one longer name with the same head whose last word is that noun behind «لل» and whose words between are
 * adjectives. When two longer names fit («وكالة الأنباء» and two agencies «… للأنباء»), the short form is left
 * alone: it could be either. And a name of two heads («مركز الجامعة»), the one longer name that begins with them.
 */
export function shortFormLinks(keys: readonly string[]): [number, number][] {
  const byHeadAndComplement = new Map<string, number[]>();
  keys.forEach((k, index) => {
    const words = k.split(' ');
    if (words.length < 3) return;
    const last = words.at(-1)!;
    if (!last.startsWith('لل')) return;
    const middle = words.slice(1, -1);
    if (!middle.every(isDroppableAdjective) || middle.some(isNationalAdjective)) return;
    const shape = `${words[0]!} ${last.slice(2)}`;
    const list = byHeadAndComplement.get(shape);
    if (list) list.push(index);
    else byHeadAndComplement.set(shape, [index]);
  });
  const links: [number, number][] = [];
  keys.forEach((k, index) => {
    const words = k.split(' ');
    if (words.length !== 2) return;
    const full = byHeadAndComplement.get(k);
    if (full?.length === 1) links.push([index, full[0]!]);
    // «مركز الجامعة» → «مركز جامعة جونز هوبكنز»: a part of a body named by its two heads alone
    if (!lexicon().orgHeads.has(words[1]!)) return;
    const longer = keys.flatMap((l, other) => (l.startsWith(k + ' ') ? [other] : []));
    if (longer.length === 1) links.push([index, longer[0]!]);
  });
  return links;
}
