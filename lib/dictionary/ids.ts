import { withoutArticles } from '../arabic/clitics';
import { normalize } from '../arabic/normalize';
import type { EntityType } from './schema';

/** The key two names of one entity share: normalized, and without the article on any word («الامم» = «امم»). */
export function entityKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = withoutArticles(normalize(name));
    // the merge asks again and again for the keys of the same names and titles: a bounded memo answers them
    if (keys.size >= KEYS_CACHE_SIZE) keys.clear();
    keys.set(name, key);
  }
  return key;
}

const KEYS_CACHE_SIZE = 100_000;
const keys = new Map<string, string>();

/** FNV-1a, 32 bits: a short id that stays the same for the same name across rebuilds. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

export function entityId(type: EntityType, canonicalName: string): string {
  return `${type === 'person' ? 'p' : 'o'}-${fnv1a(entityKey(canonicalName))}`;
}
