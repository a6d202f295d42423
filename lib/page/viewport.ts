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
      if (kids[mid]!.getBoundingClientRect().bottom <= top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < n && found.length < max; i++) {
      const kid = kids[i]!;
      const box = kid.getBoundingClientRect();
      if (box.top >= bottom) break;
      if (box.bottom <= top || (box.width === 0 && box.height === 0)) continue;
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

function holdsText(element: Element): boolean {
  for (let c = element.firstChild; c; c = c.nextSibling) if (c.nodeType === Node.TEXT_NODE && (c as Text).data.trim()) return true;
  return false;
}
