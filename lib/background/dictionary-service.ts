import type { DictionaryStore } from '../db/dictionary-store';
import { toDictionaryFile } from '../dictionary/export';
import type { Dictionary } from '../dictionary/schema';
import { decodePiece } from '../text-code/decode';
import type { BackgroundToContent, MatchedEntity } from '../messages/protocol';
import type { Handlers } from '../messages/server';
import { cardEntity, cardSources } from './card';
import { createLearningHandlers } from './learning-service';
import { MatcherCache } from './matcher-cache';
import { hostOf, pageStatus } from './page-status';
import { SearchCache } from './search-cache';

/**
 * What the background does, one method per request type (after Dark Reader's adapter: the message handlers are
 * this object, and the entrypoint only wires it to the messaging). Tested against fake-indexeddb, no messaging.
 */
export type DictionaryService = Handlers;

/** What the service needs from the browser; the entrypoint passes the real ones, tests their own. */
export interface ServiceDeps {
  store: DictionaryStore;
  /** the built-in dictionary shipped with the extension, validated */
  readBuiltIn(): Promise<Dictionary>;
  /** tells every tab's content script; resolves once they have followed it */
  tellTabs(message: BackgroundToContent): Promise<void>;
  /** the toolbar badge of a tab */
  setBadge(tabId: number, text: string): Promise<void>;
  /** opens the manager on an entity */
  openManager(id: string): Promise<void>;
  /** the time learning records (tests pin it) */
  now?: () => Date;
  /** makes the extractor ready before the first page is learned (see lib/learn/tagger-weights) */
  prepareExtraction?: () => Promise<void>;
}

export interface Background {
  service: DictionaryService;
  /** merges the built-in dictionary in when it is new (install, update, or an install the browser interrupted) */
  loadBuiltIn(): Promise<void>;
}

export function createBackground({
  store,
  readBuiltIn,
  tellTabs,
  setBadge,
  openManager,
  now,
  prepareExtraction,
}: ServiceDeps): Background {
  const matchers = new MatcherCache(store);
  const searches = new SearchCache(store);

  async function dictionaryChanged() {
    // compile now, once, before any tab asks: the tabs re-highlight right after this message
    const { revision } = await matchers.get();
    void tellTabs({ type: 'dictionaryChanged', revision });
  }
  async function changeSites(change: (sites: Set<string>) => void) {
    const sites = new Set((await store.settings()).disabledSites);
    change(sites);
    await store.updateSettings({ disabledSites: [...sites].sort() });
  }

  const learning = createLearningHandlers({
    store,
    dictionaryChanged,
    settingsChanged: () => tellTabs({ type: 'settingsChanged' }),
    openManager,
    ...(now ? { now } : {}),
    ...(prepareExtraction ? { prepareExtraction } : {}),
  });

  const service: DictionaryService = {
    ...learning,
    async match({ text, decode }) {
      const { revision, matcher, learnedNew } = await matchers.get();
      const hits: number[] = [];
      const used = new Map<number, number>();
      const entities: MatchedEntity[] = [];
      for (const h of matcher.findMentions(decodePiece({ text, decode }))) {
        let k = used.get(h.entity);
        if (k === undefined) {
          used.set(h.entity, (k = entities.length));
          const e = matcher.entities[h.entity]!;
          entities.push({
            id: e.id,
            type: e.type,
            name: e.name,
            ...(learnedNew.has(h.entity) ? { learned: 'new' } : {}),
          });
        }
        hits.push(h.start, h.end, k);
      }
      return { revision, hits, entities };
    },
    async textCode() {
      return (await matchers.get()).matcher.textCode();
    },
    async pageStatus({ url }) {
      return pageStatus(await store.settings(), url);
    },
    async pageEntities({ ids }, sender) {
      const tabId = sender.tab?.id;
      // a frame reports its own mentions; the badge counts the top frame's (frames report into it through the page)
      if (tabId === undefined || (sender.frameId && sender.frameId !== 0)) return null;
      const count = new Set(ids).size;
      await setBadge(tabId, count ? String(count) : '');
      return null;
    },
    async entity({ id }) {
      return (await store.entity(id)) ?? null;
    },
    async card({ id }) {
      const entity = await store.entity(id);
      if (!entity) return null;
      const others = await Promise.all(entity.related.map((r) => store.entity(r.id)));
      const related = entity.related.flatMap((r, k) => {
        const o = others[k];
        return o ? [{ id: o.id, type: o.type, name: o.name, count: r.count }] : [];
      });
      return { ...cardEntity(entity), related, sources: cardSources(entity, (await store.meta()).sources ?? []) };
    },
    async search({ query, limit }) {
      return searches.search(query, limit);
    },
    async settings() {
      const {
        paused,
        disabledSites,
        cardLanguage = 'auto',
        learning = true,
        learningDisabledSites = [],
      } = await store.settings();
      return { paused, disabledSites, cardLanguage, learning, learningDisabledSites };
    },
    async setPaused({ paused }) {
      await store.updateSettings({ paused });
      await tellTabs({ type: 'settingsChanged' });
      return null;
    },
    async setSiteEnabled({ host, enabled }) {
      const site = hostOf(`https://${host}/`) || host;
      await changeSites((sites) => (enabled ? sites.delete(site) : sites.add(site)));
      await tellTabs({ type: 'settingsChanged' });
      return null;
    },
    async setCardLanguage({ cardLanguage }) {
      await store.updateSettings({ cardLanguage });
      await tellTabs({ type: 'settingsChanged' });
      return null;
    },
    async saveEntities({ entities }) {
      await store.saveUserEntities(entities);
      await dictionaryChanged();
      return null;
    },
    async deleteEntities({ ids }) {
      await store.deleteEntities(ids);
      await dictionaryChanged();
      return null;
    },
    async stats() {
      const [meta, entities] = await Promise.all([store.meta(), store.entities()]);
      const persons = entities.filter((e) => e.type === 'person').length;
      return {
        entities: entities.length,
        persons,
        orgs: entities.length - persons,
        revision: meta.revision,
        ...(meta.builtInBuiltAt ? { builtAt: meta.builtInBuiltAt } : {}),
      };
    },
    async listEntities() {
      return (await store.entities()).map((e) => ({
        id: e.id,
        type: e.type,
        name: e.name,
        role: e.roles[0]?.title ?? '',
        aliases: e.aliases.length,
        count: e.mentions.reduce((n, m) => n + m.count, 0),
        userEdited: !!e.userEdited,
        origin: e.origin ?? 'imported',
        ...(e.learned ? { learnedState: e.learned.state } : {}),
      }));
    },
    async mergeEntities({ into, from }) {
      const merged = await store.merge(into, from);
      await dictionaryChanged();
      return merged;
    },
    async addReviewed({ entities }) {
      await store.addReviewed(entities);
      await dictionaryChanged();
      return null;
    },
    async importDictionary({ dictionary, importId }) {
      await store.replaceAll(dictionary, importId);
      await dictionaryChanged();
      return { entities: dictionary.entities.length };
    },
    async importStatus({ importId }) {
      const { lastImport } = await store.meta();
      return lastImport?.id === importId
        ? { committed: true, entities: lastImport.entities }
        : { committed: false, entities: 0 };
    },
    async exportDictionary() {
      return toDictionaryFile(await store.entities(), (await store.meta()).sources ?? []);
    },
    async resetDictionary() {
      await store.reset(await readBuiltIn());
      await dictionaryChanged();
      return null;
    },
  };

  return {
    service,
    async loadBuiltIn() {
      if (await store.loadBuiltIn(await readBuiltIn())) await dictionaryChanged();
    },
  };
}
