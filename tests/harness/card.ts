import type { Page } from 'playwright-core';

/** a node of DevTools' DOM.getDocument (with `pierce`, shadow roots included) */
export type DomNode = {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};

/**
 * The hover card as Chromium's DevTools protocol sees it (its shadow root is closed to the page; the protocol
 * pierces it): its text and the centre of each of its buttons, by the button's class (keep, reject, edit), so that
 * a test can click one with the reader's own, trusted, pointer.
 */
export async function cardInChromium(page: Page): Promise<{
  text: string;
  buttons: Map<string, { x: number; y: number }>;
  /** the card's panel, in the page's viewport */
  box?: { x: number; y: number; width: number; height: number };
}> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const texts: string[] = [];
    const buttons: DomNode[] = [];
    let panel: DomNode | undefined;
    let hidden = false;
    const visit = (n: DomNode, inCard: boolean) => {
      const isHost = n.nodeName.toLowerCase() === 'kashif-card';
      if (isHost) hidden = (n.attributes ?? []).some((a) => /display:\s*none/u.test(a));
      const here = inCard || isHost;
      if (here && n.nodeName === '#text' && n.nodeValue) texts.push(n.nodeValue);
      if (here && n.nodeName === 'BUTTON') buttons.push(n);
      if (here && !panel && n.nodeName === 'DIV' && (n.attributes ?? []).includes('card')) panel = n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])])
        if (c.nodeName.toLowerCase() !== 'style') visit(c, here);
    };
    visit(root as DomNode, false);
    const boxes = new Map<string, { x: number; y: number }>();
    if (hidden) return { text: '', buttons: boxes };
    const rectOf = async (n: DomNode) => {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId });
      const xs = model.border.filter((_, k) => k % 2 === 0);
      const ys = model.border.filter((_, k) => k % 2 === 1);
      const [x, y] = [Math.min(...xs), Math.min(...ys)];
      return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
    };
    for (const b of buttons) {
      const attrs = b.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1] ?? '';
      const r = await rectOf(b);
      const centre = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      for (const c of cls.split(/\s+/u)) if (c && c !== 'action') boxes.set(c, centre);
    }
    return { text: texts.join(' '), buttons: boxes, ...(panel ? { box: await rectOf(panel) } : {}) };
  } finally {
    await cdp.detach();
  }
}
