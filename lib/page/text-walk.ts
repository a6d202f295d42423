/** The walk over a page's DOM that reads its prose: which elements are blocks, which are skipped, in what order. */
import { CARD_TAG } from './card-tag';
import type { PageText } from './page-text';

const ELEMENT = 1; // Node.ELEMENT_NODE
const TEXT = 3; // Node.TEXT_NODE

/** How the walk treats an element. */
const enum Kind {
  Block,
  Inline,
  Skipped,
}

/** Elements whose text is not page prose, or is the reader's own input. */
const SKIPPED = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  CARD_TAG.toUpperCase(),
];

/** Phrasing elements: a name may run across them. Everything else starts a new block. */
const INLINE = [
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'LABEL',
  'NOBR',
  'TT',
  'BIG',
  'STRIKE',
];

/** By nodeName, in upper case; an element not listed is a block. One lookup per element on the walk's hot path. */
const KINDS = new Map<string, Kind>([
  ...SKIPPED.map((n) => [n, Kind.Skipped] as const),
  ...INLINE.map((n) => [n, Kind.Inline] as const),
]);

/** nodeName is upper case for HTML elements already; other namespaces (svg, math) write it in lower case. */
function kindOf(element: Element): Kind {
  const name = element.nodeName;
  return KINDS.get(name.charCodeAt(0) >= 97 ? name.toUpperCase() : name) ?? Kind.Block;
}

export function isSkipped(element: Element): boolean {
  // isContentEditable costs a style lookup: asked only where an attribute (here or inherited) can make it true
  return (
    kindOf(element) === Kind.Skipped ||
    (element.hasAttribute('contenteditable') && (element as HTMLElement).isContentEditable === true)
  );
}

function isInline(element: Element): boolean {
  return kindOf(element) === Kind.Inline;
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
    if (p.nodeType === Node.ELEMENT_NODE && (isSkipped(p as Element) || (p as HTMLElement).isContentEditable))
      return true;
  }
  return false;
}

export interface WalkLimits {
  /** elements (blocks) not to read: read already */
  skip?: ReadonlySet<Node>;
  /** the walk stops before the page's text holds more text nodes than this */
  maxTextNodes?: number;
}

/**
 * Reads the text under `root` into `page`, open shadow roots included. `budget` is called every few hundred
 * nodes and may pause the walk (it returns a promise then), so that a long page never holds the main thread.
 * False when it stopped at `limits.maxTextNodes` before the end.
 *
 * A hand-written walk rather than a TreeWalker with a filter: the filter is a call into script for every node,
 * and the walk keeps each level's block on a stack instead of looking it up per text node.
 */
export async function collectText(
  root: Node,
  budget: () => Promise<void> | undefined,
  page: PageText,
  limits: WalkLimits = {},
): Promise<boolean> {
  if (root.nodeType === ELEMENT && isInsideSkipped(root.firstChild ?? root)) return true;
  const { skip, maxTextNodes = Infinity } = limits;
  // editable regions found by one query, so that the walk does not ask every element for its attribute
  const editable =
    'querySelectorAll' in root
      ? new Set((root as ParentNode).querySelectorAll('[contenteditable]'))
      : new Set<Element>();
  let lastBlock: Node | null = null;
  // a root's text never runs on from the text before it
  let pendingBreak = true;
  // a root that hosts a shadow root (a custom element the viewport pass took whole) is read with it
  const shadowRoots: ShadowRoot[] =
    root.nodeType === ELEMENT && (root as Element).shadowRoot ? [(root as Element).shadowRoot!] : [];
  const stack: Node[] = [];
  let block: Node = root.nodeType === ELEMENT && isInline(root as Element) ? blockOf(root) : root;
  let visited = 0;
  let n: Node | null = root.firstChild;
  while (n) {
    if (++visited % 512 === 0) {
      const pause = budget();
      if (pause) await pause;
    }
    const type = n.nodeType;
    if (type === ELEMENT) {
      const element = n as Element;
      const kind = kindOf(element);
      // a block read already is left out whole: it is a block, so the text around it stays as it was
      if (skip?.has(element)) pendingBreak = true;
      else if (
        kind !== Kind.Skipped &&
        !(editable.size && editable.has(element) && (element as HTMLElement).isContentEditable)
      ) {
        if (element.shadowRoot) shadowRoots.push(element.shadowRoot);
        if (kind === Kind.Block) pendingBreak = true;
        const child = element.firstChild;
        if (child) {
          stack.push(block);
          if (kind === Kind.Block) block = element;
          n = child;
          continue;
        }
      }
    } else if (type === TEXT) {
      const data = (n as Text).data;
      if (data) {
        if (page.nodes.length >= maxTextNodes) return false;
        page.add(n as Text, data, block, pendingBreak || block !== lastBlock);
        pendingBreak = false;
        lastBlock = block;
      }
    }
    // next: the sibling, or climb to the first ancestor with one (leaving a block ends its text)
    let next: Node | null = n.nextSibling;
    while (!next) {
      n = n!.parentNode;
      if (!n || n === root) break;
      block = stack.pop() ?? root;
      if (n.nodeType === ELEMENT && !isInline(n as Element)) pendingBreak = true;
      next = n.nextSibling;
    }
    n = next;
  }
  for (const shadow of shadowRoots) if (!(await collectText(shadow, budget, page, limits))) return false;
  return true;
}
