/**
 * The visible text of part of a page as one string, for the matcher: text nodes in document order, joined
 * directly inside one block (so «<b>بوريس</b> روجه» reads as one name) and separated between blocks (a name never
 * runs from one paragraph into the next). Offsets map back to text nodes.
 */
export interface PageText {
  text: string;
  nodes: Text[];
  /** offset of each node's first character in `text` */
  starts: number[];
}

/** Separates blocks of a page's text (paragraphs, cells): not whitespace and not a word character, so no name spans it. */
export const BLOCK_SEPARATOR = '\uFFFC';

/** Elements whose text is not page prose, or is the reader's own input. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'KASHIF-CARD']);

/** Phrasing elements: a name may run across them. Everything else starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'KBD', 'MARK', 'Q',
  'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'NOBR', 'TT', 'BIG', 'STRIKE',
]);

export function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.tagName.toUpperCase()) || (element as HTMLElement).isContentEditable === true;
}

function isInline(element: Element): boolean {
  return INLINE.has(element.tagName.toUpperCase());
}

/** The nearest ancestor that is not an inline element: the block a text node belongs to. */
export function blockOf(node: Node): Node {
  let p = node.parentNode;
  while (p && p.nodeType === Node.ELEMENT_NODE && isInline(p as Element)) p = p.parentNode;
  return p ?? node;
}

/** Is `node` inside something Kashif must not read (script, textarea, an editable region, its own card)? */
export function isInsideSkipped(node: Node): boolean {
  for (let p: Node | null = node.parentNode; p; p = p.parentNode ?? (p instanceof ShadowRoot ? p.host : null)) {
    if (p.nodeType === Node.ELEMENT_NODE && isSkipped(p as Element)) return true;
  }
  return false;
}

/**
 * Collects the text under `root`, open shadow roots included. `budget` is called every few hundred nodes and
 * may pause the walk (it returns a promise then), so that a long page never holds the main thread.
 */
export async function collectText(root: Node, budget: () => Promise<void> | undefined, into?: PageText): Promise<PageText> {
  const out: PageText = into ?? { text: '', nodes: [], starts: [] };
  const parts: string[] = [out.text];
  let length = out.text.length;
  let lastBlock: Node | null = null;
  let pendingBreak = length > 0;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const shadowRoots: ShadowRoot[] = [];
  let visited = 0;
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
    if (++visited % 256 === 0) { const pause = budget(); if (pause) await pause; }
    if (n.nodeType === Node.ELEMENT_NODE) {
      const element = n as Element;
      if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
      if (!isInline(element)) pendingBreak = true;
      continue;
    }
    if (n.nodeType !== Node.TEXT_NODE) continue;
    const data = (n as Text).data;
    if (!data) continue;
    const block = blockOf(n);
    if (pendingBreak || block !== lastBlock) {
      if (length > 0) { parts.push(BLOCK_SEPARATOR); length++; }
      pendingBreak = false;
      lastBlock = block;
    }
    out.nodes.push(n as Text);
    out.starts.push(length);
    parts.push(data);
    length += data.length;
  }
  out.text = parts.join('');
  for (const shadow of shadowRoots) await collectText(shadow, budget, out);
  return out;
}

/** The text node holding offset `at` of the collected text, and the offset inside it. */
export function locate(page: PageText, at: number, isEnd: boolean): { node: Text; offset: number } {
  // binary search: the last node starting at or before `at` (for an end offset, strictly before)
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = page.starts[mid]!;
    if (isEnd ? s < at : s <= at) lo = mid;
    else hi = mid - 1;
  }
  return { node: page.nodes[lo]!, offset: at - page.starts[lo]! };
}
