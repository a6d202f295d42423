import { isProbablyReaderable } from '@mozilla/readability';
import { articleDate } from '../article/date';
import { articleFromDocument } from '../article/page-article';
import type { RequestOf, Responses } from '../messages/protocol';

/**
 * Past these sizes a page is not read to learn from. Cloning the document and Readability's parse of the clone
 * are one task that cannot be cut into slices, and no task of Kashif's may pass 50 ms (issue 13 §3). Measured by
 * scripts/bench/browser/readability.ts: real article pages (22,000–51,000 characters of text, 475–747 elements)
 * took 4–10 ms; a generated page of 100,000 characters, all of it one dense article, 42 ms, and the task grows
 * faster than the text (170 ms at 300,000, 1 s at 1,000,000). 60,000 characters leaves a real page with long
 * furniture room, and keeps the densest article near 20 ms here, so under 50 on a machine twice as slow.
 */
export const LEARN_MAX_TEXT_CHARS = 60_000;
/** The clone alone grows with the elements (14 ms for 5,000 under load, 330 ms for 200,000). */
export const LEARN_MAX_ELEMENTS = 4_000;
/** How long the page may stay busy before the read runs anyway (it still runs in a task of its own). */
const IDLE_TIMEOUT_MS = 3000;

export type LearnPage = (article: Omit<RequestOf<'learnPage'>, 'type'>) => Promise<Responses['learnPage']>;

/**
 * Whether `root`'s page is small enough to read in one task: counts its elements and its text (scripts and
 * styles left out) and stops as soon as either is past its limit, so the check costs little on any page.
 */
export function smallEnoughToLearn(root: Node): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let elements = 0;
  let chars = 0;
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === Node.ELEMENT_NODE) {
      if (++elements > LEARN_MAX_ELEMENTS) return false;
    } else if (!NOT_TEXT.has(n.parentNode?.nodeName ?? '')) {
      chars += (n as Text).length;
      if (chars > LEARN_MAX_TEXT_CHARS) return false;
    }
  }
  return true;
}
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * A single-page site swaps a new article in after it changes the address (history.pushState and the like), often
 * once the article has been fetched: the page must be this long without a batch of changes before it is read.
 */
export const SETTLE_MS = 1000;
/** ...but a page that never goes quiet (a ticker beside the article) is read this long after the change anyway. */
export const SETTLE_MAX_MS = 10_000;
/** Reads of a new address that found no article, or still the old one: after these it is given up. */
export const MAX_READS_PER_ADDRESS = 3;

/** What an article read carried, to tell the metadata a single-page site left from the previous one. */
interface ReadArticle {
  url?: string;
  title?: string;
  date?: string;
  text: string;
}

/**
 * Learning as the reader reads (issue 14 §1), the page's side: once per address, in idle time, reads the article
 * of the page (lib/article: Readability on a clone, so the page is never changed, and only the body: the
 * masthead, menus and "most read" hold other names) and sends it to the background, which learns its names if the
 * reader's switches allow it. Pages that are not articles, or too large to read in one short task, are skipped.
 *
 * A single-page site's new address is noticed at the next batch of page changes (`pageChanged`), or at once
 * where the browser reports it (the Navigation API, popstate); its article is read once the page has settled. A
 * page that only rewrites its text, at the same address, is never read again.
 */
export class PageLearner {
  /** the reader's switches allow learning on this page (the background checks them again) */
  enabled = false;
  private readonly read = new Set<string>();
  private readonly tries = new Map<string, number>();
  private readonly loadAddress = pageAddress();
  private pending?: number;
  private settle?: ReturnType<typeof setTimeout>;
  /** the address last seen, as location.href gives it: comparing it is all a batch of changes costs */
  private href = location.href;
  /** a new address whose article is still to be read, and when the change was noticed */
  private awaited?: string;
  private changedAt = 0;
  private last?: ReadArticle;

