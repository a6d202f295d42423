import { browser } from 'wxt/browser';
import { ask } from '@/lib/messages/client';
import { askContent } from '@/lib/messages/content';
import {
  CARD_LANGUAGES,
  type CardLanguage,
  type ContentResponses,
  type ExtensionPageToContent,
  type Responses,
  type SearchResult,
} from '@/lib/messages/protocol';
import { button, el } from '@/lib/ui/dom';
import { entityView } from '@/lib/ui/entity-view';
import { applyLocale, t } from '@/lib/ui/i18n';
import { ResultList } from './result-list';
import './style.css';

applyLocale();
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const query = $<HTMLInputElement>('query');
const detail = $('detail');
const pageSection = $('page');

query.placeholder = t('searchPlaceholder');
query.setAttribute('aria-label', t('searchLabel'));
$('page-title').textContent = t('onThisPage');
$('site-label').textContent = t('siteOn');
$('paused-label').textContent = t('paused');
$('learning-label').textContent = t('learnFromPages');
$('learning-site-label').textContent = t('learnOnSite');
$('card-language-label').textContent = t('cardLanguage');
$('manager').textContent = t('manager');
query.focus();
// the benchmark reads this: open-to-usable is the time until the search box takes typing
performance.mark('kashif-popup-usable');

const results = new ResultList($('results'), query, $('empty'), (r) => void openEntity(r.id));

/** Searching as the reader types; a slower older answer never replaces a newer one. */
let searchSeq = 0;
query.addEventListener('input', () => {
  const seq = ++searchSeq;
  const q = query.value.trim();
  closeDetail();
  if (!q) {
    results.show([], false);
    pageSection.hidden = false;
    return;
  }
  pageSection.hidden = true;
  void ask('search', { query: q, limit: 20 }).then((found: SearchResult[]) => {
    if (seq === searchSeq) results.show(found, true);
  });
});
query.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !detail.hidden) {
    e.preventDefault();
    closeDetail();
    results.focusInput();
  } else results.onKey(e);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !detail.hidden && e.target !== query) {
    e.preventDefault();
    closeDetail();
    query.focus();
  }
});

async function openEntity(id: string) {
  const card = await ask('card', { id });
  if (!card) return;
  detail.replaceChildren(
    button(
      t('back'),
      () => {
        closeDetail();
        query.focus();
      },
      { class: 'link' },
    ),
    entityView(card, {
      openRelated: (other) => void openEntity(other),
      loadEntity: () => wholeEntity(id),
      // the card may hold only the start of long lists: the note is saved on the whole entity
      saveNote: async (note) => {
        await ask('saveEntities', { entities: [{ ...(await wholeEntity(id)), note }] });
      },
    }),
  );
  detail.hidden = false;
  results.hide();
  (detail.querySelector('button') as HTMLButtonElement | null)?.focus();
}

async function wholeEntity(id: string) {
  const entity = await ask('entity', { id });
  if (!entity) throw new Error(`kashif: no entity "${id}"`);
  return entity;
}

function closeDetail() {
  detail.hidden = true;
  detail.replaceChildren();
  if (query.value.trim()) results.unhide();
}

/** Asks the active tab's content script; pages without one (the browser's own) have no answer. */
async function askTab<T extends ExtensionPageToContent['type']>(
  request: Extract<ExtensionPageToContent, { type: T }>,
): Promise<ContentResponses[T] | undefined> {
  const tab = await pageTab();
  return tab?.id === undefined ? undefined : askContent(tab.id, request);
}

/**
 * The page the popup is about: the active tab of the current window. When the popup is opened as a page of its own
 * (pinned in a tab or a window, as the browser tests do), that tab is itself: then the active tab of another window.
 */
async function pageTab() {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return (await browser.tabs.query({ active: true })).find(
    (tab) => tab.id !== self.id && tab.windowId !== self.windowId,
  );
}

