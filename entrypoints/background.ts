import { browser } from 'wxt/browser';
import { readBuiltInDictionary, readPackagedJson } from '@/lib/background/built-in';
import { createContextMenu, handleContextMenuClicks, managerUrl } from '@/lib/background/context-menu';
import { createBackground } from '@/lib/background/dictionary-service';
import { genericWords } from '@/lib/arabic/generic-words';
import { tellAllContent } from '@/lib/messages/content';
import { serve } from '@/lib/messages/server';
import { openDatabase } from '@/lib/db/database';
import { DictionaryStore } from '@/lib/db/dictionary-store';
import { lazyTaggerWeights, TAGGER_WEIGHTS_FILE } from '@/lib/learn/tagger-weights';

/** Wires the background's parts to the browser: the service (lib/background/dictionary-service) does the work. */
export default defineBackground(() => {
  const { service, loadBuiltIn } = createBackground({
    store: new DictionaryStore(openDatabase(), genericWords),
    readBuiltIn: readBuiltInDictionary,
    tellTabs: tellAllContent,
    async setBadge(tabId, text) {
      await browser.action.setBadgeText({ tabId, text });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
    },
    async openManager(id) {
      await browser.tabs.create({ url: managerUrl({ entity: id }) });
    },
    // the build leaves the weights out of background.js: read on the first page learned, not at each worker start
    prepareExtraction: lazyTaggerWeights(() => readPackagedJson(TAGGER_WEIGHTS_FILE)),
  });

  // the built-in dictionary arrives at install and on every update; on startup it is checked again, so that an
  // install interrupted by the browser closing is completed (loading does nothing when it is already current)
  const load = () =>
    loadBuiltIn().catch((e: unknown) =>
      console.error('kashif: the built-in dictionary was not loaded; the stored one is unchanged.', e),
    );
  browser.runtime.onInstalled.addListener(() => {
    void load();
    createContextMenu();
  });
  browser.runtime.onStartup.addListener(() => {
    void load();
  });
  handleContextMenuClicks();

  serve(service);
});