  constructor(
    private readonly learn: LearnPage,
    /** what the background learned: the page is matched again if the dictionary changed */
    private readonly learned: (reply: Responses['learnPage']) => void,
  ) {
    const navigated = () => this.pageChanged();
    addEventListener('popstate', navigated);
    // pushState and replaceState fire no event a content script sees, except through the Navigation API
    (window as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', navigated);
  }

  /** Reads the page when the browser is next idle, unless this address was read already. */
  schedule(): void {
    if (!this.enabled) return this.cancel();
    if (this.read.has(pageAddress()) || this.pending !== undefined) return;
    this.pending = requestIdleCallback(
      () => {
        this.pending = undefined;
        this.readPage();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  }

  /**
   * After a batch of page changes, or a navigation: when the address has changed, reads the new article once
   * the page has been quiet for SETTLE_MS (each batch before that puts the read off, up to SETTLE_MAX_MS).
   */
  pageChanged(): void {
    if (!this.enabled) return;
    if (location.href !== this.href) {
      this.href = location.href;
      const address = pageAddress();
      if (address !== this.awaited) {
        this.awaited = this.read.has(address) ? undefined : address;
        this.changedAt = performance.now();
      }
    }
    if (this.awaited === undefined) return;
    clearTimeout(this.settle);
    const left = this.changedAt + SETTLE_MAX_MS - performance.now();
    this.settle = setTimeout(
      () => {
        this.settle = undefined;
        this.schedule();
      },
      Math.max(0, Math.min(SETTLE_MS, left)),
    );
  }

  cancel(): void {
    if (this.pending !== undefined) cancelIdleCallback(this.pending);
    clearTimeout(this.settle);
    this.pending = this.settle = undefined;
  }

  private readPage(): void {
    const address = pageAddress();
    if (!this.enabled || this.read.has(address)) return;
    if (address === this.awaited) this.awaited = undefined;
    const article = readArticle(address, this.last);
    // what the article read before at another address had was learned there: a site that appends the next
    // article as the reader scrolls on (and changes the address) shows both, and the first is not learned twice
    const text = article && this.last ? linesNotIn(article.request.text, this.last.text) : article?.request.text;
    // a new address showing no article, or the one read before: the site has not swapped the new one in yet
    if (address !== this.loadAddress && !text?.trim()) {
      const tries = (this.tries.get(address) ?? 0) + 1;
      this.tries.set(address, tries);
      // the next batch of changes arms the read again
      if (tries < MAX_READS_PER_ADDRESS) return void (this.awaited = address);
    }
    this.read.add(address);
    if (!article || !text?.trim()) return;
    this.last = article.read;
    this.learn({ ...article.request, text }).then(this.learned, () => undefined);
  }
}

/** The lines of `text` that `before` does not have, in their order. */
function linesNotIn(text: string, before: string): string {
  const had = new Set(before.split('\n').map((l) => l.trim()));
  return text
    .split('\n')
    .filter((l) => !had.has(l.trim()))
    .join('\n');
}

/** The page's address without its fragment: a jump inside the page is the same article. */
function pageAddress(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}

/**
 * The page's article to learn from, or undefined when the page is not an article or too large to read. `previous`
 * is the article read before at another address of this page: a single-page site often leaves its canonical
 * address and og:title in place when it swaps the article, and those would name the new article after the old.
 */
function readArticle(
  address: string,
  previous: ReadArticle | undefined,
): { request: Omit<RequestOf<'learnPage'>, 'type'>; read: ReadArticle } | undefined {
  const body = document.body;
  if (!body || !smallEnoughToLearn(body)) return undefined;
  // a page with no article (a front page, a list of headlines) would be read whole: its names are all furniture
  if (!isProbablyReaderable(document)) return undefined;
  const article = articleFromDocument(document);
  if (!article.text.trim()) return undefined;
  const fresh = (value: string | undefined, before: string | undefined) =>
    previous && value === before ? undefined : value;
  const lang = document.documentElement.lang;
  const title = fresh(article.title, previous?.title) ?? headline() ?? document.title;
  // a canonical address left from the previous article says its metadata were left too: so is its date, and the
  // article's own dateline says better (the same day for two articles is common, so the date alone says nothing)
  const staleMetadata = previous?.url !== undefined && article.url === previous.url;
  const date = staleMetadata && article.date === previous.date ? articleDate(article.text) : article.date;
  return {
    request: {
      // the canonical address when the page gives one (it goes into the source), else the page's own
      url: fresh(article.url, previous?.url) ?? address,
      title: title.slice(0, 1000),
      text: article.text,
      ...(date ? { date } : {}),
      ...(lang ? { lang: lang.slice(0, 35) } : {}),
    },
    read: {
      text: article.text,
      ...(article.url ? { url: article.url } : {}),
      ...(article.title ? { title: article.title } : {}),
      ...(article.date ? { date: article.date } : {}),
    },
  };
}

/** The page's first headline, as it shows now. */
function headline(): string | undefined {
  return document.querySelector('h1')?.textContent?.replace(/\s+/gu, ' ').trim() || undefined;
}
