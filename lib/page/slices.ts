/**
 * Cuts long work into slices so that no task on the page's main thread lasts over 50 ms (long tasks make a page
 * stutter). The work calls the budget often; when the slice is spent, the budget returns a promise that resumes
 * after the browser has had its turn.
 */
export const SLICE_MS = 12;

/**
 * Resumes in a task of its own, by a message to itself: that is a task always, and timers' 4 ms clamp does not
 * apply. Not by scheduler.yield(): in a content script its continuations ran on inside the same task (traced on
 * the page of 300,000 tiny nodes, the whole walk was one task of 450 ms, its every yield resumed within it).
 */
export function yieldToMain(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createBudget(sliceMs = SLICE_MS): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return yieldToMain().then(() => {
      sliceStart = performance.now();
    });
  };
}

/** How long `afterNextFrame` waits for a frame at most: a hidden tab draws none. */
const FRAME_WAIT_MS = 100;

/** Resolves in a task after the browser's next frame, or after `maxWaitMs` without one (Infinity: never). */
export function afterNextFrame(maxWaitMs = FRAME_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    const timer = Number.isFinite(maxWaitMs) ? setTimeout(resolve, maxWaitMs) : undefined;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
