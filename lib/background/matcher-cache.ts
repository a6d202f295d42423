import { createMatcher, type Matcher } from '../match/matcher';
import type { DictionaryStore } from '../db/dictionary-store';

/**
 * The matcher for the stored dictionary's current revision, kept in memory while the service worker lives.
 * When MV3 restarts the worker, the first request reads the compiled tables back from IndexedDB (no compile);
 * a change of the dictionary bumps the revision, and the next request compiles once for all tabs.
 */
/** A revision's matcher, and which of its entities are learned and not confirmed yet (by index). */
export interface RevisionMatcher {
  revision: number;
  matcher: Matcher;
  learnedNew: ReadonlySet<number>;
}

export class MatcherCache {
  private current?: RevisionMatcher;
  private pending?: { revision: number; ready: Promise<RevisionMatcher> };

  constructor(private readonly store: DictionaryStore) {}

  async get(): Promise<RevisionMatcher> {
    const { revision } = await this.store.meta();
    if (this.current?.revision === revision) return this.current;
    // concurrent requests for one revision share one compile; a newer revision starts its own
    if (this.pending?.revision !== revision) {
      const ready = this.store.compiled().then(({ revision: compiledFor, compiled, learnedNew }) => {
        const made = { revision: compiledFor, matcher: createMatcher(compiled), learnedNew: new Set(learnedNew) };
        if (!this.current || this.current.revision < compiledFor) this.current = made;
        return made;
      });
      this.pending = { revision, ready };
      void ready
        .finally(() => {
          if (this.pending?.ready === ready) this.pending = undefined;
        })
        .catch(() => undefined);
    }
    return this.pending.ready;
  }
}
