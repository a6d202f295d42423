import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupWindow, openSeedArticle, type SeedSession } from '../harness/fixtures';

/**
 * What the reader sees: Arabic set in the bundled Noto Naskh Arabic (not the system's DejaVu Sans) in the popup,
 * the manager and the hover card, and the manager's headers whole. The fonts are asked of the renderer itself
 * (DevTools' platform fonts: the face that drew the glyphs), which also pierces the card's closed shadow root.
 */
const NASKH = 'Noto Naskh Arabic';
let session: SeedSession;

beforeAll(async () => {
  session = await openSeedArticle({ lang: 'en' });
}, 60_000);
afterAll(async () => {
  await session?.close();
});

describe('the look', () => {
  it("draws the popup's Arabic in Noto Naskh Arabic", async () => {
    const popup = await openPopupWindow(session.browser);
    await popup.locator('#page-body .page-list .name').first().waitFor();
    expect(
      await fontsOf(popup, (n) => n.nodeName === '#text' && /\p{Script=Arabic}/u.test(n.nodeValue ?? '')),
    ).toContain(NASKH);
    await popup.close();
  }, 60_000);

  it("draws the manager's Arabic in Noto Naskh Arabic and shows every header whole", async () => {
    const manager = await session.browser.context.newPage();
    await manager.setViewportSize({ width: 1100, height: 700 });
    await manager.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await manager.locator('.viewport .row').first().waitFor();
    expect(
      await fontsOf(manager, (n) => n.nodeName === '#text' && /\p{Script=Arabic}/u.test(n.nodeValue ?? '')),
    ).toContain(NASKH);
    const clipped = await manager
      .locator('.row.head .cell, .viewport .row .cell.type')
      .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
    expect(clipped).toEqual([]);
    await manager.close();
  }, 60_000);

  it('cuts a long Arabic name or role at its end (the left), keeping its first word in view', async () => {
    const manager = await session.browser.context.newPage();
    // narrow enough that some names and roles of the seed dictionary overflow their cells
    await manager.setViewportSize({ width: 760, height: 700 });
    await manager.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await manager.locator('.viewport .row').first().waitFor();
    const cut = await manager.locator('.viewport .row .cell.name, .viewport .row .cell.role').evaluateAll((cells) =>
      cells
        .filter((c) => c.scrollWidth > c.clientWidth && /^\p{Script=Arabic}/u.test(c.textContent ?? ''))
        .map((c) => {
          // the first letter of the text, where the layout put it: an Arabic text starts at the cell's right edge
          const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
          const text = walker.nextNode() as Text;
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, 1);
          const first = range.getBoundingClientRect();
          const cell = c.getBoundingClientRect();
          return { text: c.textContent, firstInView: first.left >= cell.left - 1 && first.right <= cell.right + 1 };
        }),
    );
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.filter((c) => !c.firstInView)).toEqual([]);
    await manager.close();
  }, 60_000);

  it("draws the hover card's Arabic in Noto Naskh Arabic, from the extension's own files", async () => {
    const { article } = session;
    const target = await article.evaluate(() => {
      const range = [...((CSS.highlights.get('kashif-person') as unknown as Set<Range> | undefined) ?? [])][0]!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await article.mouse.move(target.x, target.y);
    await article.mouse.move(target.x + 1, target.y);
    await expect
      .poll(
        () =>
          fontsOf(
            article,
            (n, inCard) => inCard && n.nodeName === '#text' && /\p{Script=Arabic}/u.test(n.nodeValue ?? ''),
          ),
        { timeout: 10_000 },
      )
      .toContain(NASKH);
  }, 60_000);
});

interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The platform fonts that drew the first node matching `wanted` (in the card's shadow root or out of it). */
async function fontsOf(page: Page, wanted: (n: DomNode, inCard: boolean) => boolean): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    let found: DomNode | undefined;
    const visit = (n: DomNode, inCard: boolean) => {
      if (found) return;
      if (wanted(n, inCard)) {
        found = n;
        return;
      }
      const card = inCard || n.nodeName.toLowerCase() === 'kashif-card';
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) visit(c, card);
    };
    visit(root, false);
    if (!found) return [];
    // the platform fonts are the element's: ask for the text node's parent
    const parent = await parentOf(root, found);
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: parent!.nodeId })) as {
      fonts: { familyName: string }[];
    };
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

function parentOf(node: DomNode, child: DomNode): DomNode | undefined {
  for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    if (c === child) return node;
    const p = parentOf(c, child);
    if (p) return p;
  }
  return undefined;
}
