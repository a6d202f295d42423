import type { Entity } from '../dictionary/schema';
import type { Responses } from '../messages/protocol';
import { bdi, button, el } from './dom';
import { entityFacts } from './entity-facts';
import { uiWords } from './i18n';

export interface EntityViewActions {
  openRelated(id: string): void;
  /** the whole entity, for what the card left out (see lib/background/card) */
  loadEntity(): Promise<Entity>;
  saveNote?(note: string): Promise<void>;
}

/** The popup's and the manager's entity: its facts in full (lib/ui/entity-facts), and the note, editable. */
export function entityView(card: NonNullable<Responses['card']>, actions: EntityViewActions): HTMLElement {
  const words = uiWords();
  let whole: Promise<Entity> | undefined;
  const load = () => (whole ??= actions.loadEntity());
  const view = el(
    'article',
    { class: 'entity', 'aria-label': card.entity.name },
    ...entityFacts(card, words, { mode: 'full', openRelated: actions.openRelated, loadEntity: load }),
  );
  if (actions.saveNote) view.append(noteEditor(card.entity, card.full?.noteChars, load, actions.saveNote));
  else if (card.entity.note)
    view.append(
      el('section', { class: 'note' }, el('h3', { text: words.text('note') }), el('p', {}, bdi(card.entity.note))),
    );
  return view;
}

/**
 * The note, editable. A note the card cut short (`fullChars`) shows its start as text, with a button that loads the
 * whole note into the editor: a megabyte in a text area took a second to draw, and the reader may not want it.
 */
function noteEditor(
  entity: Entity,
  fullChars: number | undefined,
  load: () => Promise<Entity>,
  save: (note: string) => Promise<void>,
): HTMLElement {
  const words = uiWords();
  const id = `note-${entity.id}`;
  const status = el('span', { class: 'status', role: 'status' });
  const box = el('section', { class: 'note' }, el('label', { for: id, text: words.text('note') }));
  const edit = (note: string) => {
    const area = el('textarea', { id, rows: '3' });
    area.value = note;
    const saveButton = button(words.text('saveNote'), () => {
      void save(area.value).then(
        () => {
          status.textContent = words.text('saved');
        },
        (e: unknown) => {
          status.textContent = String(e);
        },
      );
    });
    return [area, el('div', {}, saveButton, status)];
  };
  if (fullChars === undefined) {
    box.append(...edit(entity.note ?? ''));
    return box;
  }
  const preview = el('p', { class: 'note-preview', id, text: entity.note ?? '' });
  const open = button(
    words.text('editWholeNote', fullChars),
    () => {
      open.disabled = true;
      void load().then((e) => {
        preview.remove();
        open.remove();
        box.append(...edit(e.note ?? ''));
      });
    },
    { class: 'link more' },
  );
  box.append(preview, open);
  return box;
}
