// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALM_MS, PAGE_REREAD_MS, watchChanges } from '../../lib/page/changes';

/** The watcher's batches come MAX_WAIT_MS after the first change at the latest: each step lets one through. */
const BATCH_MS = 600;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div id="ticker">عاجل</div><p id="story">قال سيرغي لافروف</p>';
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** The page's ticker rewritten every 10 ms for `ms` (or `rewrite` done), Mutation records delivered as they come. */
async function tick(
  ms: number,
  rewrite: (t: number) => void = (t) => {
    document.getElementById('ticker')!.textContent = `عاجل ${t}`;
  },
) {
  for (let t = 0; t < ms; t += 10) {
    rewrite(t);
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(10);
  }
}

function watch() {
  const events: string[] = [];
  const stop = watchChanges(
    document.body,
    {
      changed: (roots) => events.push(`changed ${roots.map((r) => (r as Element).id || r.nodeName).join(',')}`),
      hot: (r) => events.push(`hot ${(r as Element).id}`),
      calm: (r) => events.push(`calm ${(r as Element).id}`),
    },
    () => false,
    () => Date.now(),
  );
  return { events, stop };
}

describe('a region that keeps changing', () => {
  it('changing without a pause, is read at its first batch, then only reported as hot', async () => {
    const { events, stop } = watch();
    await tick(5 * BATCH_MS);
    expect(events).toEqual(['changed ticker', 'hot ticker']);
    stop();
  });

  it('changing once in each batch, with pauses between, is read until its third batch in a row', async () => {
    const { events, stop } = watch();
    for (let k = 0; k < 5; k++) {
      document.getElementById('story')!.textContent = `قال سيرغي لافروف ${k}`;
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(events).toEqual(['changed story', 'changed story', 'hot story']);
    stop();
  });

  it('leaves the rest of the page reported as usual while it is hot', async () => {
    const { events, stop } = watch();
    await tick(3 * BATCH_MS);
    document.getElementById('story')!.textContent = 'مجلس الأمن';
    await tick(BATCH_MS);
    expect(events.filter((e) => e.startsWith('changed')).pop()).toBe('changed story');
    expect(events.filter((e) => e === 'changed ticker')).toHaveLength(1);
    stop();
  });

  it('calms after CALM_MS without a change, and is then read again', async () => {
    const { events, stop } = watch();
    await tick(4 * BATCH_MS);
    await vi.advanceTimersByTimeAsync(CALM_MS / 2);
    expect(events).not.toContain('calm ticker');
    await vi.advanceTimersByTimeAsync(CALM_MS);
    expect(events.slice(-2)).toEqual(['calm ticker', 'changed ticker']);
    // calm, it is read again, and hot again at its next batch without a pause
    await tick(5 * BATCH_MS);
    expect(events.slice(-3)).toEqual(['calm ticker', 'changed ticker', 'hot ticker']);
    stop();
  });

  it('is released when the watcher stops', async () => {
    const { events, stop } = watch();
    await tick(4 * BATCH_MS);
    stop();
    expect(events.at(-1)).toBe('calm ticker');
  });

  it('is released when it leaves the page, and not read', async () => {
    const { events, stop } = watch();
    await tick(4 * BATCH_MS);
    document.getElementById('ticker')!.remove();
    await vi.advanceTimersByTimeAsync(2 * CALM_MS);
    expect(events.at(-1)).toBe('calm ticker');
    stop();
  });

  it('is never held back when it is the page itself, only read again every PAGE_REREAD_MS', async () => {
    const { events, stop } = watch();
    // a page that keeps adding and removing its own children
    await tick(PAGE_REREAD_MS + 5 * BATCH_MS, (t) => {
      document.body.lastElementChild!.remove();
      document.body.append(Object.assign(document.createElement('p'), { textContent: `سطر ${t}` }));
    });
    expect(events.some((e) => e.startsWith('hot'))).toBe(false);
    // read at its first batch, then once PAGE_REREAD_MS later
    expect(events).toEqual(['changed BODY', 'changed BODY']);
    stop();
    expect(events).toHaveLength(2);
  });
});
