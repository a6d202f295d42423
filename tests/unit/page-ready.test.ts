// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageReady } from '../../lib/page/page-ready';

/** Has `promise` settled by the time the microtasks and a macrotask have run? */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => { done = true; });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

/** A parsed document whose style sheet link has no sheet yet (still loading), or has one. */
function documentWithLink(loaded: boolean): { doc: Document; link: HTMLLinkElement } {
  const doc = document.implementation.createHTMLDocument('t');
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  Object.defineProperty(link, 'sheet', { get: () => (loaded ? {} : null) });
  doc.head.append(link);
  return { doc, link };
}

describe('pageReady', () => {
  it('waits for DOMContentLoaded while the page is parsed', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
    const ready = pageReady(doc);
    expect(await settled(ready)).toBe(false);
    Object.defineProperty(doc, 'readyState', { value: 'interactive' });
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await settled(ready)).toBe(true);
  });

  it('waits for a linked style sheet still loading, until it loads', async () => {
    const { doc, link } = documentWithLink(false);
    const ready = pageReady(doc);
    expect(await settled(ready)).toBe(false);
    link.dispatchEvent(new Event('load'));
    expect(await settled(ready)).toBe(true);
  });

  it('goes on when a style sheet fails to load', async () => {
    const { doc, link } = documentWithLink(false);
    const ready = pageReady(doc);
    link.dispatchEvent(new Event('error'));
    expect(await settled(ready)).toBe(true);
  });

  it('does not wait for a style sheet that applies already', async () => {
    expect(await settled(pageReady(documentWithLink(true).doc))).toBe(true);
  });
});
