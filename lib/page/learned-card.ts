import type { Responses } from '../messages/protocol';
import { bdi, el } from '../ui/dom';
import { dateOf } from '../ui/entity-facts';
import type { Words } from '../ui/words';

type Card = NonNullable<Responses['card']>;

/** What the reader can say about a learned entity from its card (each a request to the background). */
export interface LearnedActions {
  /** Keep: a 'new' entity becomes confirmed */
  keep(id: string): Promise<unknown>;
  /** Not a name: a 'new' entity becomes rejected, its highlight goes, and it is never learned again */
  reject(id: string): Promise<unknown>;
  /** Edit: the manager opens on the entity */
  edit(id: string): Promise<unknown>;
}

/** At most this many sites are named on the card; the manager lists them all. */
const SITES_SHOWN = 4;

/**
 * The card's part for an entity learned from pages: that it was learned (and whether it is still new), on which
 * sites and since when (the articles themselves, titled, dated and linked, are in the card's list of sources), and
 * for a new one the reader's Keep, Not a name and Edit. Buttons answer only the reader's own clicks: a page can
 * dispatch synthetic events at any element it can reach, and "Not a name" must never be its choice.
 */
export function learnedPart(card: Card, words: Words, actions: LearnedActions, done: () => void): HTMLElement[] {
  const { entity } = card;
  const learned = entity.learned;
  if (entity.origin !== 'learned' || !learned || learned.state === 'rejected') return [];
  const isNew = learned.state === 'new';
  const facts = el(
    'div',
    { class: `learned ${learned.state}` },
    el('div', { class: 'learned-head', text: words.text(isNew ? 'learnedNew' : 'learnedConfirmed') }),
  );
  if (learned.sites.length) {
    const sites = el('span', { class: 'sites' });
    learned.sites.slice(0, SITES_SHOWN).forEach((site, k) => {
      if (k) sites.append(words.lang === 'ar' ? '، ' : ', ');
      sites.append(bdi(site, 'site'));
    });
    if (learned.sites.length > SITES_SHOWN) sites.append(' …');
    facts.append(el('div', {}, el('span', { class: 'label', text: `${words.text('learnedSites')}: ` }), sites));
  }
  facts.append(
    el(
      'div',
      {},
      el('span', { class: 'label', text: `${words.text('learnedSince')}: ` }),
      dateOf(learned.firstSeen.slice(0, 10), words),
    ),
  );
  const buttons: HTMLButtonElement[] = [];
  if (isNew)
    buttons.push(
      readerButton(words.text('keepLearned'), 'keep', () => actions.keep(entity.id), done),
      readerButton(words.text('rejectLearned'), 'reject', () => actions.reject(entity.id), done),
    );
  buttons.push(readerButton(words.text('edit'), 'edit', () => actions.edit(entity.id), done));
  const group = el('div', { class: 'learned-actions', role: 'group', 'aria-label': words.text('learnedQuestion') });
  group.append(...buttons);
  return [facts, group];
}

/** A button that acts on trusted clicks only, once: it is disabled while its request is on its way. */
function readerButton(label: string, kind: string, act: () => Promise<unknown>, done: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: `action ${kind}` }, label);
  b.addEventListener('click', (e) => {
    if (!e.isTrusted || b.disabled) return;
    b.disabled = true;
    act().then(done, () => {
      b.disabled = false;
    });
  });
  return b;
}
