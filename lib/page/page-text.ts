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
  /** each node's block: its nearest non-inline ancestor (or the shadow root, or the walk's root) */
  blocks: Node[];
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

/** nodeName is upper case for HTML elements already; other namespaces (svg, math) write it in lower case. */
const upper = (name: string) => (name.charCodeAt(0) >= 97 ? name.toUpperCase() : name);

export function isSkipped(element: Element): boolean {
  // isContentEditable costs a style lookup: asked only where an attribute (here or inherited) can make it true
  return SKIPPED.has(upper(element.nodeName)) || (element.hasAttribute('contenteditable') && (element as HTMLElement).isContentEditable === true);
}

function isInline(element: Element): boolean {
  return INLINE.has(upper(element.nodeName));
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
    if (p.nodeType === Node.ELEMENT_NODE && (isSkipped(p as Element) || (p as HTMLElement).isContentEditable)) return true;
  }
  return false;
}

/**
 * Collects the text under `root`, open shadow roots included. `budget` is called every few hundred nodes and
 * may pause the walk (it returns a promise then), so that a long page never holds the main thread.
 *
 * A hand-written walk rather than a TreeWalker with a filter: the filter is a call into script for every node,
 * and the walk keeps each level's block on a stack instead of looking it up per text node.
 */
export async function collectText(root: Node, budget: () => Promise<void> | undefined, into?: PageText): Promise<PageText> {
  const out: PageText = into ?? { text: '', nodes: [], starts: [], blocks: [] };
  if (root.nodeType === Node.ELEMENT_NODE && isInsideSkipped(root.firstChild ?? root)) return out;
  const parts: string[] = [out.text];
  let length = out.text.length;
  let lastBlock: Node | null = null;
  let pendingBreak = length > 0;
  const shadowRoots: ShadowRoot[] = [];
  const stack: Node[] = [];
  let block: Node = root.nodeType === Node.ELEMENT_NODE && isInline(root as Element) ? blockOf(root) : root;
  let visited = 0;
  let n: Node | null = root.firstChild;
  while (n) {
    if (++visited % 512 === 0) { const pause = budget(); if (pause) await pause; }
    if (n.nodeType === Node.ELEMENT_NODE) {
      const element = n as Element;
      if (!isSkipped(element)) {
        if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
        const inline = isInline(element);
        if (!inline) pendingBreak = true;
        if (element.firstChild) {
          stack.push(block);
          if (!inline) block = element;
          n = element.firstChild;
          continue;
        }
      }
    } else if (n.nodeType === Node.TEXT_NODE) {
      const data = (n as Text).data;
      if (data) {
        if (pendingBreak || block !== lastBlock) {
          if (length > 0) { parts.push(BLOCK_SEPARATOR); length++; }
          pendingBreak = false;
          lastBlock = block;
        }
        out.nodes.push(n as Text);
        out.starts.push(length);
        out.blocks.push(block);
        parts.push(data);
        length += data.length;
      }
    }
    // next: the sibling, or climb to the first ancestor with one (leaving a block ends its text)
    while (n && !n.nextSibling) {
      n = n.parentNode;
      if (!n || n === root) { n = null; break; }
      block = stack.pop() ?? root;
      if (n.nodeType === Node.ELEMENT_NODE && !isInline(n as Element)) pendingBreak = true;
    }
    if (n) n = n.nextSibling;
  }
  out.text = parts.join('');
  for (const shadow of shadowRoots) await collectText(shadow, budget, out);
  return out;
}

/** The text node holding offset `at` of the collected text, its index, and the offset inside it. */
export function locate(page: PageText, at: number, isEnd: boolean): { node: Text; index: number; offset: number } {
  // binary search: the last node starting at or before `at` (for an end offset, strictly before)
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = page.starts[mid]!;
    if (isEnd ? s < at : s <= at) lo = mid;
    else hi = mid - 1;
  }
  return { node: page.nodes[lo]!, index: lo, offset: at - page.starts[lo]! };
}
