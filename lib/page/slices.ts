/**
 * Cuts long work into slices so that no task on the page's main thread lasts over 50 ms (long tasks make a page
 * stutter). The work calls the budget often; when the slice is spent, the budget returns a promise that resumes
 * after the browser has had its turn.
 */
export const SLICE_MS = 12;

interface SchedulerWithYield {
  yield(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
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
