/**
 * The checklist of ../shared/pages/SOURCES.md, read as it stands (never copied into the product): for each page,
 * the officials and organizations its article body names. One line per page:
 *   - **02_youm7** (topic): محمد عبد العاطي / «عبد العاطي» (وزير …), وزارة …, …
 * Items are separated by commas (Latin or Arabic) and semicolons outside parentheses; «/» separates spellings of
 * one item; parentheses hold notes (an item whose note says "optional" is not required); the English prose that
 * ends a line is not part of the list.
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

function item(raw: string): ChecklistItem | undefined {
  // notes may nest: «وكالة بترا («(بترا)»)»
  let bare = raw;
  let notes = '';
  for (let inner = /\(([^()]*)\)/u; inner.test(bare);) {
    bare = bare.replace(inner, (_, note: string) => {
      notes += ` ${note}`;
      return ' ';
    });
  }
  // a quoted name inside a longer one is the name itself: «كتلة «نداء السودان»», «جريدة «الجريدة»»
  const quoted = [...bare.matchAll(/«([^«»]+)»/gu)].map((m) => m[1]!).filter((q) => bare.trim() !== `«${q}»`);
  const names = [...bare.split('/'), ...quoted]
    .map((n) =>
      n
        .replace(/[«»"]/gu, '')
        // English words around a name («… named as former rulers»)
        .replace(/\s[A-Za-z][A-Za-z\s.-]*$/u, '')
        .replace(/[\s.]+$/u, '')
        .replace(/\s+/gu, ' ')
        .trim(),
    )
    .filter((n) => /[\u0621-\u064A]/u.test(n));
  return names.length ? { names: [...new Set(names)], optional: /optional/iu.test(notes) } : undefined;
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
