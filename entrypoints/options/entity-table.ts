import { normalize } from '@/lib/arabic/normalize';
import type { EntityRow } from '@/lib/messages/protocol';
import { el } from '@/lib/ui/dom';
import { t } from '@/lib/ui/i18n';

const ROW_HEIGHT = 36;
const OVERSCAN = 8;
type SortKey = 'name' | 'type' | 'role' | 'count';

/**
 * Where entities came from, as the manager filters them: built in, imported, the reader's own, and those learned
 * from pages by their state (new, confirmed by the reader or by two sites, rejected as "Not a name").
 */
export const ORIGIN_FILTERS = [
  'builtIn',
  'imported',
  'learned-new',
  'learned-confirmed',
  'learned-rejected',
  'reader',
] as const;
export type OriginFilter = (typeof ORIGIN_FILTERS)[number];

export function originFilterOf(row: Pick<EntityRow, 'origin' | 'learnedState'>): OriginFilter {
  return row.origin === 'learned' ? `learned-${row.learnedState ?? 'new'}` : row.origin;
}

/**
 * All entities in a table that stays fast with 100,000 of them: only the rows in view (and a few around) exist in
 * the DOM, positioned inside a spacer as tall as the whole list. Filtering works on a precomputed normalized name,
 * sorting on the row fields; both rebuild an index array, never the rows.
 */
export class EntityTable {
  private rows: (EntityRow & { key: string })[] = [];
  private view: number[] = [];
  private sort: { key: SortKey; descending: boolean } = { key: 'count', descending: true };
  private filter: { text: string; type: string; origin: OriginFilter | '' } = { text: '', type: '', origin: '' };
  private readonly body: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly headerRow: HTMLElement;
  private frame = 0;
  selected?: string;

  constructor(
    private readonly container: HTMLElement,
    private readonly open: (id: string) => void,
  ) {
    this.headerRow = el('div', { class: 'row head', role: 'row' });
    this.spacer = el('div', { class: 'spacer' });
    this.body = el('div', { class: 'viewport' }, this.spacer);
    container.replaceChildren(this.headerRow, this.body);
    this.body.addEventListener(
      'scroll',
      () => {
        if (!this.frame)
          this.frame = requestAnimationFrame(() => {
            this.frame = 0;
            this.paint();
          });
      },
      { passive: true },
    );
    this.body.addEventListener('keydown', (e) => this.onKey(e));
    this.renderHeader();
  }

  setRows(rows: EntityRow[]): void {
    this.rows = rows.map((r) => ({ ...r, key: normalize(r.name) }));
    this.refresh();
  }

  setFilter(text: string, type: string, origin: OriginFilter | '' = ''): void {
    this.filter = { text: normalize(text.trim()), type, origin };
    this.refresh();
  }

  get size(): number {
    return this.view.length;
  }

  private refresh() {
    const { text, type, origin } = this.filter;
    const rows = this.rows;
    this.view = [];
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!;
      if ((!type || r.type === type) && (!origin || originFilterOf(r) === origin) && (!text || r.key.includes(text)))
        this.view.push(k);
    }
    const { key, descending } = this.sort;
    const sign = descending ? -1 : 1;
    const collator = new Intl.Collator('ar');
    this.view.sort((a, b) => {
      const x = rows[a]!;
      const y = rows[b]!;
      const c = key === 'count' ? x.count - y.count : collator.compare(String(x[key]), String(y[key]));
      return sign * c || collator.compare(x.name, y.name);
    });
    this.spacer.style.height = `${this.view.length * ROW_HEIGHT}px`;
    this.container.setAttribute('aria-rowcount', String(this.view.length + 1));
    this.paint(true);
  }

  private renderHeader() {
    const columns: [SortKey, string][] = [
      ['name', t('name')],
      ['type', t('type')],
      ['role', t('role')],
      ['count', t('count')],
    ];
    this.headerRow.replaceChildren(
      ...columns.map(([key, label]) => {
        const sorted = this.sort.key === key ? (this.sort.descending ? 'descending' : 'ascending') : 'none';
        const cell = el(
          'button',
          { type: 'button', role: 'columnheader', class: `cell ${key}`, 'aria-sort': sorted },
          label,
          sorted === 'none' ? '' : sorted === 'ascending' ? ' ▲' : ' ▼',
        );
        cell.addEventListener('click', () => {
          this.sort = { key, descending: this.sort.key === key ? !this.sort.descending : key === 'count' };
          this.renderHeader();
          this.refresh();
        });
        return cell;
      }),
    );
  }

  /** Draws the rows in view. Called on scroll (once per frame) and after filtering or sorting. */
  private paint(force = false) {
    const top = this.body.scrollTop;
    const height = this.body.clientHeight || 600;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.view.length, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
    if (!force && this.spacer.dataset.range === `${first}-${last}`) return;
    this.spacer.dataset.range = `${first}-${last}`;
    const nodes: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const r = this.rows[this.view[i]!]!;
      const row = el(
        'div',
        {
          class: `row${r.id === this.selected ? ' selected' : ''}`,
          role: 'row',
          tabindex: r.id === this.selected ? '0' : '-1',
          'data-id': r.id,
          'aria-rowindex': String(i + 2),
        },
        el(
          'span',
          { class: 'cell name', role: 'gridcell' },
          // a plain span, not a <bdi>: the cell's plaintext direction comes from its first strong letter, and an
          // isolate hides the name's, so a long Arabic name would be cut at its start
          el('span', { class: 'entity-name', text: r.name }),
          r.userEdited ? el('span', { class: 'mine', title: t('userEdited'), text: ' ✎' }) : '',
          r.learnedState === 'new' ? el('span', { class: 'learned-new', text: ` ${t('newEntity')}` }) : '',
        ),
        el('span', { class: `cell type ${r.type}`, role: 'gridcell', text: t(r.type) }),
        el('span', { class: 'cell role', role: 'gridcell', text: r.role }),
        el('span', { class: 'cell count', role: 'gridcell', text: String(r.count) }),
      );
      row.style.transform = `translateY(${i * ROW_HEIGHT}px)`;
      row.addEventListener('click', () => this.choose(r.id));
      nodes.push(row);
    }
    this.spacer.replaceChildren(...nodes);
  }

  choose(id: string): void {
    this.selected = id;
    this.paint(true);
    this.open(id);
  }

  private onKey(e: KeyboardEvent) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Enter') return;
    e.preventDefault();
    const at = this.view.findIndex((k) => this.rows[k]!.id === this.selected);
    if (e.key === 'Enter' && at >= 0) {
      this.open(this.selected!);
      return;
    }
    const next = Math.min(this.view.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
    const id = this.rows[this.view[next]!]?.id;
    if (!id) return;
    this.selected = id;
    const y = next * ROW_HEIGHT;
    if (y < this.body.scrollTop) this.body.scrollTop = y;
    else if (y + ROW_HEIGHT > this.body.scrollTop + this.body.clientHeight)
      this.body.scrollTop = y + ROW_HEIGHT - this.body.clientHeight;
    this.paint(true);
    (this.spacer.querySelector(`[data-id="${CSS.escape(id)}"]`) as HTMLElement | null)?.focus();
  }
}
