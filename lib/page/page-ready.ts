/**
 * Resolves once the page's DOM is parsed and the style sheets it links have loaded (or failed). The content script
 * starts at document_start, to ask the background for the page's status while the page is parsed, and reads the
 * page from here on: at DOMContentLoaded, before the browser's first layout of a long page, so that the blocks in
 * the viewport are marked first. A style sheet still loading may hide text (visibility.ts) or move the boxes that
 * tell what is in the viewport (viewport.ts): the page is read only once they all apply.
 */
export async function pageReady(doc: Document = document): Promise<void> {
  if (doc.readyState === 'loading') await new Promise<void>((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
  const pending = [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')].filter((link) => !link.sheet && !link.disabled);
  await Promise.all(pending.map((link) => new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  })));
}
