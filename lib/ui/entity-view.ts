import type { Entity, Origin } from '../dictionary/schema';
import type { Responses } from '../messages/protocol';
import { bdi, button, el } from './dom';
import { t, type MessageKey } from './i18n';

export interface EntityViewActions {
  openRelated(id: string): void;
  /** the whole entity, for what the card left out (see lib/background/card) */
  loadEntity(): Promise<Entity>;
  saveNote?(note: string): Promise<void>;
}

const ORIGIN_LABEL = { builtIn: 'originBuiltIn', imported: 'originImported', learned: 'originLearned', reader: 'originReader' } as const satisfies Record<Origin, MessageKey>;

/**
 * How many items of a list are drawn at first, and how many more each «show more» adds: an entity can have
 * 100,000 aliases, and drawing them all took seconds.
 */
export const LIST_FIRST = 50;
export const LIST_STEP = 1000;

/** The full entity: type, name, aliases, roles with organization/country/source/date, corpus mentions, related, note. */
export function entityView({ entity, related, full }: NonNullable<Responses['card']>, actions: EntityViewActions): HTMLElement {
  let whole: Promise<Entity> | undefined;
  const load = () => (whole ??= actions.loadEntity());
  const view = el('article', { class: 'entity', 'aria-label': entity.name });
  view.append(
    el('header', { class: 'entity-head' },
      el('span', { class: `badge ${entity.type}`, text: t(entity.type) }),
      el('h2', {}, bdi(entity.name)),
      entity.origin && el('span', { class: 'muted origin', text: t(ORIGIN_LABEL[entity.origin]) }),
      entity.userEdited && el('span', { class: 'mine', text: t('userEdited') })),
  );
  if (entity.roles.length) {
    view.append(section(t('roles'), ...listOf('roles', entity.roles, full?.roles ?? entity.roles.length, roleItem, () => load().then((e) => e.roles))));
  }
  if (entity.aliases.length) {
    view.append(section(t('aliases'), ...listOf('aliases', entity.aliases, full?.aliases ?? entity.aliases.length, (a) => el('li', {}, bdi(a)), () => load().then((e) => e.aliases))));
  }
  if (entity.mentions.length) {
    const mention = (m: Entity['mentions'][number]) => el('li', {}, el('span', { class: 'source' }, bdi(m.source), ` ×${m.count}`), el('q', { text: m.snippet }));
    view.append(section(`${t('mentions')} · ${t('articles', entity.mentions.length)}`, ...listOf('mentions', entity.mentions, entity.mentions.length, mention, () => Promise.resolve(entity.mentions))));
  }
  if (related.length) {
    view.append(section(t('related'), el('ul', { class: 'related' },
      ...related.map((r) => el('li', {}, button(r.name, () => actions.openRelated(r.id), { class: `link ${r.type}`, title: t(r.type) }), ` ×${r.count}`)))));
  }
  if (actions.saveNote) view.append(noteEditor(entity, full?.noteChars, load, actions.saveNote));
  return view;
}

function section(title: string, ...body: HTMLElement[]): HTMLElement {
  return el('section', {}, el('h3', { text: title }), ...body);
}

/**
 * A list of which the first LIST_FIRST items are drawn, and a button that draws LIST_STEP more at a time. `items`
 * may be the start of a longer list of `total` items, which `all` gives.
 */
function listOf<T>(className: string, items: readonly T[], total: number, item: (x: T) => HTMLElement, all: () => Promise<readonly T[]>): HTMLElement[] {
  const list = el('ul', { class: className }, ...items.slice(0, LIST_FIRST).map(item));
  if (total <= LIST_FIRST) return [list];
  let shown = Math.min(LIST_FIRST, items.length);
  const more = button(t('showMore', total - shown), () => {
    more.disabled = true;
    void all().then((everything) => {
      const next = everything.slice(shown, shown + LIST_STEP);
      list.append(...next.map(item));
      shown += next.length;
      if (shown >= everything.length) more.remove();
      else { more.textContent = t('showMore', everything.length - shown); more.disabled = false; }
    });
  }, { class: 'link more' });
  return [list, more];
}

function roleItem(role: Entity['roles'][number]): HTMLElement {
  const facts = [role.org && !role.title.includes(role.org) ? role.org : undefined, role.country, role.source, role.date].filter((f): f is string => !!f);
  const li = el('li', {}, bdi(role.title, 'title'));
  if (facts.length) {
    const line = el('span', { class: 'facts' }, ' — ');
    facts.forEach((f, k) => { if (k) line.append('، '); line.append(bdi(f)); });
    li.append(line);
  }
  return li;
}

/**
 * The note, editable. A note the card cut short (`fullChars`) shows its start as text, with a button that loads the
 * whole note into the editor: a megabyte in a text area took a second to draw, and the reader may not want it.
 */
function noteEditor(entity: Entity, fullChars: number | undefined, load: () => Promise<Entity>, save: (note: string) => Promise<void>): HTMLElement {
  const id = `note-${entity.id}`;
  const status = el('span', { class: 'status', role: 'status' });
  const box = el('section', { class: 'note' }, el('label', { for: id, text: t('note') }));
  const edit = (note: string) => {
    const area = el('textarea', { id, rows: '3' });
    area.value = note;
    const saveButton = button(t('saveNote'), () => {
      void save(area.value).then(() => { status.textContent = t('saved'); }, (e: unknown) => { status.textContent = String(e); });
    });
    return [area, el('div', {}, saveButton, status)];
  };
  if (fullChars === undefined) {
    box.append(...edit(entity.note ?? ''));
    return box;
  }
  const preview = el('p', { class: 'note-preview', id, text: entity.note ?? '' });
  const open = button(t('editWholeNote', fullChars), () => {
    open.disabled = true;
    void load().then((e) => { preview.remove(); open.remove(); box.append(...edit(e.note ?? '')); });
  }, { class: 'link more' });
  box.append(preview, open);
  return box;
}
