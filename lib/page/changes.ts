import { blockOf, isInsideSkipped } from './text-walk';

const QUIET_MS = 120;
const MAX_WAIT_MS = 500;
/**
 * A region changed in this many batches in a row, each within HOT_GAP_MS of the last, is rewriting itself (a
 * ticker, a live blog, a chat): it is read again at most every `delay`, which doubles from BACKOFF_MS up to
 * MAX_BACKOFF_MS while it keeps changing. Re-reading it costs Kashif a walk, a message and a change of the
 * highlights (which the browser pays for on the next frame, over the whole page): at the page's pace that work
 * would fill the main thread.
 */
const HOT_BATCHES = 3;
const HOT_GAP_MS = 2000;
const BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 16_000;

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

/** How often a region was reported: to back off one that keeps changing. */
interface Heat {
  batches: number;
  last: number;
  delay: number;
  next: number;
}

/**
 * Watches `root` for added, removed and edited text, and reports the blocks to re-read in batches: after the page
 * has been quiet for a moment, or at the latest MAX_WAIT_MS after the first change, so that a live blog's stream
 * of small edits costs one scan, not one per edit. A region that keeps changing is reported ever less often.
 */
export function watchChanges(
  root: Node,
  onChange: (roots: Node[]) => void,
  ignore: (node: Node) => boolean,
  now: () => number = () => performance.now(),
): () => void {
  const dirty = new Set<Node>();
  const heat = new WeakMap<Node, Heat>();
  /** regions held back while they cool down, and the timer that reports them */
  const held = new Set<Node>();
  let heldTimer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;

  /** The roots to report now; the hot ones wait for their turn. */
  const due = (roots: Node[]): Node[] => {
    const t = now();
    const out: Node[] = [];
    for (const r of roots) {
      const h = heat.get(r);
      if (h && t < h.next) {
        held.add(r);
        continue;
      }
      if (!h) heat.set(r, { batches: 1, last: t, delay: 0, next: 0 });
      else {
        h.batches = t - h.last <= HOT_GAP_MS + h.delay ? h.batches + 1 : 1;
        h.last = t;
        h.delay = h.batches >= HOT_BATCHES ? Math.min(MAX_BACKOFF_MS, Math.max(BACKOFF_MS, h.delay * 2)) : 0;
        h.next = t + h.delay;
      }
      out.push(r);
    }
    return out;
  };
  const scheduleHeld = () => {
    if (heldTimer !== undefined || !held.size) return;
    let next = Infinity;
    for (const r of held) next = Math.min(next, heat.get(r)?.next ?? 0);
    heldTimer = setTimeout(
      () => {
        heldTimer = undefined;
        const roots = [...held].filter((n) => n.isConnected);
        held.clear();
        for (const r of roots) dirty.add(r);
        flush();
      },
      Math.max(0, next - now()),
    );
  };
  const flush = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    const roots = due(outermost(dirty).filter((n) => n.isConnected));
    dirty.clear();
    if (roots.length) onChange(roots);
    scheduleHeld();
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (ignore(r.target) || isInsideSkipped(r.target)) continue;
      const block = dirtyRootOf(r.target);
      if (block) dirty.add(block);
      if (r.type === 'childList' && r.removedNodes.length) dirty.add(r.target); // lost text: prune its occurrences
    }
    if (!dirty.size) return;
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
    clearTimeout(heldTimer);
    dirty.clear();
    held.clear();
  };
}
