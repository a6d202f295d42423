/**
 * Is a text node rendered where the reader can see it? The page shares CSS.highlights with Kashif: were a name in
 * hidden text highlighted, the page could plant names nobody sees and read back which ones the reader's
 * dictionary holds. So only text drawn visibly is highlighted (and counted for the badge and the popup).
 *
 * Asked per hit, not per text node, and answered once per element and scan: a page has far fewer mentions than
 * text nodes, and each answer is a style and layout read.
 */

/** A box in viewport coordinates; empty when right <= left or bottom <= top. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const EVERYWHERE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
const NOWHERE: Box = { left: 0, top: 0, right: 0, bottom: 0 };

/** What an element does to the boxes of what it holds. */
interface Clip {
  /** its content is drawn only inside this box */
  box: Box;
  /** under a scroll container (or fixed): the reader may scroll what is off screen into view, or never */
  scrolls: boolean;
  fixed: boolean;
}

const CLIPPING = new Set(['hidden', 'clip']);
const SCROLLING = new Set(['auto', 'scroll']);

/** The viewport's size and scroll, for `offPage`. */
interface Viewport {
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

/** One scan's answers: the page may change between scans. */
export class Visibility {
  private readonly shown = new Map<Element, boolean>();
  private readonly clips = new Map<Element, Clip>();
  /**
   * Read once per task: each read is a call into the page's layout, and asked per element they were the largest
   * part of the check. Within a task the reader cannot scroll (the scroll position the script sees changes only
   * between tasks); across tasks they may, so the scan calls `newTask` after each pause.
   */
  private viewport: Viewport | undefined;

  /** The scan resumed in a task of its own: the reader may have scrolled or resized since. */
  newTask(): void {
    this.viewport = undefined;
  }

  /** Is the text of `node` drawn visibly (its element shown, not transparent, not clipped away, not off the page)? */
  showsText(node: Text): boolean {
    const parent = node.parentNode;
    const element = parent instanceof Element ? parent : parent instanceof ShadowRoot ? parent.host : null;
    if (!element) return false;
    return this.showsContentOf(element);
  }

  private showsContentOf(element: Element): boolean {
    let shown = this.shown.get(element);
    if (shown === undefined) this.shown.set(element, (shown = this.showsContent(element)));
    return shown;
  }

