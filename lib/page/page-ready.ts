/**
 * Resolves once the page's DOM is parsed and the browser has drawn its first frame of it. The content script starts
 * at document_start, so that its requests to the background (the page's status, the text code, and with them the
 * dictionary's load) run while the page is parsed, and reads the page from here on: at DOMContentLoaded rather than
 * at document_idle, which Chrome holds back until about 200 ms later.
 *
 * Not before the first frame: the first box Kashif reads (what is in the viewport, what is visible) would make the
 * browser lay out the whole page inside Kashif's task, a task as long as that layout (hundreds of ms on a page of a
 * million nodes, where the reader's key presses waited behind it). After the frame the layout is the page's own,
 * done, and Kashif's reads of it are cheap. The first frame also waits for the style sheets that block rendering,
 * which may hide text or move the boxes. A hidden tab draws no frames: there nothing waits for a frame either.
 */
export async function pageReady(doc: Document = document): Promise<void> {
  if (doc.readyState === 'loading')
    await new Promise<void>((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
  if (doc.visibilityState === 'hidden') return;
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      // rAF runs before the frame's style and layout: the task after it runs once the frame is done
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}
