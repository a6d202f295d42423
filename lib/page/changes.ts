import { blockOf, isInsideSkipped } from './text-walk';

const QUIET_MS = 120;
const MAX_WAIT_MS = 500;

/** The block a change belongs to: re-reading the whole block catches names that the change completed or broke. */
function dirtyRootOf(target: Node): Node | undefined {
  if (!target.isConnected) return undefined;
  if (target.nodeType === Node.TEXT_NODE) return blockOf(target);
  if (target.nodeType !== Node.ELEMENT_NODE && target.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return undefined;
  // an inline element's change affects the block around it
  const probe = target.firstChild ?? target;
  return probe === target ? blockOf(target) : blockOf(probe);
}

/** Keeps only the outermost of a set of nodes. */
export function outermost(nodes: Iterable<Node>): Node[] {
  const list = [...new Set(nodes)];
  return list.filter((n) => !list.some((other) => other !== n && other.contains(n)));
}

/**
 * Watches `root` for added, removed and edited text, and reports the blocks to re-read in batches: after the page
 * has been quiet for a moment, or at the latest MAX_WAIT_MS after the first change, so that a live blog's stream
 * of small edits costs one scan, not one per edit.
 */
export function watchChanges(root: Node, onChange: (roots: Node[]) => void, ignore: (node: Node) => boolean): () => void {
  const dirty = new Set<Node>();
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  const flush = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    const roots = outermost(dirty).filter((n) => n.isConnected);
    dirty.clear();
    if (roots.length) onChange(roots);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (ignore(r.target) || isInsideSkipped(r.target)) continue;
      const block = dirtyRootOf(r.target);
      if (block) dirty.add(block);
      if (r.type === 'childList' && r.removedNodes.length) dirty.add(r.target); // lost text: prune its mentions
    }
    if (!dirty.size) return;
    const now = performance.now();
    if (!quietTimer) firstChange = now;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(flush, now - firstChange > MAX_WAIT_MS ? 0 : QUIET_MS);
  });
  // a <details> opened shows text that was not highlighted while hidden (lib/page/visibility.ts)
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributeFilter: ['open'] });
  return () => { observer.disconnect(); clearTimeout(quietTimer); dirty.clear(); };
}
