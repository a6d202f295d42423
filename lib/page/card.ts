import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Entity, Role } from '../dictionary/schema';
import type { Responses } from '../messages/protocol';
import type { CardLabels } from './card-labels';
import CARD_CSS from './card.css?inline';
import { CARD_TAG } from './card-tag';

const MAX_ALIASES = 8;
const MAX_RELATED = 5;

/**
 * The hover card: a custom element outside <body> with a closed shadow root, so that page CSS cannot reach it
 * and its CSS cannot reach the page. Everything from the dictionary is written with textContent; Latin names in
 * Arabic text sit in <bdi> so that the bidi algorithm does not reorder them.
 */
export class Card {
  private host?: HTMLElement;
  private panel?: HTMLElement;

  constructor(private readonly labels: CardLabels) {}

  isOver(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  get visible(): boolean {
    return !!this.host?.isConnected && this.host.style.display !== 'none';
  }

  async show(card: NonNullable<Responses['card']>, anchor: Range): Promise<void> {
    const panel = this.ensure();
    panel.replaceChildren(...this.render(card));
    this.host!.style.display = 'block';
    const reference = { getBoundingClientRect: () => anchor.getBoundingClientRect(), getClientRects: () => anchor.getClientRects() };
    const { x, y } = await computePosition(reference, panel, {
      strategy: 'fixed',
      placement: 'top',
      middleware: [offset(8), flip({ fallbackPlacements: ['bottom'] }), shift({ padding: 8 })],
    });
    Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
  }

  hide(): void {
    if (this.host) this.host.style.display = 'none';
  }

  private ensure(): HTMLElement {
    if (this.panel && this.host?.isConnected) return this.panel;
    this.host = document.createElement(CARD_TAG);
    // the card must never take focus or catch clicks meant for the page, except its own text selection
    this.host.style.cssText = 'all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647; display: none;';
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.panel = document.createElement('div');
    this.panel.className = 'card';
    this.panel.setAttribute('role', 'tooltip');
    this.panel.dir = this.labels.dir;
    this.panel.lang = this.labels.dir === 'rtl' ? 'ar' : 'en';
    shadow.append(style, this.panel);
    // outside <body>: the page's own scripts and styles that work on body never see it
    document.documentElement.append(this.host);
    return this.panel;
  }

  private render({ entity, related }: NonNullable<Responses['card']>): Node[] {
    const l = this.labels;
    const nodes: Node[] = [];
    const head = el('div', 'head');
    head.append(el('span', `type ${entity.type}`, entity.type === 'person' ? l.person : l.org), bdi('name', entity.name));
    nodes.push(head);
    if (entity.roles.length) {
      const list = el('ul', 'roles');
      list.setAttribute('aria-label', l.roles);
      for (const role of entity.roles.slice(0, 3)) list.append(roleItem(role));
      nodes.push(list);
    }
    const aliases = entity.aliases.slice(0, MAX_ALIASES);
    if (aliases.length) {
      const line = el('div', 'aliases');
      line.append(el('span', 'label', `${l.aliases}: `));
      aliases.forEach((a, k) => { if (k) line.append('، '); line.append(bdi('alias', a)); });
      nodes.push(line);
    }
    nodes.push(el('div', 'sources', `${l.mentionedIn(entity.mentions.length)}${sourcesText(entity)}`));
    if (related.length) {
      const line = el('div', 'related');
      line.append(el('span', 'label', `${l.mentionedWith}: `));
      related.slice(0, MAX_RELATED).forEach((r, k) => { if (k) line.append('، '); line.append(bdi(`rel ${r.type}`, r.name)); });
      nodes.push(line);
    }
    if (entity.note) nodes.push(el('div', 'note', `${l.note}: ${entity.note}`));
    return nodes;
  }
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function bdi(className: string, text: string): HTMLElement {
  return el('bdi', className, text);
}

function roleItem(role: Role): HTMLElement {
  const item = el('li', 'role');
  item.append(bdi('title', role.title));
  const facts = [role.org && !role.title.includes(role.org) ? role.org : undefined, role.country, role.date].filter((f): f is string => !!f);
  if (facts.length) {
    // each fact isolated: a date or a Latin name must not be reordered with the Arabic around it
    const line = el('span', 'facts', ' — ');
    facts.forEach((f, k) => { if (k) line.append('، '); line.append(bdi('fact', f)); });
    item.append(line);
  }
  return item;
}

function sourcesText(entity: Entity): string {
  const ids = entity.mentions.map((m) => m.source);
  return ids.length ? ` (${ids.slice(0, 3).join('، ')}${ids.length > 3 ? '…' : ''})` : '';
}
