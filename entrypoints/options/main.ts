import { parseDictionary } from '@/lib/dictionary/load';
import type { Entity, EntityType } from '@/lib/dictionary/schema';
import { ask } from '@/lib/messages/client';
import { askContent } from '@/lib/messages/content';
import { bdi, button, el } from '@/lib/ui/dom';
import { entityView } from '@/lib/ui/entity-view';
import { applyLocale, t } from '@/lib/ui/i18n';
import { reviewItems } from '@/lib/dictionary/review';
import { articlesFromFiles, extractInWorker, reviewList } from './corpus-import';
import { entityEditor } from './entity-editor';
import { importDictionary, ImportInterrupted } from './import-dictionary';
import { EntityTable, ORIGIN_FILTERS, type OriginFilter } from './entity-table';
import '../popup/style.css';
import './style.css';

applyLocale();
document.title = t('managerTitle');
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const side = $('side');
const message = $('message');
$('title').textContent = t('managerTitle');
for (const [id, key] of [
  ['add', 'add'],
  ['import-corpus', 'importCorpus'],
  ['import', 'import'],
  ['export', 'export'],
  ['reset', 'reset'],
  ['prune-new', 'pruneNew'],
  ['prune-rejected', 'pruneRejected'],
] as const)
  $(id).textContent = t(key);
const filter = $<HTMLInputElement>('filter');
filter.placeholder = t('filter');
filter.setAttribute('aria-label', t('filter'));
const typeFilter = $<HTMLSelectElement>('type-filter');
typeFilter.append(
  el('option', { value: '', text: t('allTypes') }),
  el('option', { value: 'person', text: t('persons') }),
  el('option', { value: 'org', text: t('orgs') }),
);
typeFilter.setAttribute('aria-label', t('type'));
const ORIGIN_LABEL = {
  builtIn: 'originBuiltIn',
  imported: 'originImported',
  'learned-new': 'originLearnedNew',
  'learned-confirmed': 'originLearnedConfirmed',
  'learned-rejected': 'originLearnedRejected',
  reader: 'originReader',
} as const satisfies Record<OriginFilter, string>;
const originFilter = $<HTMLSelectElement>('origin-filter');
originFilter.append(
  el('option', { value: '', text: t('allOrigins') }),
  ...ORIGIN_FILTERS.map((o) => el('option', { value: o, text: t(ORIGIN_LABEL[o]) })),
);
originFilter.setAttribute('aria-label', t('origin'));

const table = new EntityTable($('table'), (id) => void showEntity(id));
const applyFilter = () => table.setFilter(filter.value, typeFilter.value, originFilter.value as OriginFilter | '');
filter.addEventListener('input', applyFilter);
typeFilter.addEventListener('change', applyFilter);
originFilter.addEventListener('change', applyFilter);

function say(text: string, isError = false) {
  message.hidden = false;
  message.textContent = text;
  message.className = isError ? 'error' : 'ok';
}

async function refresh() {
  const [stats, rows] = await Promise.all([ask('stats', {}), ask('listEntities', {})]);
  $('stats').textContent = t(
    'stats',
    stats.entities,
    stats.persons,
    stats.orgs,
    stats.builtAt ? new Date(stats.builtAt).toLocaleDateString() : '—',
  );
  table.setRows(rows);
}

async function showEntity(id: string) {
  const card = await ask('card', { id });
  if (!card) {
    side.replaceChildren();
    return;
  }
  // a card cut short (see lib/background/card): edits are made on the whole entity, fetched once the view is drawn
  let whole: Promise<Entity> | undefined = card.full ? undefined : Promise.resolve(card.entity);
  const load = () => (whole ??= wholeEntity(id));
  if (card.full) requestAnimationFrame(() => setTimeout(() => void load().catch(() => undefined)));
  side.replaceChildren(
    entityView(card, {
      openRelated: (other) => table.choose(other),
      loadEntity: load,
      saveNote: async (note) => {
        const saved = { ...(await load()), note };
        await ask('saveEntities', { entities: [saved] });
        whole = Promise.resolve(saved);
        await refresh();
      },
    }),
    el(
      'div',
      { class: 'buttons' },
      ...learnedButtons(card.entity),
      button(t('edit'), () => void load().then((e) => edit(e))),
      button(t('merge'), () => chooseMergeTarget(card.entity)),
      button(
        t('delete'),
        () => {
          if (!confirm(t('confirmDelete'))) return;
          void ask('deleteEntities', { ids: [card.entity.id] })
            .then(refresh)
            .then(() => side.replaceChildren());
        },
        { class: 'danger' },
      ),
    ),
  );
}

