// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EarlyRead } from '../../lib/page/annotator';

/** What `send` hands back: EarlyRead only passes it on. */
const SENT = { roots: [] } as never;

/** The read begins after the page's next frame. */
const afterFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 5)));

afterEach(() => {
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML = '<p id="seen">قال سيرغي لافروف</p><p id="other">مجلس الأمن</p>';
  return { seen: document.getElementById('seen')!, other: document.getElementById('other')! };
}

describe("the viewport's text, read before the page's status is known", () => {
  it('is used when the page did not change inside the blocks it read', async () => {
    const { seen, other } = page();
    const send = vi.fn(async () => SENT);
    const early = new EarlyRead(() => [seen], send);
    await afterFrame();
    other.firstChild!.textContent = 'الأمم المتحدة';
    expect(await early.take()).toBe(SENT);
    expect(send).toHaveBeenCalledWith([seen]);
  });

  it('is void when the text inside a block it read changed before it was taken', async () => {
    const { seen } = page();
    const early = new EarlyRead(
      () => [seen],
      async () => SENT,
    );
    await afterFrame();
    (seen.firstChild as Text).data = 'قال اليوم سيرغي لافروف';
    expect(await early.take()).toBeUndefined();
  });

  it('is void when a node was added inside a block it read', async () => {
    const { seen } = page();
    const early = new EarlyRead(
      () => [seen],
      async () => SENT,
    );
    await afterFrame();
    seen.append(document.createElement('b'));
    expect(await early.take()).toBeUndefined();
  });

  it('is not used, and reads nothing, when taken before the next frame (the page would be laid out for it)', async () => {
    const { seen } = page();
    const send = vi.fn(async () => SENT);
    const early = new EarlyRead(() => [seen], send);
    expect(await early.take()).toBeUndefined();
    await afterFrame();
    expect(send).not.toHaveBeenCalled();
  });

  it('reads nothing when dropped before its turn (Kashif is off on the page)', async () => {
    const { seen } = page();
    const send = vi.fn(async () => SENT);
    const early = new EarlyRead(() => [seen], send);
    early.drop();
    expect(await early.take()).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });
});
