import { normalize } from '../arabic/normalize';
import type { EntityType } from '../dictionary/schema';

/** The key two names of one entity share: normalized, and without the article on any word («الامم» = «امم»). */
export function entityKey(name: string): string {
  return normalize(name)
    .split(' ')
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w))
    .join(' ');
}

/** FNV-1a, 32 bits: a short id that stays the same for the same name across rebuilds. */
function fnv1a(s: string): string {
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
