import type { Entity } from '../dictionary/schema';
import { bareOf } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import { lexicon } from './lexicon';

/**
 * A person named by one word only, under a word the corpus mostly uses otherwise: a verb read after a title
 * («الرئيس الأميركي امتنع عن …»), a prize («جائزة نوبل») read once after an honorific. Once in the dictionary the
 * word would be highlighted as that person at every one of its uses, so such a person is kept only when the
 * extraction read the word as a name at a fair share of the places the matcher finds it. A name of two words or
 * more is no ordinary phrase, and keeps its entity whatever its share; so does a title the text calls one
 * person by («البابا»), which the extraction reads as a name only where the title stands for that person.
 */

/** The share of a one-word name's mentions the extraction must have read as a person. */
export const MIN_SHARE_READ_AS_PERSON = 0.5;

/**
 * The entities to keep: every one, except persons whose name is one word that the extraction read as a name at
 * fewer than MIN_SHARE_READ_AS_PERSON of the places the matcher finds it. `readAsName` is how often the
 * extraction found each entity (its sightings); `mentions` must already hold the matcher's counts.
 */
export function withoutOneWordPersonsMostlyOrdinary(
  entities: readonly Entity[],
  readAsName: ReadonlyMap<Entity, number>,
): Entity[] {
  const dropped = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'person' || /\s/u.test(e.name.trim()) || lexicon().titles.has(bareOf(normalize(e.name)))) continue;
    let found = 0;
    for (const m of e.mentions) found += m.count;
    const read = readAsName.get(e) ?? 0;
    if (found > 0 && read < MIN_SHARE_READ_AS_PERSON * found) dropped.add(e.id);
  }
  if (!dropped.size) return [...entities];
  const kept = entities.filter((e) => !dropped.has(e.id));
  // co-mentions of a dropped person go with it
  for (const e of kept)
    if (e.related.some((r) => dropped.has(r.id))) e.related = e.related.filter((r) => !dropped.has(r.id));
  return kept;
}
