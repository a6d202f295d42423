/**
 * The 100,000-entry dictionary the matcher is measured with: the real entities of the seed dictionary plus
 * synthetic persons (60%) and organizations (40%) from names.ts, with the aliases such entries have (a person's
 * name without the father's name, a kunya; an organization's short form or Latin acronym).
 */
import { keyOf } from '../../lib/match/compile';
import type { MatchableEntity } from '../../lib/match/types';
import { type Trie } from '../../lib/match/trie';
import { orgName, personName } from './names';
import { seeded } from './random';

export function syntheticDictionary(seedEntities: readonly MatchableEntity[], size: number): MatchableEntity[] {
  const entities: MatchableEntity[] = seedEntities.map(({ id, type, name, aliases }) => ({ id, type, name, aliases }));
  const seen = new Set(entities.map((e) => keyOf(e.name)));
  const persons = Math.round((size - entities.length) * 0.6);
  for (let k = 0; entities.length < seedEntities.length + persons; k++) {
    const p = personName(k);
    if (seen.has(keyOf(p.full))) continue;
    seen.add(keyOf(p.full));
    const rng = seeded(k ^ 0x5bd1e995);
    const aliases: string[] = [];
    const short = `${p.given} ${p.family}`;
    if (short !== p.full && rng.chance(0.5)) aliases.push(short);
    if (!p.given.includes(' ') && rng.chance(0.1)) aliases.push(`أبو ${p.given}`);
    entities.push({ id: `person-${k}`, type: 'person', name: p.full, aliases });
  }
  for (let k = 0; entities.length < size; k++) {
    const o = orgName(k);
    if (seen.has(keyOf(o.full))) continue;
    seen.add(keyOf(o.full));
    entities.push({ id: `org-${k}`, type: 'org', name: o.full, aliases: o.alias ? [o.alias] : [] });
  }
  return entities;
}

/** Every key of a compiled trie, so that the peer automaton is given exactly the same strings. */
export function trieKeys(trie: Trie): string[] {
  const keys: string[] = [];
  const stack: { node: number; prefix: string }[] = [{ node: 0, prefix: '' }];
  while (stack.length) {
    const { node, prefix } = stack.pop()!;
    if (trie.output[node]! >= 0) keys.push(prefix);
    for (let e = trie.firstEdge[node]!; e < trie.firstEdge[node + 1]!; e++) {
      stack.push({ node: trie.edgeTarget[e]!, prefix: prefix + String.fromCharCode(trie.edgeChar[e]!) });
    }
  }
  return keys;
}
