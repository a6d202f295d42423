import type { SearchResult } from '@/lib/messages/protocol';
import { bdi, el } from '@/lib/ui/dom';
import { t } from '@/lib/ui/i18n';

/**
 * The search results as an ARIA listbox driven from the search box (combobox pattern): arrows move the active
 * option, Enter opens it, focus stays in the box so the reader can keep typing.
 */
export class ResultList {
  private items: SearchResult[] = [];
  private active = -1;

  constructor(
    private readonly list: HTMLElement,
    private readonly input: HTMLInputElement,
    private readonly empty: HTMLElement,
    private readonly choose: (r: SearchResult) => void,
  ) {}

  show(items: SearchResult[], searched: boolean): void {
    this.items = items;
    this.active = items.length ? 0 : -1;
    this.list.replaceChildren(
      ...items.map((r, k) => {
        const li = el(
          'li',
          { id: `result-${k}`, role: 'option', 'aria-selected': String(k === this.active) },
          el('span', { class: `badge ${r.type}`, text: t(r.type) }),
          bdi(r.name, 'name'),
          r.role && el('span', { class: 'role', text: r.role }),
        );
        li.addEventListener('click', () => this.choose(r));
        return li;
      }),
    );
    this.list.hidden = !items.length;
    this.empty.hidden = !(searched && !items.length);
    this.empty.textContent = t('noResults');
    this.input.setAttribute('aria-expanded', String(!!items.length));
    this.sync();
  }

  hide(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }
  unhide(): void {
    this.list.hidden = !this.items.length;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
  }
  focusInput(): void {
    this.input.focus();
  }

  onKey(e: KeyboardEvent): void {
    if (!this.items.length || this.list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = this.items.length;
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
      this.sync();
    } else if (e.key === 'Enter' && this.active >= 0) {
      e.preventDefault();
      this.choose(this.items[this.active]!);
    }
  }

  private sync() {
    [...this.list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `result-${this.active}`);
      this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }
}
