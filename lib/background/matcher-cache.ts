import { createMatcher, type Matcher } from '../match/matcher';
import type { DictionaryStore } from '../db/dictionary-store';

/**
 * The matcher for the stored dictionary's current revision, kept in memory while the service worker lives.
 * When MV3 restarts the worker, the first request reads the compiled tables back from IndexedDB (no compile);
 * a change of the dictionary bumps the revision, and the next request compiles once for all tabs.
 */
export class MatcherCache {
  private current?: { revision: number; matcher: Matcher };
  private pending?: Promise<{ revision: number; matcher: Matcher }>;

  constructor(private readonly store: DictionaryStore) {}

  async get(): Promise<{ revision: number; matcher: Matcher }> {
    const { revision } = await this.store.meta();
    if (this.current?.revision === revision) return this.current;
    // concurrent requests after a change share one compile
    this.pending ??= this.store.compiled().then(({ revision, compiled }) => {
      this.current = { revision, matcher: createMatcher(compiled) };
      return this.current;
    }).finally(() => { this.pending = undefined; });
    return this.pending;
  }
}
