import type { Highlighter } from './highlighter';
import { rangeOf, type Occurrence } from './occurrence';

const OPEN_DELAY_MS = 350;
const CLOSE_GRACE_MS = 300;

export interface HoverHandlers {
  open(mention: Occurrence): void;
  close(): void;
  /** is the pointer over the card itself? (keeps it open while the reader reads or selects from it) */
  overCard(target: EventTarget | null): boolean;
  /** is the card still shown? (a button on it may have closed it: the same mention then opens it again) */
  shown?(): boolean;
}

/** The mention under a point: the text position under it, then the mention's own boxes (the caret snaps to the nearest letter). */
export function occurrenceAt(highlighter: Highlighter, x: number, y: number): Occurrence | undefined {
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  for (const m of highlighter.at(caret.node)) {
    const range = rangeOf(m);
    if (
      !range.isPointInRange(caret.node, caret.offset) &&
      !(caret.offset === range.endOffset && caret.node === range.endContainer)
    )
      continue;
    for (const box of range.getClientRects()) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return m;
    }
  }
  return undefined;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

/**
 * Opens the card after the pointer rests on a mention, closes it (after a grace delay, so that the pointer can
 * travel to the card) when it leaves, and at once on Escape or scroll. Hit-tests the highlight ranges: the page
 * has no elements of Kashif's to hover.
 */
export function trackHover(highlighter: Highlighter, handlers: HoverHandlers): () => void {
  let current: Occurrence | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let last: PointerEvent | undefined;

  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const closeNow = () => {
    clearTimeout(openTimer);
    cancelClose();
    if (current) handlers.close();
    current = undefined;
  };
  const check = () => {
    frame = 0;
    if (!last) return;
    if (handlers.overCard(last.target)) {
      cancelClose();
      return;
    }
    const m = occurrenceAt(highlighter, last.clientX, last.clientY);
    // the card closed itself (one of its buttons): no mention is open any more, the same one may open it again
    if (current && handlers.shown?.() === false) current = undefined;
    if (m && m === current) {
      cancelClose();
      return;
    }
    clearTimeout(openTimer);
    if (m) {
      openTimer = setTimeout(() => {
        cancelClose();
        current = m;
        handlers.open(m);
      }, OPEN_DELAY_MS);
    }
    if (current && !closeTimer)
      closeTimer = setTimeout(() => {
        closeTimer = undefined;
        closeNow();
      }, CLOSE_GRACE_MS);
  };
  // a page can move a synthetic pointer over its own text to see the card open (which tells it a name is known)
  const onMove = (e: PointerEvent) => {
    if (!e.isTrusted) return;
    last = e;
    if (!frame) frame = requestAnimationFrame(check);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') closeNow();
  };
  const onScroll = () => closeNow();

  document.addEventListener('pointermove', onMove, { passive: true });
  document.addEventListener('keydown', onKey, true);
  window.addEventListener('scroll', onScroll, { passive: true, capture: true });
  return () => {
    closeNow();
    cancelAnimationFrame(frame);
    document.removeEventListener('pointermove', onMove);
    document.removeEventListener('keydown', onKey, true);
    window.removeEventListener('scroll', onScroll, true);
  };
}
