/**
 * An article's headline from the titles its page gives (og:title, <title>, h1), without the site's name that
 * pages add before or after it («… - اليوم السابع», «المدينة نيوز - …») or the section trail a <title> carries
 * («… - عبر الإمارات - أخبار وتقارير - البيان»).
 */
const SEPARATOR = /\s+[-–—|·•»«:]{1,2}\s+/u;
/** at most this many words: a section name or a site's name, not the headline */
const AFFIX_WORDS = 4;

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
const same = (a: string, b: string): boolean =>
  a.replace(/\s+/gu, ' ').trim().toLowerCase() === b.replace(/\s+/gu, ' ').trim().toLowerCase();

export interface TitleSources {
  /** og:title or twitter:title: the publisher's own headline, sometimes with the site's name */
  social?: string;
  /** the <title> element: the headline, then often the section and the site */
  document?: string;
  h1?: string;
  /** the site's name as the page declares it (og:site_name, application-name, JSON-LD publisher) */
  siteNames: string[];
}

const segments = (title: string): string[] =>
  title
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
const edges = (title: string): string[] => {
  const s = segments(title);
  return s.length > 1 ? [s[0]!, s.at(-1)!] : [];
};

/** Drops edge segments that `isAffix` accepts, never the longest segment (the headline). */
function stripAffixes(title: string, isAffix: (segment: string) => boolean): string {
  const parts = segments(title);
  if (parts.length < 2) return title.trim();
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && parts[start] !== longest && isAffix(parts[start]!)) start++;
  while (end - start > 1 && parts[end - 1] !== longest && isAffix(parts[end - 1]!)) end--;
  // keep the page's own separators between the segments left
  if (start === 0 && end === parts.length) return title.trim();
  const kept = parts.slice(start, end);
  const from = title.indexOf(kept[0]!);
  const last = kept.at(-1)!;
  return title.slice(from, title.lastIndexOf(last) + last.length).trim();
}

export function articleTitle(sources: TitleSources): string | undefined {
  return pickTitle(sources)?.replace(/\s+/gu, ' ');
}

function pickTitle(sources: TitleSources): string | undefined {
  const { social, document: doc, h1 } = sources;
  // a short segment at an edge of both og:title and <title> is the site's name, even where no meta declares it
  const shared =
    social && doc ? edges(social).filter((e) => words(e) <= AFFIX_WORDS && edges(doc).some((d) => same(d, e))) : [];
  const siteNames = [...sources.siteNames, ...shared].filter((s) => s.trim());
  const isSite = (segment: string): boolean => siteNames.some((site) => same(site, segment));
  if (social?.trim()) return stripAffixes(social, isSite);
  if (doc?.trim()) {
    const stripped = stripAffixes(doc, isSite);
    if (h1 && segments(stripped).some((s) => same(s, h1))) return h1.trim();
    // without og:title, <title>'s trailing short segments are the section and the site (Readability does the same)
    return stripAffixes(
      stripped,
      (segment) => words(segment) <= AFFIX_WORDS && segments(stripped).indexOf(segment) > 0,
    );
  }
  return h1?.trim() || undefined;
}

/** A plain-text article's title: its first line that reads as a headline (a lone section word is not one). */
export function firstLineTitle(text: string, maxChars = 140): string | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[\s#*>_-]+|[\s*_]+$/gu, '').trim())
    .filter(Boolean);
  const line = lines.find((l) => words(l) >= 3) ?? lines[0];
  if (!line) return undefined;
  if (line.length <= maxChars) return line;
  const cut = line.slice(0, maxChars);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : maxChars)}…`;
}
