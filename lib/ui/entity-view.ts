import type { Entity } from '../dictionary/schema';
import type { Responses } from '../messages/protocol';
import { bdi, button, el } from './dom';
import { t } from './i18n';

export interface EntityViewActions {
  openRelated(id: string): void;
  saveNote?(note: string): Promise<void>;
}

/** The full entity: type, name, aliases, roles with organization/country/source/date, corpus mentions, related, note. */
export function entityView({ entity, related }: NonNullable<Responses['card']>, actions: EntityViewActions): HTMLElement {
  const view = el('article', { class: 'entity', 'aria-label': entity.name });
  view.append(
    el('header', { class: 'entity-head' },
      el('span', { class: `badge ${entity.type}`, text: t(entity.type) }),
      el('h2', {}, bdi(entity.name)),
      entity.userEdited && el('span', { class: 'mine', text: t('userEdited') })),
  );
  if (entity.roles.length) view.append(section(t('roles'), el('ul', { class: 'roles' }, ...entity.roles.map(roleItem))));
  if (entity.aliases.length) view.append(section(t('aliases'), el('ul', { class: 'aliases' }, ...entity.aliases.map((a) => el('li', {}, bdi(a))))));
  if (entity.mentions.length) {
    view.append(section(`${t('mentions')} · ${t('articles', entity.mentions.length)}`, el('ul', { class: 'mentions' },
      ...entity.mentions.map((m) => el('li', {}, el('span', { class: 'source' }, bdi(m.source), ` ×${m.count}`), el('q', { text: m.snippet }))))));
  }
  if (related.length) {
    view.append(section(t('related'), el('ul', { class: 'related' },
      ...related.map((r) => el('li', {}, button(r.name, () => actions.openRelated(r.id), { class: `link ${r.type}`, title: t(r.type) }), ` ×${r.count}`)))));
  }
  if (actions.saveNote) view.append(noteEditor(entity, actions.saveNote));
  return view;
}

function section(title: string, body: HTMLElement): HTMLElement {
  return el('section', {}, el('h3', { text: title }), body);
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

function noteEditor(entity: Entity, save: (note: string) => Promise<void>): HTMLElement {
  const id = `note-${entity.id}`;
  const area = el('textarea', { id, rows: '3' });
  area.value = entity.note ?? '';
  const status = el('span', { class: 'status', role: 'status' });
  const saveButton = button(t('saveNote'), () => {
    void save(area.value).then(() => { status.textContent = t('saved'); }, (e: unknown) => { status.textContent = String(e); });
  });
  return el('section', { class: 'note' }, el('label', { for: id, text: t('note') }), area, el('div', {}, saveButton, status));
}
