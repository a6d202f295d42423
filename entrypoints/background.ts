import { browser } from 'wxt/browser';
import { loadBuiltInDictionary, readBuiltInDictionary } from '@/lib/background/built-in';
import { createContextMenu, handleContextMenuClicks } from '@/lib/background/context-menu';
import { toDictionaryFile } from '@/lib/dictionary/export';
import { MatcherCache } from '@/lib/background/matcher-cache';
import { hostOf, pageStatus } from '@/lib/background/page-status';
import { SearchCache } from '@/lib/background/search-cache';
import { genericWords } from '@/lib/arabic/generic-words';
import { decodeText } from '@/lib/match/text-code';
import type { Broadcast, MatchedEntity } from '@/lib/messages/protocol';
import { serve } from '@/lib/messages/server';
import { openDatabase } from '@/lib/db/database';
import { DictionaryStore } from '@/lib/db/dictionary-store';

export default defineBackground(() => {
  const store = new DictionaryStore(openDatabase(), genericWords);
  const matchers = new MatcherCache(store);
  const searches = new SearchCache(store);

  /** Tells every open tab's content script to follow a change (re-highlight, or switch off/on). */
  async function broadcast(message: Broadcast) {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => { /* a tab without Kashif's content script */ });
    }
  }
  async function dictionaryChanged() {
    // compile now, once, before any tab asks: the tabs re-highlight right after this broadcast
    const { revision } = await matchers.get();
    await broadcast({ type: 'dictionaryChanged', revision });
  }

  // the built-in dictionary arrives at install and on every update; on startup it is checked again, so that an
  // install interrupted by the browser closing is completed (loadBuiltIn does nothing when already current)
  const loadBuiltIn = () => loadBuiltInDictionary(store)
    .then((changed) => (changed ? dictionaryChanged() : undefined))
    .catch((e: unknown) => console.error('kashif: the built-in dictionary was not loaded; the stored one is unchanged.', e));
  browser.runtime.onInstalled.addListener(() => { void loadBuiltIn(); createContextMenu(); });
  handleContextMenuClicks();
  browser.runtime.onStartup.addListener(() => { void loadBuiltIn(); });

  serve({
    async match({ text, decode }) {
      const { revision, matcher } = await matchers.get();
      const hits: number[] = [];
      const used = new Map<number, number>();
      const entities: MatchedEntity[] = [];
      for (const h of matcher.findMentions(decode === undefined ? text : decodeText(text, decode))) {
        let k = used.get(h.entity);
        if (k === undefined) {
          used.set(h.entity, (k = entities.length));
          const e = matcher.entities[h.entity]!;
          entities.push({ id: e.id, type: e.type, name: e.name });
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
      if (tabId === undefined) return null;
      // a frame reports its own mentions; the badge counts the top frame's (frames report into it through the page)
      if (sender.frameId && sender.frameId !== 0) return null;
      const count = new Set(ids).size;
      await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
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
      return { entity, related };
    },
    async search({ query, limit }) {
      return searches.search(query, limit);
    },
    async settings() {
      const { paused, disabledSites } = await store.settings();
      return { paused, disabledSites };
    },
    async setPaused({ paused }) {
      await store.updateSettings({ paused });
      await broadcast({ type: 'settingsChanged' });
      return null;
    },
    async setSiteEnabled({ host, enabled }) {
      const { disabledSites } = await store.settings();
      const sites = new Set(disabledSites);
      if (enabled) sites.delete(hostOf(`https://${host}/`) || host);
      else sites.add(hostOf(`https://${host}/`) || host);
      await store.updateSettings({ disabledSites: [...sites].sort() });
      await broadcast({ type: 'settingsChanged' });
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
      return { entities: entities.length, persons, orgs: entities.length - persons, revision: meta.revision, ...(meta.builtInBuiltAt ? { builtAt: meta.builtInBuiltAt } : {}) };
    },
    async listEntities() {
      return (await store.entities()).map((e) => ({
        id: e.id, type: e.type, name: e.name, role: e.roles[0]?.title ?? '', aliases: e.aliases.length,
        count: e.mentions.reduce((n, m) => n + m.count, 0), userEdited: !!e.userEdited,
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
    async importDictionary({ dictionary }) {
      await store.replaceAll(dictionary);
      await dictionaryChanged();
      return { entities: dictionary.entities.length };
    },
    async exportDictionary() {
      return toDictionaryFile(await store.entities(), (await store.meta()).sources ?? []);
    },
    async resetDictionary() {
      await store.reset(await readBuiltInDictionary());
      await dictionaryChanged();
      return null;
    },
  });
});