/** A learned entity's moves: Keep and Not a name while it is new, Restore once rejected. */
function learnedButtons(entity: Entity): HTMLButtonElement[] {
  if (entity.origin !== 'learned' || !entity.learned) return [];
  const move = (request: 'keepLearned' | 'rejectLearned' | 'restoreLearned') => () =>
    void ask(request, { id: entity.id })
      .then(refresh)
      .then(() => showEntity(entity.id))
      .catch((e: unknown) => say(e instanceof Error ? e.message : String(e), true));
  switch (entity.learned.state) {
    case 'new':
      return [button(t('keepLearned'), move('keepLearned')), button(t('rejectLearned'), move('rejectLearned'))];
    case 'rejected':
      return [button(t('restoreLearned'), move('restoreLearned'))];
    default:
      return [];
  }
}

async function wholeEntity(id: string): Promise<Entity> {
  const entity = await ask('entity', { id });
  if (!entity) throw new Error(`kashif: no entity "${id}"`);
  return entity;
}

function edit(entity?: Entity, prefill: { name?: string; type?: EntityType } = {}) {
  side.replaceChildren(
    entityEditor(
      entity,
      prefill,
      async (saved) => {
        await ask('saveEntities', { entities: [saved] });
        await refresh();
        table.choose(saved.id);
      },
      () => (entity ? void showEntity(entity.id) : side.replaceChildren()),
    ),
  );
}

/** Merging: the reader searches for the entity this one is part of. */
function chooseMergeTarget(entity: Entity) {
  const input = el('input', { type: 'search', 'aria-label': t('merge') });
  const results = el('ul', { class: 'pick' });
  input.addEventListener(
    'input',
    () =>
      void ask('search', { query: input.value, limit: 8 }).then((hits) => {
        results.replaceChildren(
          ...hits
            .filter((h) => h.id !== entity.id)
            .map((h) =>
              el(
                'li',
                {},
                button(
                  h.name,
                  () => {
                    void ask('mergeEntities', { into: h.id, from: [entity.id] }).then(async (merged) => {
                      await refresh();
                      table.choose(merged.id);
                      say(`${entity.name} → ${merged.name}`);
                    });
                  },
                  { class: 'link' },
                ),
              ),
            ),
        );
      }),
  );
  side.replaceChildren(
    el('h2', {}, t('merge'), ' ', bdi(entity.name)),
    input,
    results,
    button(t('cancel'), () => void showEntity(entity.id)),
  );
  input.focus();
}

/** Adding a name the reader selected on a page as another name of an entity they pick. */
function chooseAliasTarget(alias: string) {
  const input = el('input', { type: 'search', 'aria-label': t('addAsAlias') });
  const results = el('ul', { class: 'pick' });
  input.addEventListener(
    'input',
    () =>
      void ask('search', { query: input.value, limit: 8 }).then((hits) => {
        results.replaceChildren(
          ...hits.map((h) =>
            el(
              'li',
              {},
              button(
                h.name,
                () => {
                  void ask('entity', { id: h.id }).then(async (e) => {
                    if (!e) return;
                    await ask('saveEntities', { entities: [{ ...e, aliases: [...new Set([...e.aliases, alias])] }] });
                    await refresh();
                    table.choose(e.id);
                  });
                },
                { class: 'link' },
              ),
            ),
          ),
        );
      }),
  );
  side.replaceChildren(el('h2', {}, t('addAsAlias'), ' ', bdi(alias)), input, results);
  input.focus();
}

async function importDictionaryFile(file: File) {
  const parsed = parseDictionary(await file.text(), file.name);
  if (!parsed.ok) {
    say(parsed.error, true);
    return;
  }
  try {
    say(t('imported', await importDictionary(parsed.value)));
    await refresh();
  } catch (e) {
    say(e instanceof ImportInterrupted ? t('importInterrupted') : e instanceof Error ? e.message : String(e), true);
  }
}

