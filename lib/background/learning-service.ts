import type { DictionaryStore } from '../db/dictionary-store';
import { learnPage } from '../learn/learn-page';
import { moveLearned, type LearnedMove } from '../learn/learned-state';
import type { Handlers } from '../messages/server';
import { hostOf, learningOn } from './page-status';

type LearningRequest =
  'learnPage' | 'keepLearned' | 'rejectLearned' | 'openInManager' | 'setLearning' | 'pruneLearned' | 'restoreLearned';

export type LearningHandlers = Pick<Handlers, LearningRequest>;

export interface LearningDeps {
  store: DictionaryStore;
  /** after a change the matcher sees: compiles, then tells the tabs */
  dictionaryChanged(): Promise<void>;
  settingsChanged(): Promise<void>;
  /** opens the manager on an entity (the card's Edit) */
  openManager(id: string): Promise<void>;
  /** the time learning records (tests pin it) */
  now?: () => Date;
  /** makes the extractor ready before the first page (the extension reads the tagger's weights then) */
  prepareExtraction?: () => Promise<void>;
}

/**
 * Learning as the reader reads (issue 14 §1): the article a content script sends is learned here, in the
 * background, and only where the reader's switches allow it. The reader's Keep, "Not a name" and Restore move a
 * learned entity between its states; pruning removes them by state.
 */
export function createLearningHandlers({
  store,
  dictionaryChanged,
  settingsChanged,
  openManager,
  now = () => new Date(),
  prepareExtraction = () => Promise.resolve(),
}: LearningDeps): LearningHandlers {
  async function move(id: string, how: LearnedMove) {
    await store.changeEntity(id, (e) => moveLearned(e, id, how, now()));
    await dictionaryChanged();
    return null;
  }
  async function changeSites(change: (sites: Set<string>) => void) {
    const sites = new Set((await store.settings()).learningDisabledSites ?? []);
    change(sites);
    await store.updateSettings({ learningDisabledSites: [...sites].sort() });
  }

  return {
    async learnPage({ url, title, text, date }, sender) {
      // the switches are checked for the site the reader is on (the sender's page) and the one the article names;
      // an extension page (the manager) is on no site: the article's own counts
      const host = /^https?:/iu.test(sender.url ?? '') ? hostOf(sender.url!) : hostOf(url);
      const settings = await store.settings();
      if (!learningOn(settings, host) || !learningOn(settings, hostOf(url)) || !text.trim())
        return { added: 0, confirmed: 0, revision: (await store.meta()).revision };
      await prepareExtraction();
      const page = { url, title, text, host, ...(date ? { date } : {}) };
      const learned = await store.learn((entities, tombstones) =>
        learnPage(page, entities, { now: now(), tombstones }),
      );
      if (learned.matcherChanged) await dictionaryChanged();
      return { added: learned.added, confirmed: learned.confirmed, revision: learned.revision };
    },
    keepLearned: ({ id }) => move(id, 'keep'),
    rejectLearned: ({ id }) => move(id, 'reject'),
    restoreLearned: ({ id }) => move(id, 'restore'),
    async openInManager({ id }) {
      await openManager(id);
      return null;
    },
    async setLearning({ host, enabled }) {
      if (host === undefined) await store.updateSettings({ learning: enabled });
      else {
        const site = hostOf(`https://${host}/`) || host;
        await changeSites((sites) => (enabled ? sites.delete(site) : sites.add(site)));
      }
      await settingsChanged();
      return null;
    },
    async pruneLearned({ states }) {
      const removed = await store.pruneLearned(states);
      if (removed) await dictionaryChanged();
      return { removed };
    },
  };
}
