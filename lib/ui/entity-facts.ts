import { distinctRoles, type DistinctRole } from '../dictionary/distinct-roles';
import type { Entity, Origin } from '../dictionary/schema';
import type { Responses, SourceRef } from '../messages/protocol';
import { bdi, button, el } from './dom';
import type { WordKey, Words } from './words';

type Card = NonNullable<Responses['card']>;

/**
 * How much each mode draws. The card is a glance: a few roles, aliases, sources and names it is mentioned with. The
 * popup and the manager draw LIST_FIRST of each list and a «show more» that adds LIST_STEP at a time: an entity can
 * have 100,000 aliases, and drawing them all took seconds.
 */
export const COMPACT = { roles: 3, aliases: 8, sources: 3, related: 5, titleChars: 80 } as const;
/** a role names its article by the start of its title: the whole title is in the list of articles below */
const ROLE_TITLE_CHARS = 40;
export const LIST_FIRST = 50;
export const LIST_STEP = 1000;

export type FactsMode =
  | { mode: 'compact' }
  | {
      mode: 'full';
      openRelated(id: string): void;
      /** the whole entity, for what the card request left out (see lib/background/card) */
      loadEntity(): Promise<Entity>;
    };

const ORIGIN_LABEL = {
  builtIn: 'originBuiltIn',
  imported: 'originImported',
  learned: 'originLearned',
  reader: 'originReader',
} as const satisfies Record<Origin, WordKey>;

/**
 * An entity's facts: type, name, roles (organization, country, source, date), aliases, the articles it appears in,
 * the entities it is mentioned with, the note. One renderer for the hover card (compact) and for the popup and the
 * manager (full), so that they say the same things in the same words. Dictionary text goes in as text only.
 */
export function entityFacts(card: Card, words: Words, options: FactsMode): HTMLElement[] {
  const { entity, related, full } = card;
  const compact = options.mode === 'compact';
  const sources = new Map(card.sources.map((s) => [s.id, s]));
  const nodes: HTMLElement[] = [];
  nodes.push(
    el(
      'header',
      { class: 'entity-head' },
      el('span', { class: `badge ${entity.type}`, text: words.text(entity.type) }),
      el(compact ? 'span' : 'h2', { class: 'name' }, bdi(entity.name)),
      !compact && entity.origin && el('span', { class: 'muted origin', text: words.text(ORIGIN_LABEL[entity.origin]) }),
      !compact && entity.userEdited && el('span', { class: 'mine', text: words.text('userEdited') }),
    ),
  );

  const role = ({ role: r, sources: n }: DistinctRole) =>
    roleItem(r, n, compact || !r.source ? undefined : sources.get(r.source), words);
  const mention = (m: Entity['mentions'][number]) => mentionItem(m, sources.get(m.source), words, compact);
  if (compact) {
    if (entity.roles.length)
      nodes.push(
        el(
          'ul',
          { class: 'roles', 'aria-label': words.text('roles') },
          ...distinctRoles(entity.roles).slice(0, COMPACT.roles).map(role),
        ),
      );
    if (entity.aliases.length)
      nodes.push(
        inline(
          'aliases',
          words.text('aliases'),
          entity.aliases.slice(0, COMPACT.aliases).map((a) => bdi(a, 'alias')),
          words,
        ),
      );
    nodes.push(
      el(
        'div',
        { class: 'sources' },
        el('span', { class: 'label', text: words.count('mentionedIn', entity.mentions.length) }),
        entity.mentions.length > 0 && el('ul', {}, ...entity.mentions.slice(0, COMPACT.sources).map(mention)),
      ),
    );
    if (related.length)
      nodes.push(
        inline(
          'related',
          words.text('related'),
          related.slice(0, COMPACT.related).map((r) => bdi(r.name, `rel ${r.type}`)),
          words,
        ),
      );
    if (entity.note) nodes.push(el('div', { class: 'note', text: `${words.text('note')}: ${entity.note}` }));
    return nodes;
  }

  let whole: Promise<Entity> | undefined;
  const load = () => (whole ??= options.loadEntity());
  if (entity.roles.length) {
    const roles = distinctRoles(entity.roles);
    nodes.push(
      section(
        words.text('roles'),
        ...listOf(
          'roles',
          roles,
          full?.roles ?? roles.length,
          role,
          () => load().then((e) => distinctRoles(e.roles)),
          words,
        ),
      ),
    );
  }
  if (entity.aliases.length) {
    nodes.push(
      section(
        words.text('aliases'),
        ...listOf(
          'aliases',
          entity.aliases,
          full?.aliases ?? entity.aliases.length,
          (a) => el('li', {}, bdi(a)),
          () => load().then((e) => e.aliases),
          words,
        ),
      ),
    );
  }
  if (entity.mentions.length) {
    nodes.push(
      section(
        `${words.text('mentions')} · ${words.count('articleCount', entity.mentions.length)}`,
        ...listOf(
          'mentions',
          entity.mentions,
          entity.mentions.length,
          mention,
          () => Promise.resolve(entity.mentions),
          words,
        ),
      ),
    );
  }
  if (related.length) {
    nodes.push(
      section(
        words.text('related'),
        el(
          'ul',
          { class: 'related' },
          ...related.map((r) =>
            el(
              'li',
              {},
              button(r.name, () => options.openRelated(r.id), { class: `link ${r.type}`, title: words.text(r.type) }),
              ` ×${r.count}`,
            ),
          ),
        ),
      ),
    );
  }
  return nodes;
}