async function showPage() {
  const body = $('page-body');
  const page = await askTab({ type: 'pageMentions' });
  const settings = await ask('settings', {});
  const site = $<HTMLInputElement>('site');
  const paused = $<HTMLInputElement>('paused');
  paused.checked = settings.paused;
  paused.addEventListener('change', () => void ask('setPaused', { paused: paused.checked }).then(showPageAgain));
  showCardLanguage(settings.cardLanguage);
  showLearning(settings, page?.host);
  if (!page) {
    body.replaceChildren(el('p', { class: 'muted', text: t('noPage') }));
    site.disabled = true;
    return;
  }
  site.checked = !settings.disabledSites.includes(page.host);
  site.onchange = () => void ask('setSiteEnabled', { host: page.host, enabled: site.checked }).then(showPageAgain);
  renderPageEntities(page);
}

/**
 * Learning from the pages the reader reads: on by default, off everywhere or on one site. The site's switch says
 * what happens on this site, so it is off (and cannot be turned on) while learning is off everywhere.
 */
function showLearning(settings: Responses['settings'], host: string | undefined) {
  const everywhere = $<HTMLInputElement>('learning');
  const onSite = $<HTMLInputElement>('learning-site');
  let on = settings.learning;
  let siteOn = !!host && !settings.learningDisabledSites.includes(host);
  const draw = () => {
    everywhere.checked = on;
    onSite.checked = on && siteOn;
    onSite.disabled = !on || !host;
  };
  draw();
  everywhere.onchange = () => {
    on = everywhere.checked;
    draw();
    void ask('setLearning', { enabled: on });
  };
  onSite.onchange = () => {
    if (!host) return;
    siteOn = onSite.checked;
    draw();
    void ask('setLearning', { host, enabled: siteOn });
  };
}

const CARD_LANGUAGE_LABEL = { auto: 'cardLanguageAuto', ar: 'cardLanguageAr', en: 'cardLanguageEn' } as const;

/** The card's language: Automatic follows each page's language; the open pages' cards follow a change at once. */
function showCardLanguage(current: CardLanguage) {
  const select = $<HTMLSelectElement>('card-language');
  select.replaceChildren(
    ...CARD_LANGUAGES.map((l) => {
      const option = el('option', { value: l, text: t(CARD_LANGUAGE_LABEL[l]) });
      option.selected = l === current;
      return option;
    }),
  );
  select.onchange = () => void ask('setCardLanguage', { cardLanguage: select.value as CardLanguage });
}

/** After a switch: the background answers once the page has followed it (see tellAllContent), so this reads it anew. */
async function showPageAgain() {
  const page = await askTab({ type: 'pageMentions' });
  if (page) renderPageEntities(page);
}

function renderPageEntities(page: ContentResponses['pageMentions']) {
  const body = $('page-body');
  if (!page.entities.length) {
    body.replaceChildren(el('p', { class: 'muted', text: t(page.tooLarge ? 'pageTooLarge' : 'nothingOnPage') }));
    return;
  }
  const groups = (['person', 'org'] as const).map((type) => {
    const list = page.entities.filter((e) => e.type === type);
    if (!list.length) return undefined;
    return el(
      'section',
      {},
      el('h3', { text: `${t(type === 'person' ? 'persons' : 'orgs')} (${list.length})` }),
      el(
        'ul',
        { class: 'page-list' },
        ...list.map((e) => {
          let index = -1;
          const go = (step: number) => {
            index += step;
            void askTab({ type: 'reveal', id: e.id, index }).then((r) => {
              if (r) index = r.index;
            });
          };
          return el(
            'li',
            { 'data-id': e.id },
            button(e.name, () => go(index < 0 ? 1 : 0), { class: `link name ${e.type}` }),
            el('span', { class: 'muted', text: `×${e.count}` }),
            button('‹', () => go(-1), { class: 'nav', 'aria-label': t('previous'), title: t('previous') }),
            button('›', () => go(1), { class: 'nav', 'aria-label': t('next'), title: t('next') }),
          );
        }),
      ),
    );
  });
  body.replaceChildren(...groups.filter((g): g is HTMLElement => !!g));
  if (page.tooLarge) body.prepend(el('p', { class: 'muted', id: 'page-too-large', text: t('pageTooLarge') }));
}

void showPage();
