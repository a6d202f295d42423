import { isProbablyReaderable } from '@mozilla/readability';
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
 * Learning as the reader reads (issue 14 §1), the page's side: once per address and load, in idle time, reads the
 * article of the page (lib/article: Readability on a clone, so the page is never changed, and only the body: the
 * masthead, menus and "most read" hold other names) and sends it to the background, which learns its names if the
 * reader's switches allow it. Pages that are not articles, or too large to read in one short task, are skipped.
 */
export class PageLearner {
  /** the reader's switches allow learning on this page (the background checks them again) */
  enabled = false;
  private readonly read = new Set<string>();
  private pending?: number;

  constructor(
    private readonly learn: LearnPage,
    /** what the background learned: the page is matched again if the dictionary changed */
    private readonly learned: (reply: Responses['learnPage']) => void,
  ) {}

  /** Reads the page when the browser is next idle, unless this address was read already. */
  schedule(): void {
    if (!this.enabled) return this.cancel();
    if (this.read.has(pageAddress()) || this.pending !== undefined) return;
    this.pending = requestIdleCallback(
      () => {
        this.pending = undefined;
        // the address may have changed while waiting (a single-page navigation): the page shows the new one's text
        const now = pageAddress();
        if (!this.enabled || this.read.has(now)) return;
        this.read.add(now);
        const article = readArticle();
        if (!article) return;
        this.learn(article).then(this.learned, () => undefined);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  }

  cancel(): void {
    if (this.pending !== undefined) cancelIdleCallback(this.pending);
    this.pending = undefined;
  }
}

/** The page's address without its fragment: a jump inside the page is the same article. */
function pageAddress(): string {
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}

/** The page's article to learn from, or undefined when the page is not an article or too large to read. */
function readArticle(): Omit<RequestOf<'learnPage'>, 'type'> | undefined {
  const body = document.body;
  if (!body || !smallEnoughToLearn(body)) return undefined;
  // a page with no article (a front page, a list of headlines) would be read whole: its names are all furniture
  if (!isProbablyReaderable(document)) return undefined;
  const article = articleFromDocument(document);
  if (!article.text.trim()) return undefined;
  const lang = document.documentElement.lang;
  return {
    // the canonical address when the page gives one (it goes into the source), else the page's own
    url: article.url ?? pageAddress(),
    title: (article.title ?? document.title).slice(0, 1000),
    text: article.text,
    ...(article.date ? { date: article.date } : {}),
    ...(lang ? { lang: lang.slice(0, 35) } : {}),
  };
}
