// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../lib/dictionary/schema';
import type { Responses } from '../../lib/messages/protocol';
import { learnedPart, type LearnedActions } from '../../lib/page/learned-card';
import { wordsFor } from '../../lib/ui/words';
import arabic from '../../public/_locales/ar/messages.json';
import english from '../../public/_locales/en/messages.json';

function learnedCard(state: 'new' | 'confirmed' | 'rejected', origin: Entity['origin'] = 'learned') {
  const entity: Entity = {
    id: 'person:سليم البرقاوي',
    type: 'person',
    name: 'سليم البرقاوي',
    aliases: [],
    roles: [],
    mentions: [{ source: 'page-1', count: 2, snippet: 'قال وزير الخارجية سليم البرقاوي' }],
    related: [],
    origin,
    learned: {
      state,
      sites: ['news.example', 'akhbar.example'],
      firstSeen: '2026-11-30T08:00:00.000Z',
      lastSeen: '2026-12-01T08:00:00.000Z',
    },
  };
  return { entity, related: [], sources: [{ id: 'page-1', title: 'البرقاوي', url: 'https://news.example/a' }] };
}

function actions() {
  return {
    keep: vi.fn(() => Promise.resolve(null)),
    reject: vi.fn(() => Promise.resolve(null)),
    edit: vi.fn(() => Promise.resolve(null)),
  } satisfies LearnedActions;
}

const render = (card: NonNullable<Responses['card']>, a: LearnedActions, done = vi.fn(), lang: 'ar' | 'en' = 'en') => {
  const box = document.createElement('div');
  box.append(...learnedPart(card, wordsFor(lang), a, done));
  return box;
};

/** A click as the reader's pointer makes it (happy-dom's dispatched events are untrusted, like a page's). */
function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

describe("a learned entity's part of the card", () => {
  it('says it was learned, on which sites and since when, in the card language', () => {
    const box = render(learnedCard('new'), actions());
    expect(box.textContent).toContain(english.learnedNew.message);
    expect([...box.querySelectorAll('.site')].map((s) => s.textContent)).toEqual(['news.example', 'akhbar.example']);
    expect(box.querySelector('.date')?.getAttribute('datetime')).toBe('2026-11-30');
    const ar = render(learnedCard('new'), actions(), vi.fn(), 'ar');
    expect(ar.textContent).toContain(arabic.learnedNew.message);
    expect(ar.textContent).toContain(arabic.rejectLearned.message);
  });

  it('offers Keep, Not a name and Edit on a new one, Edit alone on a confirmed one, nothing on others', () => {
    const labels = (box: HTMLElement) => [...box.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels(render(learnedCard('new'), actions()))).toEqual(['Keep', 'Not a name', 'Edit']);
    expect(labels(render(learnedCard('confirmed'), actions()))).toEqual(['Edit']);
    expect(render(learnedCard('rejected'), actions()).childElementCount).toBe(0);
    expect(render(learnedCard('new', 'imported'), actions()).childElementCount).toBe(0);
  });

  it("acts on the reader's clicks only: a page's synthetic click does nothing", async () => {
    const a = actions();
    const done = vi.fn();
    const box = render(learnedCard('new'), a, done);
    const [keep, reject, edit] = [...box.querySelectorAll('button')];
    reject!.click();
    reject!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(a.reject).not.toHaveBeenCalled();
    trustedClick(reject!);
    expect(a.reject).toHaveBeenCalledWith('person:سليم البرقاوي');
    trustedClick(keep!);
    trustedClick(edit!);
    expect(a.keep).toHaveBeenCalledTimes(1);
    expect(a.edit).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(3));
  });
});
