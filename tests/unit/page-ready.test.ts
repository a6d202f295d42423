// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageReady } from '../../lib/page/page-ready';

/** Has `promise` settled once the microtasks and a macrotask have run? */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

function parsingDocument(): Document {
  const doc = document.implementation.createHTMLDocument('t');
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  Object.defineProperty(doc, 'visibilityState', { value: 'hidden', configurable: true });
  return doc;
}

afterEach(() => vi.restoreAllMocks());

describe('pageReady', () => {
  it('waits for DOMContentLoaded while the page is parsed', async () => {
    const doc = parsingDocument();
    const ready = pageReady(doc);
    expect(await settled(ready)).toBe(false);
    Object.defineProperty(doc, 'readyState', { value: 'interactive' });
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await settled(ready)).toBe(true);
  });

  it('in a tab on show, waits for the first frame to be drawn', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const doc = parsingDocument();
    Object.defineProperty(doc, 'visibilityState', { value: 'visible' });
    const ready = pageReady(doc);
    Object.defineProperty(doc, 'readyState', { value: 'interactive' });
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await settled(ready)).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]!(performance.now());
    await expect(ready).resolves.toBeUndefined();
  });

  it('in a hidden tab, which draws no frames, does not wait for one', async () => {
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const doc = document.implementation.createHTMLDocument('t');
    Object.defineProperty(doc, 'visibilityState', { value: 'hidden' });
    expect(await settled(pageReady(doc))).toBe(true);
    expect(frame).not.toHaveBeenCalled();
  });
});
