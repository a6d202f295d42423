import type { SearchResult } from '../messages/protocol';
import { buildSearchIndex, search, type SearchIndex } from '../search/search';
import { isRejected, type DictionaryStore } from '../db/dictionary-store';
import type { Entity } from '../dictionary/schema';

/** The popup's search index for the current revision, built on the first search after a change. */
export class SearchCache {
  private current?: { revision: number; index: SearchIndex; entities: Entity[] };

  constructor(private readonly store: DictionaryStore) {}

  async search(query: string, limit: number): Promise<SearchResult[]> {
    const { revision } = await this.store.meta();
    if (this.current?.revision !== revision) {
      const entities = (await this.store.entities()).filter((e) => !isRejected(e));
      const searchable = entities.map((e) => ({ ...e, weight: e.mentions.reduce((n, m) => n + m.count, 0) }));
      this.current = { revision, index: buildSearchIndex(searchable), entities };
    }
    const { index, entities } = this.current;
    return search(index, query, limit).map((h) => {
      const e = entities[h.entity]!;
      return {
        id: e.id,
        type: e.type,
        name: e.name,
        matched: h.matched,
        ...(e.roles[0] ? { role: e.roles[0].title } : {}),
      };
    });
  }
}
