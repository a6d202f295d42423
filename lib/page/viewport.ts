import { isInsideSkipped } from './text-walk';

/** At most this many blocks are taken from the viewport: a screen holds far fewer paragraphs. */
const MAX_BLOCKS = 400;

/**
 * The elements holding text that the reader sees now (and `screens` screens above and below): read first, so that the highlights on screen come before the rest of a long
 * page is read, and on a page too large to read whole, the only ones read as the reader scrolls.
 *
 * Found by descending from <body> through the children whose boxes cross the viewport, each level searched by
 * halves on the children's boxes (in flow, they follow one another down the page): a few box reads per level.
 * Hit-testing points instead (caretPositionFromPoint) walks a container's children one by one: on a page of a
 * hundred thousand paragraphs in one container, each point cost longer than a frame.
 *
 * The halving asks only children placed in the flow: a child without a box (a <script>, display:none) reports
 * a box at the viewport's top edge wherever it sits, and one positioned out of the flow (a fixed bar) sits
 * anywhere. Taken as a landmark, the <script> after a page's content sent the search past every paragraph.
 */
export function blocksInViewport(screens = 0, nested = false): Element[] {
  const body = document.body;
  if (!body) return [];
  const height = document.documentElement.clientHeight || window.innerHeight;
  const top = -screens * height;
  const bottom = (1 + screens) * height;
  const max = MAX_BLOCKS * (1 + 2 * screens);
  const found: Element[] = [];
  const visit = (element: Element) => {
    const kids = element.children;
    const n = kids.length;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const placed = placedNear(kids, mid, lo, hi);
      if (!placed) break; // none of lo .. hi - 1 is in the flow: the loop below reads them one by one
      if (placed.box.bottom <= top) lo = placed.index + 1;
      else hi = Math.min(mid, placed.index);
    }
    for (let i = lo; i < n && found.length < max; i++) {
      const kid = kids[i]!;
      const box = kid.getBoundingClientRect();
      if (box.top >= bottom && isInFlow(kid, box)) break;
      if (box.bottom <= top || box.top >= bottom || (box.width === 0 && box.height === 0)) continue;
      if (isInsideSkipped(kid.firstChild ?? kid) || kid.localName === 'script' || kid.localName === 'style') continue;
      // an element holding text of its own is read whole: it is a paragraph, a cell, a heading (`nested`: the
      // elements inside it that hold text are wanted too)
      if (holdsText(kid) || kid.children.length === 0) {
        found.push(kid);
        if (nested && kid.children.length) visit(kid);
      } else visit(kid);
    }
  };
  visit(body);
  return found;
}

/**
 * The child in the flow nearest to `mid` within `lo` .. `hi` - 1 (the first at or after it, else the last before
 * it), with its box; undefined when there is none.
 */
function placedNear(
  kids: HTMLCollection,
  mid: number,
  lo: number,
  hi: number,
): { index: number; box: DOMRect } | undefined {
  for (let i = mid; i < hi; i++) {
    const box = kids[i]!.getBoundingClientRect();
    if (isInFlow(kids[i]!, box)) return { index: i, box };
  }
  for (let i = mid - 1; i >= lo; i--) {
    const box = kids[i]!.getBoundingClientRect();
    if (isInFlow(kids[i]!, box)) return { index: i, box };
  }
  return undefined;
}

/** Has the element a box in the flow of its parent (so that its siblings in the flow come above or below it)? */
function isInFlow(element: Element, box: DOMRect): boolean {
  if (box.width === 0 && box.height === 0) return false;
  const position = getComputedStyle(element).position;
  return position !== 'absolute' && position !== 'fixed';
}

/**
 * Whether the element holds text of its own, among its first HOLDS_TEXT_LOOKS children: a container of tens of
 * thousands of paragraphs was scanned child by child, the longest part of the viewport search. A block whose text
 * comes only after that many elements is searched as a container; the whole-page scan reads its own text.
 */
function holdsText(element: Element): boolean {
  let looked = 0;
  for (let c = element.firstChild; c && looked < HOLDS_TEXT_LOOKS; c = c.nextSibling, looked++)
    if (c.nodeType === Node.TEXT_NODE && (c as Text).data.trim()) return true;
  return false;
}
const HOLDS_TEXT_LOOKS = 64;
