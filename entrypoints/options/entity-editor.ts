import { normalize } from '@/lib/arabic/normalize';
import { Entity as EntitySchema, type Entity, type EntityType, type Role } from '@/lib/dictionary/schema';
import { entityId } from '@/lib/dictionary/ids';
import { button, el } from '@/lib/ui/dom';
import { t } from '@/lib/ui/i18n';

/** How many aliases and note characters the form shows at first (an entity can have 100,000 aliases). */
export const EDITOR_ALIASES = 200;
export const EDITOR_NOTE_CHARS = 20_000;

/**
 * The form that edits an entity or makes a new one: name, type, aliases (one per line), roles, note. The result is
 * checked against the dictionary schema before it is saved, so the manager can never store what an export could
 * not read back.
 */
export function entityEditor(
  entity: Entity | undefined,
  prefill: { name?: string; type?: EntityType },
  save: (e: Entity) => Promise<void>,
  cancel: () => void,
): HTMLElement {
  const name = el('input', { id: 'edit-name', required: '' });
  name.value = entity?.name ?? prefill.name ?? '';
  const type = el(
    'select',
    { id: 'edit-type' },
    el('option', { value: 'person', text: t('person') }),
    el('option', { value: 'org', text: t('org') }),
  );
  type.value = entity?.type ?? prefill.type ?? 'person';
  const aliases = el('textarea', { id: 'edit-aliases', rows: '4', placeholder: t('aliasesHint') });
  // a huge list is edited in part unless the reader asks for all of it: the rest is kept as it is
  let keptAliases = (entity?.aliases ?? []).slice(EDITOR_ALIASES);
  aliases.value = (entity?.aliases ?? []).slice(0, EDITOR_ALIASES).join('\n');
  const aliasesKept = el('p', { class: 'muted kept' });
  if (keptAliases.length) {
    aliasesKept.append(
      t('aliasesKept', keptAliases.length),
      ' ',
      button(
        t('editAll'),
        () => {
          aliases.value = (entity?.aliases ?? []).join('\n');
          keptAliases = [];
          aliasesKept.remove();
        },
        { class: 'link', id: 'edit-all-aliases' },
      ),
    );
  }
  const note = el('textarea', { id: 'edit-note', rows: '3' });
  // the same for a huge note: it stays as it is unless the reader opens it
  let noteKept = (entity?.note?.length ?? 0) > EDITOR_NOTE_CHARS;
  const noteField = noteKept
    ? el(
        'p',
        { class: 'muted kept' },
        button(
          t('editWholeNote', entity!.note!.length),
          () => {
            note.value = entity?.note ?? '';
            noteKept = false;
            noteField.replaceWith(note);
          },
          { class: 'link', id: 'edit-whole-note' },
        ),
      )
    : note;
  if (!noteKept) note.value = entity?.note ?? '';
  const roles = el('div', { class: 'roles-editor' });
  const addRole = (role?: Role) => {
    const title = el('input', { class: 'role-title', placeholder: t('roleTitle'), 'aria-label': t('roleTitle') });
    const org = el('input', { class: 'role-org', placeholder: t('roleOrg'), 'aria-label': t('roleOrg') });
    const country = el('input', {
      class: 'role-country',
      placeholder: t('roleCountry'),
      'aria-label': t('roleCountry'),
    });
    title.value = role?.title ?? '';
    org.value = role?.org ?? '';
    country.value = role?.country ?? '';
    const row = el('div', { class: 'role-row' }, title, org, country);
    // keep what the form does not show (source, date) when the reader leaves the role as it was
    row.dataset.keep = JSON.stringify({ source: role?.source, date: role?.date });
    row.append(button('×', () => row.remove(), { class: 'link', 'aria-label': t('delete') }));
    roles.append(row);
  };
  (entity?.roles ?? []).forEach(addRole);
  const status = el('p', { class: 'error', role: 'alert' });

  const form = el(
    'form',
    { class: 'editor' },
    label(t('name'), name),
    label(t('type'), type),
    label(`${t('aliases')} (${t('aliasesHint')})`, aliases),
    aliasesKept.hasChildNodes() && aliasesKept,
    el(
      'fieldset',
      {},
      el('legend', { text: t('roles') }),
      roles,
      button('+', () => addRole(), { class: 'link', 'aria-label': t('roles') }),
    ),
    label(t('note'), noteField),
    status,
    el('div', { class: 'buttons' }, el('button', { type: 'submit', text: t('save') }), button(t('cancel'), cancel)),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const written = name.value.trim().replace(/\s+/gu, ' ');
    const chosenType = type.value as EntityType;
    const roleList = [...roles.querySelectorAll<HTMLElement>('.role-row')].flatMap((row) => {
      const get = (c: string) => (row.querySelector(`.${c}`) as HTMLInputElement).value.trim();
      const keep = JSON.parse(row.dataset.keep ?? '{}') as Partial<Role>;
      const title = get('role-title');
      if (!title) return [];
      return [
        {
          title,
          ...(get('role-org') ? { org: get('role-org') } : {}),
          ...(get('role-country') ? { country: get('role-country') } : {}),
          ...(keep.source ? { source: keep.source } : {}),
          ...(keep.date ? { date: keep.date } : {}),
        },
      ];
    });
    const aliasList = [
      ...new Set(
        [...aliases.value.split('\n'), ...keptAliases]
          .map((a) => a.trim())
          .filter((a) => a && normalize(a) !== normalize(written)),
      ),
    ];
    const noteText = noteKept ? (entity?.note ?? '') : note.value.trim();
    const candidate = {
      ...(entity ?? { mentions: [], related: [] }),
      id: entity?.id ?? entityId(chosenType, written),
      type: chosenType,
      name: written,
      aliases: aliasList,
      roles: roleList,
      ...(noteText ? { note: noteText } : { note: undefined }),
      userEdited: true,
    };
    if (!candidate.note) delete candidate.note;
    const parsed = EntitySchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      status.textContent = `${issue.path.join('.')}: ${issue.message}`;
      return;
    }
    void save(parsed.data).catch((err: unknown) => {
      status.textContent = err instanceof Error ? err.message : String(err);
    });
  });
  queueMicrotask(() => name.focus());
  return form;
}

function label(text: string, control: HTMLElement): HTMLElement {
  return el('label', { class: 'field' }, el('span', { text }), control);
}
