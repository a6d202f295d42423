import { ask } from '@/lib/messages/client';
import { listenInContent } from '@/lib/messages/content';
import { type EarlyRead, PageAnnotator } from '@/lib/page/annotator';
import { Card } from '@/lib/page/card';
import { cardLanguage } from '@/lib/page/card-language';
import { CARD_TAG } from '@/lib/page/card-tag';
import { watchChanges } from '@/lib/page/changes';
import { Highlighter } from '@/lib/page/highlighter';
import { rangeOf } from '@/lib/page/occurrence';
import { trackHover } from '@/lib/page/hover';
import { PageLearner } from '@/lib/page/learn-from-page';
import { pageEntities, reveal } from '@/lib/page/reveal';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return; // no Custom Highlight API: Kashif stays out of the way
    const annotator = new PageAnnotator(new Highlighter(), (piece) => ask('match', piece));
    // the text goes in the background's compact code when it gives one (the code follows the dictionary)
    const fetchTextCode = () =>
      ask('textCode', {}).then(
        (code) => annotator.useTextCode(code),
        () => annotator.useTextCode(undefined),
      );
    // the card's Keep, Not a name and Edit on a learned entity; the dictionary change they make re-highlights the page
    const card = new Card({
      keep: (id) => ask('keepLearned', { id }),
      reject: (id) => ask('rejectLearned', { id }),
      edit: (id) => ask('openInManager', { id }),
    });
    let stopWatching: (() => void) | undefined;
    let stopHover: (() => void) | undefined;
    let started = false;
    const isTop = window === window.top;
    // learning as the reader reads: the top frame's article, once the page is highlighted (lib/page/learn-from-page)
    const learner = new PageLearner(
      (article) => ask('learnPage', article),
      ({ revision }) => followDictionary(revision),
    );

    const report = () => {
      if (!isTop) return;
      // the badge counts distinct entities: each is sent once (a long page has tens of thousands of mentions)
      const ids = [...annotator.highlighter.entityCounts().keys()];
      void ask('pageEntities', { ids }).catch(() => undefined);
    };
    const annotate = async (roots: Node[]) => {
      annotator.highlighter.pruneDisconnected();
      await annotator.annotate(roots);
      report();
    };
    const pageRoot = () => document.body ?? document.documentElement;
    const annotatePage = (early?: EarlyRead) => annotator.annotatePage(pageRoot(), report, early);
    // the first start reads the viewport's text while the background answers (see readViewportEarly)
    let early: EarlyRead | undefined;

    async function start() {
      const asked = Promise.all([ask('pageStatus', { url: location.href }), fetchTextCode()]);
      if (!started) early = annotator.readViewportEarly(pageRoot());
      started = true;
      const [status] = await asked;
      const earlyRead = early;
      early = undefined;
      if (!status.enabled) {
        earlyRead?.drop();
        return stop();
      }
      card.setLanguage(cardLanguage(status.cardLanguage));
      learner.enabled = isTop && status.learning;
      if (stopWatching) return learner.schedule();
      stopWatching = watchChanges(
        document.documentElement,
        {
          changed: (roots) => {
            void annotate(roots);
            learner.pageChanged(); // a single-page site's new article (lib/page/learn-from-page)
          },
          // a region that keeps changing is backed off: no highlights in it until it calms (lib/page/changes.ts)
          hot: (region) => annotator.highlighter.holdBack(region),
          calm: (region) => annotator.highlighter.release(region),
        },
        (n) =>
          n.nodeName.toLowerCase() === CARD_TAG || (!!n.parentNode && n.parentNode.nodeName.toLowerCase() === CARD_TAG),
      );
      stopHover = trackHover(annotator.highlighter, {
        open: (m) => {
          void ask('card', { id: m.entity.id }).then((c) => (c ? card.show(c, rangeOf(m)) : undefined));
        },
        close: () => card.hide(),
        overCard: (target) => card.isOver(target),
        shown: () => card.visible,
      });
      await annotatePage(earlyRead);
      learner.schedule();
    }
    /** Matches the page again for a newer dictionary (told by the background, or by what learning added), once. */
    let following = -1;
    function followDictionary(revision: number) {
      if (!stopWatching || revision === annotator.revision || revision === following) return;
      following = revision;
      annotator.reset();
      void fetchTextCode().then(() => annotatePage());
    }
    function stop() {
      learner.enabled = false;
      stopWatching?.();
      stopHover?.();
      stopWatching = stopHover = undefined;
      annotator.reset();
      card.hide();
      report();
    }

    // messages arrive validated (lib/messages/content); the popup and the manager talk to the top frame, which knows
    // the page's host and its main text
    listenInContent({
      pageMentions: () =>
        isTop
          ? { host: location.hostname, entities: pageEntities(annotator.highlighter), tooLarge: annotator.tooLarge }
          : undefined,
      // innerText: what the reader sees, blocks on their own lines, scripts and hidden text left out
      pageText: () =>
        isTop ? { url: location.href, title: document.title, text: document.body?.innerText ?? '' } : undefined,
      reveal: ({ id, index }) => (isTop ? reveal(annotator.highlighter, id, index) : undefined),
      dictionaryChanged: ({ revision }) => {
        followDictionary(revision);
        return undefined;
      },
      // the top frame answers once it has followed the change: the popup then reads the page's mentions again
      settingsChanged: () => (isTop ? start().then(() => null) : void start()),
    });
    void start();
  },
});
