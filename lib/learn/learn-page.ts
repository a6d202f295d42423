import { mergeEntities } from '../dictionary/merge-entities';
import type { Entity, Source } from '../dictionary/schema';
import { buildDictionary } from '../extract/build';
import { boundNewLearned, MAX_NEW_LEARNED } from './bound';
import { KnownNames } from './known-names';
import { pageSource, type PageArticle } from './page-source';

/** What learning one page changes in the stored dictionary. */
export interface PageLearning {
  /** entities to write: new learned ones, and known ones the page adds a mention to */
  put: Entity[];
  /** ids of 'new' learned entities dropped to keep the set bounded */
  remove: string[];
  /** the page, as the source the new mentions refer to; absent when nothing refers to it */
  source?: Source;
  /** how many entities were learned new, and how many learned ones this page confirmed */
  added: number;
  confirmed: number;
}

export interface LearnOptions {
  now: Date;
  /** at most this many learned entities in state 'new' (see boundNewLearned) */
  maxNew?: number;
  /** ids the reader deleted (no `into`) or merged into another (`into`): see Tombstone */
  tombstones?: ReadonlyMap<string, string | undefined>;
}

/**
 * Learns the persons and bodies a page's article names, with the same extraction as the CLI's `build` on one
 * article. A name the dictionary knows (any origin, any spelling it has) gets the page as a mention; a learned one
 * also the page's site, and two different sites confirm it. A name the reader rejected or deleted is never learned
 * again. Anything else becomes a learned entity in state 'new'. The reader's edits stay as they are.
 */
export function learnPage(page: PageArticle, known: readonly Entity[], options: LearnOptions): PageLearning {
  const source = pageSource(page);
  const now = options.now.toISOString();
  const found = buildDictionary([{ id: source.id, file: source.file, text: page.text }], { now: options.now }).entities;

  const names = new KnownNames(known, options.tombstones);
  const changed = new Map<string, Entity>();
  const current = (id: string) => changed.get(id) ?? names.get(id);
  // the stored id each found entity becomes, so that co-mentions point at stored entities
  const target = new Map<string, string>();
  const resolved = found.map((f) => {
    const r = names.resolve(f);
    if (r.kind !== 'refused') target.set(f.id, r.kind === 'known' ? r.id : f.id);
    return r;
  });
  const relatedOf = (f: Entity) =>
    f.related.flatMap((r) => {
      const id = target.get(r.id);
      return id && id !== target.get(f.id) ? [{ id, count: r.count }] : [];
    });

  const learnedNew = new Set<string>();
  let confirmed = 0;
  found.forEach((f, k) => {
    const r = resolved[k]!;
    if (r.kind === 'refused') return;
    const page = { ...f, related: relatedOf(f) };
    if (r.kind === 'new') {
      const learned = { state: 'new' as const, sites: [source.site!], firstSeen: now, lastSeen: now };
      const entity: Entity = { ...page, origin: 'learned', learned };
      changed.set(entity.id, entity);
      names.add(entity);
      learnedNew.add(entity.id);
      return;
    }
    const had = current(r.id)!;
    // the page was learned before: reading it again adds nothing
    if (had.mentions.some((m) => m.source === source.id)) return;
    const next = withPage(had, page, source.site!, now);
    if (had.learned?.state === 'new' && next.learned?.state === 'confirmed') confirmed++;
    changed.set(next.id, next);
  });

  const { keep, remove } = boundNewLearned([...changed.values()], known, options.maxNew ?? MAX_NEW_LEARNED);
  const referred = keep.some((e) => e.mentions.some((m) => m.source === source.id));
  const added = keep.filter((e) => learnedNew.has(e.id)).length;
  return { put: keep, remove, ...(referred ? { source } : {}), added, confirmed };
}

/**
 * A known entity with the page's mention added (through the merge the reader's own merges use). Its name, type,
 * note and whether the reader edited it stay; the page's names and roles join only an entity nobody edited, and
 * names only a learned one (an alias of a built-in or imported entity is the dictionary's, not a page's).
 */
function withPage(had: Entity, page: Entity, site: string, now: string): Entity {
  const editable = !had.userEdited;
  const merged = mergeEntities(had, [
    {
      ...page,
      name: had.name,
      aliases: editable && had.origin === 'learned' ? page.aliases : [],
      roles: editable ? page.roles : [],
    },
  ]);
  const { userEdited: _merged, ...rest } = merged;
  const next: Entity = { ...rest, ...(had.userEdited ? { userEdited: true } : {}) };
  if (had.note === undefined) delete next.note;
  else next.note = had.note;
  if (had.learned) {
    const sites = had.learned.sites.includes(site) ? had.learned.sites : [...had.learned.sites, site];
    const state = had.learned.state === 'new' && sites.length >= 2 ? 'confirmed' : had.learned.state;
    next.learned = { ...had.learned, state, sites, lastSeen: now };
  }
  return next;
}