  private showsContent(element: Element): boolean {
    // display (the element's and its ancestors'), content-visibility (a closed <details> in Chromium), visibility,
    // and opacity 0 on any ancestor
    if ('checkVisibility' in element && !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return false;
    // one style object for every question below: each getComputedStyle is a call into the page's style
    const style = getComputedStyle(element);
    if (parseFloat(style.fontSize) === 0) return false;
    // an inline element in its parent's flow (not positioned, no margin to push it aside; inline boxes neither clip
    // nor transform) is drawn on its parent's lines: its parent's answer holds. A page whose names sit in inline
    // elements (links, spans, bold) then costs a box read per block, not per name
    const parent = element.parentElement;
    if (
      parent &&
      parent.localName !== 'details' &&
      style.display === 'inline' &&
      style.position === 'static' &&
      style.marginLeft === '0px' &&
      style.marginRight === '0px'
    )
      return this.showsContentOf(parent);
    if (insideClosedDetails(element)) return false;
    const clip = this.clipOf(element, style);
    if (isEmpty(clip.box)) return false;
    const rect = element.getBoundingClientRect();
    // a box without area that does not clip still draws its text, overflowing: only the clip decides then
    if (rect.width > 0 && rect.height > 0 && isEmpty(intersect(rect, clip.box))) return false;
    return !offPage(rect, clip, (this.viewport ??= readViewport()));
  }

  /** How `element` and its ancestors clip what `element` holds (cached: siblings share their parent's answer). */
  private clipOf(element: Element, style = getComputedStyle(element)): Clip {
    const known = this.clips.get(element);
    if (known) return known;
    const fixed = style.position === 'fixed';
    const parent = flatParent(element);
    // overflow on <html> and <body> is the viewport's: it never hides the page's own text
    const outer: Clip =
      !parent || fixed || parent === document.documentElement || parent === document.body
        ? { box: EVERYWHERE, scrolls: false, fixed }
        : this.clipOf(parent);
    let box = outer.box;
    if (element !== document.documentElement && element !== document.body) {
      const clipX = CLIPPING.has(style.overflowX);
      const clipY = CLIPPING.has(style.overflowY);
      if (clipX || clipY || style.clip !== 'auto' || hidesByClipPath(style.clipPath)) {
        const rect = element.getBoundingClientRect();
        if (clipX || clipY)
          box = intersect(box, {
            left: clipX ? rect.left : -Infinity,
            right: clipX ? rect.right : Infinity,
            top: clipY ? rect.top : -Infinity,
            bottom: clipY ? rect.bottom : Infinity,
          });
        if (style.clip !== 'auto') box = intersect(box, clipRect(style.clip, rect));
        if (hidesByClipPath(style.clipPath)) box = NOWHERE;
      }
    }
    const clip: Clip = {
      box,
      scrolls: outer.scrolls || SCROLLING.has(style.overflowX) || SCROLLING.has(style.overflowY),
      fixed: fixed || outer.fixed,
    };
    this.clips.set(element, clip);
    return clip;
  }
}

/**
 * Beyond where the reader can scroll: above the page's top, far beside it (a page's own layout never sits
 * more than a screen away sideways; the usual way to hide text is a position of -9999px), or, fixed, off the
 * viewport for good. Text under a scroll container may be scrolled into view: it counts as on the page.
 */
function offPage(rect: DOMRect, clip: Clip, { width, height, scrollX, scrollY }: Viewport): boolean {
  if (clip.fixed) return rect.bottom <= 0 || rect.right <= 0 || rect.top >= height || rect.left >= width;
  if (clip.scrolls) return false;
  return rect.bottom + scrollY <= 0 || rect.right + scrollX <= -width || rect.left + scrollX >= 2 * width;
}

function readViewport(): Viewport {
  return {
    width: document.documentElement.clientWidth || window.innerWidth,
    height: document.documentElement.clientHeight || window.innerHeight,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  };
}

/** The text of a closed <details> other than its summary is not drawn (Firefox gives it no box; this is for any other engine). */
function insideClosedDetails(element: Element): boolean {
  // one native lookup for the common case: no closed <details> around at all
  if (!element.closest('details:not([open])')) return false;
  for (let child: Element = element, p = element.parentElement; p; child = p, p = p.parentElement) {
    if (
      p instanceof HTMLDetailsElement &&
      !p.open &&
      !(child.localName === 'summary' && child === p.querySelector(':scope > summary'))
    )
      return true;
  }
  return false;
}

function flatParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** clip-path that leaves nothing: inset(50%) and more (the usual «visually hidden» recipe). */
function hidesByClipPath(clipPath: string): boolean {
  const m = /^inset\(\s*(\d+(?:\.\d+)?)%\s*\)$/.exec(clipPath);
  return !!m && Number(m[1]) >= 50;
}

/** The box of `clip: rect(top, right, bottom, left)` (lengths from the element's border box; auto: its edge). */
function clipRect(clip: string, rect: DOMRect): Box {
  const parts = /rect\(([^)]*)\)/
    .exec(clip)?.[1]
    ?.split(/[\s,]+/)
    .filter(Boolean);
  if (parts?.length !== 4) return EVERYWHERE;
  const [top, right, bottom, left] = parts.map((p) => (p === 'auto' ? undefined : parseFloat(p)));
  return {
    top: top === undefined ? rect.top : rect.top + top,
    right: right === undefined ? rect.right : rect.left + right,
    bottom: bottom === undefined ? rect.bottom : rect.top + bottom,
    left: left === undefined ? rect.left : rect.left + left,
  };
}

function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

function isEmpty(b: Box): boolean {
  return b.right <= b.left || b.bottom <= b.top;
}
