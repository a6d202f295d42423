import { isInsideSkipped } from './text-walk';

/** At most this many blocks are taken from the viewport: a screen holds far fewer paragraphs. */
const MAX_BLOCKS = 400;

/**
 * The blocks the reader sees now: read first, so that the highlights on screen come before the rest of a long
 * page is read, and on a page too large to read whole, the only ones read as the reader scrolls.
 *
 * Found by descending from <body> through the children whose boxes cross the viewport, each level searched by
 * halves on the children's boxes (in flow, they follow one another down the page): a few box reads per level.
 * Hit-testing points instead (caretPositionFromPoint) walks a container's children one by one: on a page of a
 * hundred thousand paragraphs in one container, each point cost longer than a frame.
 */
export function blocksInViewport(): Node[] {
  const body = document.body;
  if (!body) return [];
  const height = document.documentElement.clientHeight || window.innerHeight;
  const found: Node[] = [];
  const visit = (element: Element) => {
    const kids = element.children;
    const n = kids.length;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kids[mid]!.getBoundingClientRect().bottom <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < n && found.length < MAX_BLOCKS; i++) {
      const kid = kids[i]!;
      const box = kid.getBoundingClientRect();
      if (box.top >= height) break;
      if (box.bottom <= 0 || (box.width === 0 && box.height === 0)) continue;
      if (isInsideSkipped(kid.firstChild ?? kid) || kid.localName === 'script' || kid.localName === 'style') continue;
      // an element holding text of its own is read whole: it is a paragraph, a cell, a heading
      if (holdsText(kid) || kid.children.length === 0) found.push(kid);
      else visit(kid);
    }
  };
  visit(body);
  return found;
}

function holdsText(element: Element): boolean {
  for (let c = element.firstChild; c; c = c.nextSibling) if (c.nodeType === Node.TEXT_NODE && (c as Text).data.trim()) return true;
  return false;
}
