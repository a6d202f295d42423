import type { PageEntity } from '../messages/protocol';
import type { Highlighter } from './highlighter';
import { rangeOf, type Occurrence } from './occurrence';

const FLASH_MS = 1400;
export const FLASH_HIGHLIGHT = 'kashif-flash';

/** Mentions in document order. */
function inDocumentOrder(mentions: Occurrence[]): Occurrence[] {
  return mentions.sort((a, b) => {
    if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
    return a.startNode.compareDocumentPosition(b.startNode) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** The entities a page mentions, most mentioned first. */
export function pageEntities(highlighter: Highlighter): PageEntity[] {
  return [...highlighter.entityCounts().values()]
    .map(({ entity, count }) => ({ ...entity, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ar'));
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Scrolls mention `index` of entity `id` into view and flashes it with a third highlight (the DOM stays untouched). */
export function reveal(highlighter: Highlighter, id: string, index: number): { index: number; total: number } {
  const mentions = inDocumentOrder(highlighter.occurrencesOf(id));
  if (!mentions.length) return { index: -1, total: 0 };
  const k = ((index % mentions.length) + mentions.length) % mentions.length;
  const range = rangeOf(mentions[k]!);
  // while the page keeps changing, only some blocks stay marked: this one is to be among them
  highlighter.prefer(mentions[k]!.block);
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const flash = new Highlight(range);
  flash.priority = 2;
  CSS.highlights.set(FLASH_HIGHLIGHT, flash);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), FLASH_MS);
  return { index: k, total: mentions.length };
}
