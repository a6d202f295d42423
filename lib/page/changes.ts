import { blockOf, isInsideSkipped } from './text-walk';

const QUIET_MS = 120;
const MAX_WAIT_MS = 500;
/**
 * A region changed in this many batches in a row, each within HOT_GAP_MS of the last, keeps rewriting itself (a
 * ticker, a live blog, a chat): Kashif backs off it (see ChangeHandlers.hot) until it has been quiet for CALM_MS.
 * Re-reading it would cost a walk and a message, and its ranges cost the whole page: after any change of the DOM
 * the browser rebuilds the markers of every registered range and repaints their text on the next frame, so at
 * the page's pace the highlights would keep the main thread busy.
 */
const HOT_BATCHES = 3;
const HOT_GAP_MS = 2000;
/**
 * A region changed in this many deliveries of the observer within one batch changed without a pause: its batch
 * counts twice towards HOT_BATCHES, so that a ticker is held back at its second batch (about a second after it is
 * first seen), not its third. Until then every range on screen is registered, each repainted on every frame, and
 * that second cost as much as the rest of the page's first seconds. A live blog's single edit is one delivery.
 */
const RESTLESS_DELIVERIES = 5;
/** How long a region that kept changing must be still before it is read and highlighted again. */
export const CALM_MS = 2000;
/**
 * The page as a whole (its <body>, say, when the page keeps adding and removing its children) is never held back,
 * only read less often: at most this often while it keeps changing, so that what it adds is marked in the end.
 */
export const PAGE_REREAD_MS = 16_000;

/** What `watchChanges` tells of the page's changes. */
export interface ChangeHandlers {
  /** the blocks to read again */
  changed(roots: Node[]): void;
  /** `region` keeps changing: it is not reported again until it calms (its old highlights should go now) */
  hot?(region: Node): void;
  /** `region` has been still for CALM_MS, or left the page: it is reported to `changed` next, when still there */
  calm?(region: Node): void;
}