async function review(articles: Parameters<typeof extractInWorker>[0]) {
  const found = await extractInWorker(articles, side);
  if (!found) return;
  const known = new Map<string, Entity>();
  for (const e of await Promise.all(found.map((f) => ask('entity', { id: f.id })))) if (e) known.set(e.id, e);
  side.replaceChildren(
    reviewList(
      reviewItems(found, known),
      async (chosen) => {
        await ask('addReviewed', { entities: chosen });
        say(t('imported', chosen.length));
        side.replaceChildren();
        await refresh();
      },
      () => side.replaceChildren(),
    ),
  );
}

async function importCorpus(files: File[]) {
  try {
    await review(await articlesFromFiles(files));
  } catch (e) {
    say(e instanceof Error ? e.message : String(e), true);
  }
}

$('add').addEventListener('click', () => edit());
$('import-corpus').addEventListener('click', () => $('corpus-files').click());
$('import').addEventListener('click', () => $('dictionary-file').click());
$<HTMLInputElement>('corpus-files').addEventListener('change', (e) => {
  const files = [...((e.target as HTMLInputElement).files ?? [])];
  (e.target as HTMLInputElement).value = '';
  if (files.length) void importCorpus(files);
});
$<HTMLInputElement>('dictionary-file').addEventListener('change', (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  (e.target as HTMLInputElement).value = '';
  if (file) void importDictionaryFile(file);
});
$('export').addEventListener(
  'click',
  () =>
    void ask('exportDictionary', {}).then((dictionary) => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(dictionary, null, 1)], { type: 'application/json' }));
      const a = el('a', { href: url, download: `kashif-dictionary-${dictionary.builtAt.slice(0, 10)}.json` });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }),
);
/** Pruning the learned set by state; each asks first, since a pruned name may be learned again. */
for (const [id, state, question] of [
  ['prune-new', 'new', 'confirmPruneNew'],
  ['prune-rejected', 'rejected', 'confirmPruneRejected'],
] as const)
  $(id).addEventListener('click', () => {
    if (!confirm(t(question))) return;
    void ask('pruneLearned', { states: [state] }).then(async ({ removed }) => {
      say(t('pruned', removed));
      side.replaceChildren();
      await refresh();
    });
  });
$('reset').addEventListener('click', () => {
  if (!confirm(t('confirmReset'))) return;
  void ask('resetDictionary', {})
    .then(refresh)
    .then(() => side.replaceChildren());
});

// dropping article files anywhere on the page imports them
const drop = $('drop');
document.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) {
    e.preventDefault();
    drop.hidden = false;
  }
});
document.addEventListener('dragleave', (e) => {
  if (!e.relatedTarget) drop.hidden = true;
});
document.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.hidden = true;
  const files = [...(e.dataTransfer?.files ?? [])].filter((f) => /\.(txt|html?)$/iu.test(f.name));
  if (files.length) void importCorpus(files);
});

/**
 * Routes from the context menu (#add=person&name=…, #alias=…, #review-tab=<tab id>) and from the card's Edit
 * (#entity=<id>).
 */
async function route() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has('entity')) table.choose(params.get('entity') ?? '');
  else if (params.has('add'))
    edit(undefined, { type: params.get('add') === 'org' ? 'org' : 'person', name: params.get('name') ?? '' });
  else if (params.has('alias')) chooseAliasTarget(params.get('alias') ?? '');
  else if (params.has('review-tab')) {
    const page = await askContent(Number(params.get('review-tab')), { type: 'pageText' });
    if (!page?.text.trim()) {
      say(t('noPage'), true);
      return;
    }
    await review([
      {
        id: new URL(page.url).hostname || 'page',
        file: page.url,
        text: page.text,
        ...(page.title ? { title: page.title } : {}),
      },
    ]);
  }
}

await refresh();
performance.mark('kashif-manager-usable'); // read by the benchmark: the table is filled
await route();
window.addEventListener('hashchange', () => void route());
