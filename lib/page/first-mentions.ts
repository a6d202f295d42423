/**
 * Which blocks on screen keep their highlights while a region of the page keeps changing. After every change of
 * the DOM, Chromium rebuilds the markers of every registered range and repaints each text node that holds one, on
 * every frame: the cost follows the number of marked text nodes on screen (three names in one paragraph cost about
 * what one does; one name in each of twenty paragraphs costs the page more than the ticker itself). So while the
 * page keeps changing, only the blocks where an entity is named for the first time on screen keep their
 * highlights, and only the first few of them: the reader still sees who the screen speaks of, and every mention
 * comes back once the page is quiet.
 */

/** At most this many blocks on screen keep their highlights while a region of the page keeps changing. */
export const MAX_BLOCKS_WHILE_HOT = 6;

/**
 * The blocks, in the order given (the reader's: from the top of the screen), that name an entity none of the
 * blocks before them named, at most `max` of them. `first` (the block the reader asked to be shown, from the
 * popup) is taken ahead of the others when it is among `blocks`.
 */
export function blocksNamingFirst<B>(
  blocks: readonly B[],
  entitiesOf: (block: B) => Iterable<string>,
  max = MAX_BLOCKS_WHILE_HOT,
  first?: B,
): B[] {
  const ordered =
    first !== undefined && blocks.includes(first) ? [first, ...blocks.filter((b) => b !== first)] : blocks;
  const named = new Set<string>();
  const chosen: B[] = [];
  for (const block of ordered) {
    if (chosen.length >= max) break;
    let introduces = false;
    for (const id of entitiesOf(block))
      if (!named.has(id)) {
        named.add(id);
        introduces = true;
      }
    if (introduces) chosen.push(block);
  }
  return chosen;
}