/** The block a change belongs to: re-reading the whole block catches names that the change completed or broke. */
function dirtyRootOf(target: Node): Node | undefined {
  if (!target.isConnected) return undefined;
  if (target.nodeType === Node.TEXT_NODE) return blockOf(target);
  if (target.nodeType !== Node.ELEMENT_NODE && target.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return undefined;
  // an inline element's change affects the block around it
  const probe = target.firstChild ?? target;
  return probe === target ? blockOf(target) : blockOf(probe);
}

/** Keeps only the outermost of a set of nodes: each node's ancestors are looked up in the set, not compared with every other node. */
export function outermost(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  const out: Node[] = [];
  for (const n of set) {
    let inner = false;
    for (let p = n.parentNode; p && !inner; p = p.parentNode) inner = set.has(p);
    if (!inner) out.push(n);
  }
  return out;
}

/** How often in a row a region was reported: to back off one that keeps changing. */
interface Heat {
  batches: number;
  last: number;
}

/**
 * Watches `root` for added, removed and edited text, and reports the blocks to re-read in batches: after the page
 * has been quiet for a moment, or at the latest MAX_WAIT_MS after the first change, so that a live blog's stream
 * of small edits costs one scan, not one per edit. A region that keeps changing is not reported at all until it
 * calms down (see HOT_BATCHES).
 */
export function watchChanges(
  root: Node,
  handlers: ChangeHandlers,
  ignore: (node: Node) => boolean,
  now: () => number = () => performance.now(),
): () => void {
  const dirty = new Set<Node>();
  /** in how many of the observer's deliveries each dirty block changed, in this batch */
  const deliveries = new Map<Node, number>();
  const heat = new WeakMap<Node, Heat>();
  /** the regions that keep changing: the time of their last change, and when one the size of the page is read */
  const hot = new Map<Node, { last: number; reread: number }>();
  const isWholePage = (n: Node) => n === root || n === document.body || n === document.documentElement;
  let calmTimer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;

  /** The hot region that holds `node` (or is it), if any: its changes only keep it hot. */
  const hotRegionOf = (node: Node): Node | undefined => {
    if (!hot.size) return undefined;
    for (let p: Node | null = node; p; p = p.parentNode) if (hot.has(p)) return p;
    return undefined;
  };
  /** The roots to report now; those that turn out to keep changing become hot instead. */
  const due = (roots: Node[]): Node[] => {
    const t = now();
    const out: Node[] = [];
    for (const r of roots) {
      const region = hotRegionOf(r);
      if (region) {
        hot.get(region)!.last = t;
        continue;
      }
      const weight = (deliveries.get(r) ?? 0) >= RESTLESS_DELIVERIES ? 2 : 1;
      let h = heat.get(r);
      if (!h) heat.set(r, (h = { batches: weight, last: t }));
      else {
        h.batches = t - h.last <= HOT_GAP_MS ? h.batches + weight : weight;
        h.last = t;
      }
      if (h.batches >= HOT_BATCHES) {
        heat.delete(r);
        const whole = isWholePage(r);
        hot.set(r, { last: t, reread: whole ? t + PAGE_REREAD_MS : Infinity });
        if (!whole) handlers.hot?.(r);
        continue;
      }
      out.push(r);
    }
    return out;
  };
  /** Wakes when a hot region may have calmed (those calm are read again), or the page is due to be read. */
  const scheduleCalm = () => {
    if (calmTimer !== undefined || !hot.size) return;
    let next = Infinity;
    for (const h of hot.values()) next = Math.min(next, h.last + CALM_MS, h.reread);
    calmTimer = setTimeout(
      () => {
        calmTimer = undefined;
        const t = now();
        const reread: Node[] = [];
        for (const [region, h] of hot) {
          if (region.isConnected && t - h.last < CALM_MS) {
            if (t >= h.reread) {
              h.reread = t + PAGE_REREAD_MS;
              reread.push(region);
            }
            continue;
          }
          hot.delete(region);
          if (!isWholePage(region)) handlers.calm?.(region);
          if (region.isConnected) dirty.add(region);
        }
        // still hot: read past `due`, which would only keep it hot
        if (reread.length) handlers.changed(reread);
        if (dirty.size) flush();
        scheduleCalm();
      },
      Math.max(0, next - now()),
    );
  };
  const flush = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    const roots = due(outermost(dirty).filter((n) => n.isConnected));
    dirty.clear();
    deliveries.clear();
    if (roots.length) handlers.changed(roots);
    scheduleCalm();
  };
  const observer = new MutationObserver((records) => {
    let fresh = false;
    const seen = new Set<Node>();
    for (const r of records) {
      if (ignore(r.target) || isInsideSkipped(r.target)) continue;
      // a change inside a hot region only keeps it hot: no batch, no timer (the page may change every few ms)
      const region = hotRegionOf(r.target);
      if (region) {
        hot.get(region)!.last = now();
        continue;
      }
      const block = dirtyRootOf(r.target);
      if (block) {
        dirty.add(block);
        if (!seen.has(block)) deliveries.set(block, (deliveries.get(block) ?? 0) + 1);
        seen.add(block);
      }
      if (r.type === 'childList' && r.removedNodes.length) dirty.add(r.target); // lost text: prune its occurrences
      fresh = true;
    }
    if (!fresh || !dirty.size) return;
    const t = now();
    if (!quietTimer) firstChange = t;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(flush, t - firstChange > MAX_WAIT_MS ? 0 : QUIET_MS);
  });
  // a <details> opened shows text that was not highlighted while hidden (lib/page/visibility.ts)
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributeFilter: ['open'] });
  return () => {
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(calmTimer);
    dirty.clear();
    deliveries.clear();
    // nothing is watched now: what was held back is free again
    for (const region of hot.keys()) if (!isWholePage(region)) handlers.calm?.(region);
    hot.clear();
  };
}
