import type { ConfidenceReason, Entity } from '../dictionary/schema';

/**
 * A body the tagger alone read, under a name the corpus mostly uses otherwise: «الأمن» (security) read once as a
 * body in «الممثل الأعلى للأمن», «الشرق الأوسط» (the region) read as the newspaper, «نيسان» (the month) read as the
 * car maker. Once in the dictionary the name would be highlighted at every one of its uses, so such a body is kept
 * only when the tagger read the name as a body at a fair share of the places the matcher finds it.
 */

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** The share of a name's mentions the tagger must have read as that body. */
export const MIN_SHARE_READ_AS_BODY = 0.5;

/** Whether the entity rests on the tagger alone (no head noun, credit, known name or title backs it). */
function onlyByModel(reasons: ReadonlySet<ConfidenceReason>): boolean {
  for (const r of reasons) if (r !== 'model' && r !== 'several-articles') return false;
  return reasons.has('model');
}

/**
 * The entities to keep: every one, except bodies the tagger alone read that the extraction saw at fewer than
 * MIN_SHARE_READ_AS_BODY of the places the matcher finds their names, and names the tagger alone read in a script
 * other than Arabic. `readAsBody` is how often the extraction
 * found each entity (its sightings); `mentions` must already hold the matcher's counts.
 */
export function withoutMostlyOrdinaryNames(
  entities: readonly Entity[],
  reasons: ReadonlyMap<Entity, ReadonlySet<ConfidenceReason>>,
  readAsBody: ReadonlyMap<Entity, number>,
): Entity[] {
  const dropped = new Set<string>();
  for (const e of entities) {
    const byModelAlone = onlyByModel(reasons.get(e) ?? new Set());
    // the tagger learned from Arabic text only: a name it alone read in another script is a guess (English
    // sentences quoted in an article came out as bodies, «Good conversation with Algerian Foreign Minister»)
    if (byModelAlone && !ARABIC_LETTER.test(e.name)) {
      dropped.add(e.id);
      continue;
    }
    if (e.type !== 'org' || !byModelAlone) continue;
    let found = 0;
    for (const m of e.mentions) found += m.count;
    const read = readAsBody.get(e) ?? 0;
    if (found > 0 && read < MIN_SHARE_READ_AS_BODY * found) dropped.add(e.id);
  }
  if (!dropped.size) return [...entities];
  const kept = entities.filter((e) => !dropped.has(e.id));
  // co-mentions of a dropped entity go with it
  for (const e of kept)
    if (e.related.some((r) => dropped.has(r.id))) e.related = e.related.filter((r) => !dropped.has(r.id));
  return kept;
}
