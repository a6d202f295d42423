import { normalize } from '../arabic/normalize';

/**
 * The date an article gives for itself, as YYYY-MM-DD. A labelled date («تاريخ النشر: …», «نشر في …») wins;
 * else the first full date in the text. Month names: Arabic (يناير), Maghreb (جانفي, فيفري), Levantine (كانون
 * الثاني, شباط) and English. Works on normalized text, so Arabic-Indic digits are already ASCII.
 */
const MONTHS: [number, string[]][] = [
  [1, ['يناير', 'جانفي', 'كانون الثاني', 'january', 'jan']],
  [2, ['فبراير', 'فيفري', 'شباط', 'february', 'feb']],
  [3, ['مارس', 'آذار', 'march', 'mar']],
  [4, ['أبريل', 'ابريل', 'أفريل', 'نيسان', 'april', 'apr']],
  [5, ['مايو', 'ماي', 'أيار', 'may']],
  [6, ['يونيو', 'يونيه', 'جوان', 'حزيران', 'june', 'jun']],
  [7, ['يوليو', 'يوليه', 'جويلية', 'تموز', 'july', 'jul']],
  [8, ['أغسطس', 'اغسطس', 'أوت', 'آب', 'august', 'aug']],
  [9, ['سبتمبر', 'أيلول', 'september', 'sep', 'sept']],
  [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'october', 'oct']],
  [11, ['نوفمبر', 'تشرين الثاني', 'november', 'nov']],
  [12, ['ديسمبر', 'كانون الأول', 'december', 'dec']],
];

/**
 * The month names and the patterns, normalized: made on the first date read, not when the module loads (the
 * content script loads it in every page and frame, and most never read a date).
 */
interface DateTables {
  monthByName: Map<string, number>;
  /** day month year, month day year, and ISO dates */
  patterns: RegExp[];
  labels: string[];
  /** a word the Arabic labels share: a text without it has none of them, and is searched for the others only */
  published: string;
  /**
   * How far before its year a date can begin: «11th, كانون الثاني / كانون الثاني 2024». Normalized text has no two
   * spaces in a row, so each \s+ or \s* in the patterns is one character at most.
   */
  yearReach: number;
}
let tables: DateTables | undefined;

function dateTables(): DateTables {
  if (tables) return tables;
  const monthByName = new Map<string, number>();
  for (const [n, names] of MONTHS) for (const name of names) monthByName.set(normalize(name), n);
  const monthPattern = [...monthByName.keys()].sort((a, b) => b.length - a.length).join('|');
  // «9th, january 2024», «24 يناير 2023», «24 تشرين الثاني/نوفمبر 2023»
  const dayMonthYear = new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${monthPattern})(?:\\s*/\\s*(?:${monthPattern}))?,?\\s+(\\d{4})`,
    'u',
  );
  // «september 25, 2021»
  const monthDayYear = new RegExp(`(${monthPattern})\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'u');
  const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/u;
  tables = {
    monthByName,
    patterns: [dayMonthYear, monthDayYear, isoDate],
    labels: ['تاريخ النشر', 'نشر في', 'نشر بتاريخ', 'published', 'date'].map(normalize),
    published: normalize('نشر'),
    yearReach: 11 + 2 * Math.max(...[...monthByName.keys()].map((m) => m.length)),
  };
  return tables;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Runs read in windows before the rest is read whole: news text has a few. */
const MAX_WINDOWS = 32;
/** An ASCII word character: what \b looks at */
const WORD = /\w/u;
/** How far after the start of its year an ISO date reaches, with the character its closing \b looks at. */
const ISO_REACH = 11;

/**
 * The first match of each pattern, read in short windows, one per run of four digits or more, instead of over the
 * whole text: a date ends with its year, or (ISO) begins with it, so a match lies within the reach of the run its
 * year begins, and a match of an earlier run comes first (no date spans a run of four digits before its year).
 */
function firstMatches(normalized: string): (RegExpExecArray | undefined)[] {
  const { patterns, yearReach } = dateTables();
  const found: (RegExpExecArray | undefined)[] = [undefined, undefined, undefined];
  let left = 3;
  let runs = 0;
  // each pattern's year follows a space or a \b, so it begins a run of digits: the runs are found by a loop, since
  // a regex over a run of some million digits runs V8 out of stack
  for (let next = 0; next < normalized.length;) {
    const year = next;
    if (!isDigit(normalized.charCodeAt(year))) {
      next = year + 1;
      continue;
    }
    let end = year + 1;
    while (end < normalized.length && isDigit(normalized.charCodeAt(end))) end++;
    next = end;
    if (end - year < 4) continue;
    // a text of many runs (a long word of letters and digits): the patterns still to find read the rest at once
    if (++runs > MAX_WINDOWS) {
      let rest = Math.max(0, year - yearReach);
      while (rest > 0 && WORD.test(normalized[rest - 1]!)) rest--;
      const text = normalized.slice(rest);
      for (let k = 0; k < 3; k++) {
        const m = found[k] ? undefined : patterns[k]!.exec(text);
        if (m) {
          m.index += rest;
          found[k] = m;
        }
      }
      break;
    }
    const from = Math.max(0, year - yearReach);
    // a pattern that begins with \b (and a digit) cannot begin after a word character: its window starts after a
    // character that is none, so that \b reads there as in the whole text (read forwards, never past the year)
    let bounded = from;
    while (bounded > 0 && bounded <= year && WORD.test(normalized[bounded - 1]!)) bounded++;
    for (let k = 0; k < 3; k++) {
      if (found[k]) continue;
      const start = k === 1 ? from : bounded;
      if (start > year) continue;
      const pattern = patterns[k]!;
      const window = normalized.slice(start, k === 2 ? year + ISO_REACH : year + 4);
      const m = pattern.exec(window);
      if (!m) continue;
      m.index += start;
      found[k] = m;
      left--;
    }
    if (!left) break;
  }
  return found;
}

function dateIn(normalized: string): { date: string; index: number } | undefined {
  const [a, b, c] = firstMatches(normalized);
  const { monthByName } = dateTables();
  const candidates: { date: string | undefined; index: number }[] = [];
  if (a) candidates.push({ date: iso(+a[3]!, monthByName.get(a[2]!)!, +a[1]!), index: a.index });
  if (b) candidates.push({ date: iso(+b[3]!, monthByName.get(b[1]!)!, +b[2]!), index: b.index });
  if (c) candidates.push({ date: iso(+c[1]!, +c[2]!, +c[3]!), index: c.index });
  const best = candidates.filter((x) => x.date).sort((x, y) => x.index - y.index)[0];
  return best ? { date: best.date!, index: best.index } : undefined;
}

export function articleDate(text: string): string | undefined {
  const { labels, published } = dateTables();
  const norm = normalize(text);
  const mayHaveArabicLabel = norm.includes(published);
  for (const label of labels) {
    if (!mayHaveArabicLabel && label.includes(published)) continue;
    const at = norm.indexOf(label);
    if (at >= 0) {
      const found = dateIn(norm.slice(at, at + 120));
      if (found) return found.date;
    }
  }
  return dateIn(norm)?.date;
}
