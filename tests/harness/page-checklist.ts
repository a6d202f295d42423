import { normalize } from '../../lib/arabic/normalize';

/**
 * The checklist of ../shared/pages/SOURCES.md, read as it stands (never copied into the product): for each page,
 * the officials and organizations its article body names. One line per page:
 *   - **02_youm7** (topic): محمد عبد العاطي / «عبد العاطي» (وزير …), وزارة …, …
 * Items are separated by commas (Latin or Arabic) and semicolons outside parentheses; «/» separates spellings of
 * one item; parentheses hold notes (an item whose note says "optional" is not required), and a quoted form in a
 * note is another spelling: «وكالة بترا («(بترا)»)» says the body writes the agency only as «(بترا)». The English
 * prose that ends a line is not part of the list.
 *
 * A spelling other than the first that is an anaphor of the first is not the item's name: «الوزارة» for «وزارة
 * الموارد المائية», «مركز الجامعة» for «مركز جامعة جونز هوبكنز» refer back to the name without naming it, and
 * an entity learned under such a form has not learned the name.
 */
export interface ChecklistItem {
  /** the spellings the list gives, quotes removed */
  names: string[];
  optional: boolean;
}

const LINE = /^- \*\*([^*]+)\*\*(?:\s*\([^)]*\))?\s*:\s*(.*)$/u;

function splitOutsideParens(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.test(c)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** The quoted forms inside a note: «(بترا)» in «وكالة بترا («(بترا)»)», its parentheses the body's punctuation. */
function quotedInNotes(raw: string): string[] {
  const found: string[] = [];
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '«' && depth > 0) {
      const close = raw.indexOf('»', i + 1);
      if (close < 0) break;
      found.push(raw.slice(i + 1, close).replace(/[()]/gu, ' '));
      i = close;
    }
  }
  return found;
}

/**
 * Whether `form` refers back to `name` without naming it: one of its words is a word `name` has without the
 * article, made definite («الوزارة» for «وزارة …», «مركز الجامعة» for «مركز جامعة …»). That is how Arabic
 * refers back to a name in construct: the article stands for the part that made it a name. A spelling made of
 * the name's own words as the name has them («عبد العاطي», «(بترا)») names it.
 */
export function isAnaphorOf(form: string, name: string): boolean {
  const bare = new Set(
    normalize(name)
      .split(' ')
      .filter((w) => !w.startsWith('ال')),
  );
  return normalize(form)
    .split(' ')
    .some((w) => w.startsWith('ال') && bare.has(w.slice(2)));
}

function cleanName(n: string): string {
  return (
    n
      .replace(/[«»"]/gu, '')
      // English words around a name («… named as former rulers»)
      .replace(/\s[A-Za-z][A-Za-z\s.-]*$/u, '')
      .replace(/[\s.]+$/u, '')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

function item(raw: string): ChecklistItem | undefined {
  const noted = quotedInNotes(raw);
  // notes may nest: «وكالة بترا («(بترا)»)»
  let bare = raw;
  let notes = '';
  for (let inner = /\(([^()]*)\)/u; inner.test(bare);) {
    bare = bare.replace(inner, (_, note: string) => {
      notes += ` ${note}`;
      return ' ';
    });
  }
  const spellings = bare.split('/');
  // a quoted name inside a longer spelling is the name itself: «كتلة «نداء السودان»», «جريدة «الجريدة»»
  const quoted = spellings.flatMap((spelling) =>
    [...spelling.matchAll(/«([^«»]+)»/gu)].map((m) => m[1]!).filter((q) => spelling.trim() !== `«${q}»`),
  );
  const isArabic = (n: string) => /[\u0621-\u064A]/u.test(n);
  const [first, ...others] = [...spellings, ...noted].map(cleanName).filter(isArabic);
  if (first === undefined) return undefined;
  const alternatives = others.filter((n) => !isAnaphorOf(n, first));
  const names = [first, ...alternatives, ...quoted.map(cleanName).filter(isArabic)];
  return { names: [...new Set(names)], optional: /optional/iu.test(notes) };
}

/** The checklist of each page, by the page's file name without extension. */
export function parseChecklist(markdown: string): Map<string, ChecklistItem[]> {
  const pages = new Map<string, ChecklistItem[]>();
  for (const line of markdown.split('\n')) {
    const m = LINE.exec(line.trim());
    if (!m) continue;
    // the list ends where English prose begins: «… (بترا)»). Short body; …»
    const list = m[2]!.replace(/\)?\.\s+[A-Z].*$/u, (s) => (s.startsWith(')') ? ')' : ''));
    pages.set(
      m[1]!.trim(),
      splitOutsideParens(list, /[,،;؛]/u).flatMap((p) => item(p) ?? []),
    );
  }
  return pages;
}