/** A source as a reader recognizes it: its title (a link to its page when it has an http(s) address) and its date. */
export function sourceLabel(source: SourceRef, words: Words, maxChars = Infinity): HTMLElement[] {
  const title = source.title.length > maxChars ? `${source.title.slice(0, maxChars).trimEnd()}…` : source.title;
  const url = safeUrl(source.url);
  const name = url
    ? el(
        'a',
        {
          class: 'source-title',
          href: url,
          target: '_blank',
          rel: 'noopener noreferrer',
          title: `${words.text('openSource')}: ${source.title}`,
        },
        bdi(title),
      )
    : el('span', { class: 'source-title', title: source.title }, bdi(title));
  return source.date ? [name, dateOf(source.date, words)] : [name];
}

/** An ISO date as the reader's language writes it («24 يناير 2023»), in one piece that never breaks across lines. */
export function dateOf(iso: string, words: Words): HTMLElement {
  const day = new Date(`${iso}T00:00:00Z`);
  const text = Number.isNaN(day.getTime())
    ? iso
    : new Intl.DateTimeFormat(words.lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      }).format(day);
  const date = el('bdi', { class: 'date', text });
  date.setAttribute('datetime', iso);
  return date;
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A role, its organization and country, its most recent source, and how many articles give it when more than one. */
function roleItem(
  role: DistinctRole['role'],
  articles: number,
  source: SourceRef | undefined,
  words: Words,
): HTMLElement {
  const li = el('li', { class: 'role' }, bdi(role.title, 'title'));
  const facts: HTMLElement[] = [role.org && !role.title.includes(role.org) ? role.org : undefined, role.country]
    .filter((f): f is string => !!f)
    .map((f) => bdi(f, 'fact'));
  if (source) facts.push(...sourceLabel({ ...source, date: role.date ?? source.date }, words, ROLE_TITLE_CHARS));
  else if (role.date) facts.push(dateOf(role.date, words));
  if (articles > 1)
    facts.push(el('span', { class: 'muted role-articles', text: words.count('articleCount', articles) }));
  // each fact isolated, and the facts together too (taking the direction of their first): in an English page the
  // Arabic facts of a role read right to left, a date or a Latin name keeping its place among them
  if (facts.length) {
    const group = joined('facts', '', facts, listSeparator(words), 'bdi');
    // set, not auto: dir=auto skips the nested isolates, finds only the commas, and falls back to left to right
    group.dir = directionOf(facts[0]!.textContent ?? '');
    li.append(' — ', group);
  }
  return li;
}

/** An article: its title, then (in full) its date, how often it names the entity, and where. */
function mentionItem(
  mention: Entity['mentions'][number],
  source: SourceRef | undefined,
  words: Words,
  compact: boolean,
): HTMLElement {
  const [title, date] = sourceLabel(
    source ?? { id: mention.source, title: mention.source },
    words,
    compact ? COMPACT.titleChars : Infinity,
  );
  if (compact) return el('li', { class: 'source' }, title, date && ' · ', date);
  return el(
    'li',
    { class: 'source' },
    title,
    el('div', { class: 'muted' }, date, date && ' · ', `×${mention.count}`),
    el('q', { text: mention.snippet }),
  );
}

/** The direction of a text by its first strong letter, as dir=auto finds it in plain text. */
function directionOf(text: string): 'rtl' | 'ltr' {
  const first = /[A-Za-z\u00C0-\u024F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.exec(text)?.[0] ?? 'a';
  return /[A-Za-z\u00C0-\u024F]/.test(first) ? 'ltr' : 'rtl';
}

/** The comma the language writes between items: «،» in Arabic text, «,» in English. */
function listSeparator(words: Words): string {
  return words.lang === 'ar' ? '، ' : ', ';
}

function joined(
  className: string,
  lead: string,
  parts: HTMLElement[],
  separator: string,
  tag: 'span' | 'bdi' = 'span',
): HTMLElement {
  const line = el(tag, { class: className || undefined }, lead);
  parts.forEach((p, k) => {
    if (k) line.append(separator);
    line.append(p);
  });
  return line;
}

function inline(className: string, label: string, items: HTMLElement[], words: Words): HTMLElement {
  return el(
    'div',
    { class: className },
    el('span', { class: 'label', text: `${label}: ` }),
    joined('', '', items, listSeparator(words)),
  );
}

function section(title: string, ...body: HTMLElement[]): HTMLElement {
  return el('section', {}, el('h3', { text: title }), ...body);
}

/**
 * A list of which the first LIST_FIRST items are drawn, and a button that draws LIST_STEP more at a time. `items`
 * may be the start of a longer list of `total` items, which `all` gives.
 */
function listOf<T>(
  className: string,
  items: readonly T[],
  total: number,
  item: (x: T) => HTMLElement,
  all: () => Promise<readonly T[]>,
  words: Words,
): HTMLElement[] {
  const list = el('ul', { class: className }, ...items.slice(0, LIST_FIRST).map(item));
  if (total <= LIST_FIRST) return [list];
  let shown = Math.min(LIST_FIRST, items.length);
  let redrawn = false;
  const more = button(
    words.text('showMore', total - shown),
    () => {
      more.disabled = true;
      void all().then((everything) => {
        const next = everything.slice(shown, shown + LIST_STEP);
        // the first time, what was drawn from the card's part of the list is drawn anew from the whole: a grouped
        // list (roles) may give those items more sources once it is whole
        if (!redrawn) list.replaceChildren(...everything.slice(0, shown).map(item));
        redrawn = true;
        list.append(...next.map(item));
        shown += next.length;
        if (shown >= everything.length) more.remove();
        else {
          more.textContent = words.text('showMore', everything.length - shown);
          more.disabled = false;
        }
      });
    },
    { class: 'link more' },
  );
  return [list, more];
}
