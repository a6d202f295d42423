import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Responses } from '../messages/protocol';
import { entityFacts } from '../ui/entity-facts';
import { wordsFor, type Language } from '../ui/words';
import CARD_CSS from './card.css?inline';
import { addCardFont } from './card-font';
import { CARD_TAG } from './card-tag';
import { learnedPart, type LearnedActions } from './learned-card';

/**
 * The hover card: a custom element outside <body> with a closed shadow root, so that page CSS cannot reach it
 * and its CSS cannot reach the page. Its facts are drawn by lib/ui/entity-facts (compact), in the words of the
 * language the content script gives (the page's, or the reader's choice); everything from the dictionary is text.
 */
export class Card {
  private host?: HTMLElement;
  private panel?: HTMLElement;
  private words = wordsFor('en');

  /** `learned`: what the buttons on a learned entity's card do (lib/page/learned-card) */
  constructor(private readonly learned?: LearnedActions) {}

  isOver(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  get visible(): boolean {
    return !!this.host?.isConnected && this.host.style.display !== 'none';
  }

  setLanguage(language: Language): void {
    this.words = wordsFor(language);
  }

  async show(card: NonNullable<Responses['card']>, anchor: Range): Promise<void> {
    const panel = this.ensure();
    panel.dir = this.words.dir;
    panel.lang = this.words.lang;
    const learned = this.learned ? learnedPart(card, this.words, this.learned, () => this.hide()) : [];
    panel.replaceChildren(...entityFacts(card, this.words, { mode: 'compact' }), ...learned);
    // a card with buttons is a small dialog the pointer can reach, not only a tooltip
    panel.setAttribute('role', learned.length ? 'dialog' : 'tooltip');
    panel.setAttribute('aria-label', card.entity.name);
    // measured where the last card was, the panel wraps as that spot allows: a card first placed near the edge of
    // the window came out taller than where it lands, and floated above its mention by the difference
    Object.assign(panel.style, { left: '0px', top: '0px' });
    this.host!.style.display = 'block';
    const { x, y } = await computePosition(anchorOf(anchor), panel, {
      strategy: 'fixed',
      placement: 'top',
      middleware: [offset(6), flip({ fallbackPlacements: ['bottom'] }), shift({ padding: 8 })],
    });
    Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
  }

  hide(): void {
    if (this.host) this.host.style.display = 'none';
  }

  private ensure(): HTMLElement {
    if (this.panel && this.host?.isConnected) return this.panel;
    addCardFont();
    this.host = document.createElement(CARD_TAG);
    // the card must never take focus or catch clicks meant for the page, except its own text selection
    this.host.style.cssText =
      'all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647; display: none;';
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.panel = document.createElement('div');
    this.panel.className = 'card';
    this.panel.setAttribute('role', 'tooltip');
    shadow.append(style, this.panel);
    // outside <body>: the page's own scripts and styles that work on body never see it
    document.documentElement.append(this.host);
    return this.panel;
  }
}

/**
 * The mention as floating-ui's reference. A mention that wraps onto two lines has a bounding rect covering both
 * lines' full width; the card goes next to the line the reader's pointer is most likely on, the first.
 */
function anchorOf(range: Range) {
  const first = () =>
    [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0) ?? range.getBoundingClientRect();
  return { getBoundingClientRect: first, getClientRects: () => range.getClientRects() };
}
