/**
 * What a page's markup says about its article: headline sources, site names, publication date and address.
 * Reads the document only (no Node API, no network): the extension calls it on the page, the CLI on a parsed file.
 */
const DATE_META = [
  'article:published_time',
  'datepublished',
  'schema:datepublished',
  'dc:date',
  'pubdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'date',
  'sailthru.date',
  'parsely-pub-date',
];

/** A meta value, or an RDFa/microdata one (<span property="dc:date" content="…">: Drupal's way); a property
 * attribute may list several names. */
function meta(doc: Document, ...keys: string[]): string | undefined {
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  for (const m of Array.from(doc.querySelectorAll('meta[content], [property][content], [itemprop][content]'))) {
    const names = [m.getAttribute('property'), m.getAttribute('name'), m.getAttribute('itemprop')].flatMap((a) =>
      (a ?? '').toLowerCase().split(/\s+/u),
    );
    const content = m.getAttribute('content')?.trim();
    if (content && names.some((n) => wanted.has(n))) return content;
  }
  return undefined;
}

/** Meta values in the order of `keys` (the first key wins over the second, whatever their order in the page). */
function firstMeta(doc: Document, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = meta(doc, key);
    if (value) return value;
  }
  return undefined;
}

/** The JSON-LD objects of the page, @graph members included; a malformed block is skipped, not fatal. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      found.push(record);
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // publishers ship broken JSON-LD often enough; the other metadata still counts
    }
  }
  return found;
}

const text = (el: Element | null): string | undefined => el?.textContent?.replace(/\s+/gu, ' ').trim() || undefined;

/** YYYY-MM-DD from an ISO date or date-time as markup gives it; the publisher's local day, as the reader saw it. */
export function isoDay(value: string | undefined): string | undefined {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/u.exec(value ?? '')?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : undefined;
}

export function publishedDay(doc: Document): string | undefined {
  const fromMeta = isoDay(firstMeta(doc, DATE_META));
  if (fromMeta) return fromMeta;
  for (const item of jsonLd(doc)) {
    const day = typeof item.datePublished === 'string' ? isoDay(item.datePublished) : undefined;
    if (day) return day;
  }
  const times = [
    ...Array.from(doc.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]')),
    ...Array.from(doc.querySelectorAll('article time[datetime]')),
    ...Array.from(doc.querySelectorAll('time[datetime]')),
  ];
  for (const time of times) {
    const day = isoDay(time.getAttribute('datetime') ?? undefined);
    if (day) return day;
  }
  return undefined;
}

/** The page's address as its publisher gives it (canonical link, then og:url): http(s) only, made absolute. */
export function pageUrl(doc: Document): string | undefined {
  const base = /^https?:/u.test(doc.baseURI ?? '') ? doc.baseURI : undefined;
  const candidates = [doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'), meta(doc, 'og:url')];
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue;
    try {
      const url = new URL(candidate.trim(), base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // a relative address with no page to resolve it against says nothing
    }
  }
  return undefined;
}

export function siteNames(doc: Document): string[] {
  const names = [meta(doc, 'og:site_name'), meta(doc, 'application-name')];
  for (const item of jsonLd(doc)) {
    const publisher = item.publisher as { name?: unknown } | undefined;
    if (typeof publisher?.name === 'string') names.push(publisher.name);
  }
  return names.filter((n): n is string => Boolean(n?.trim()));
}

export function titleSources(doc: Document): { social?: string; document?: string; h1?: string } {
  const social = firstMeta(doc, ['og:title', 'twitter:title']);
  const documentTitle = text(doc.querySelector('title'));
  const h1 = Array.from(doc.querySelectorAll('h1')).map(text).find(Boolean);
  return {
    ...(social ? { social } : {}),
    ...(documentTitle ? { document: documentTitle } : {}),
    ...(h1 ? { h1 } : {}),
  };
}
