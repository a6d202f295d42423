import { z } from 'zod';
import { Dictionary, Entity, EntityType, type LearnedState, type Origin } from '../dictionary/schema';
import type { TextCode } from '../text-code/code';

/*
 * The messages between the extension's parts, one protocol per direction, each validated on arrival with these
 * schemas (a message that does not parse is refused, whoever sent it):
 * - `Request`: content scripts and the extension's pages to the background, answered as `Responses`;
 * - `ExtensionPageToContent`: the popup and the manager to a tab's content script, answered as `ContentResponses`;
 * - `BackgroundToContent`: the background to every tab's content script, when the dictionary or settings change.
 */

/**
 * The card's language: 'auto' follows the page's (lib/page/page-language), else the reader's choice in the popup.
 */
export const CARD_LANGUAGES = ['auto', 'ar', 'en'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

/** The longest article body a page may send to learn from, in characters. */
export const MAX_LEARNED_TEXT = 1_000_000;
const MAX_URL = 8192;

/** What content scripts and the extension's pages ask the background (lib/messages/client and server). */
export const Request = z.discriminatedUnion('type', [
  /**
   * a content script's page text (blocks joined by lib/page/page-text's BLOCK_SEPARATOR): find the mentions in it.
   * With `decode`, the text is in the text code (lib/text-code) that this decoding table belongs to.
   */
  z.object({ type: z.literal('match'), text: z.string(), decode: z.string().max(0x80).optional() }),
  /** the code a content script may send its text in (it depends on the dictionary) */
  z.object({ type: z.literal('textCode') }),
  /** is Kashif on for this page? */
  z.object({ type: z.literal('pageStatus'), url: z.string() }),
  /** how many distinct entities the sender's tab mentions (for the toolbar badge) */
  z.object({ type: z.literal('pageEntities'), ids: z.array(z.string()).max(1_000_000) }),
  z.object({ type: z.literal('entity'), id: z.string() }),
  /** what the hover card shows: the entity, and the names of the entities it is mentioned with */
  z.object({ type: z.literal('card'), id: z.string() }),
  z.object({ type: z.literal('search'), query: z.string().max(200), limit: z.number().int().min(1).max(100) }),
  z.object({ type: z.literal('settings') }),
  z.object({ type: z.literal('setPaused'), paused: z.boolean() }),
  z.object({ type: z.literal('setSiteEnabled'), host: z.string().min(1), enabled: z.boolean() }),
  z.object({ type: z.literal('setCardLanguage'), cardLanguage: z.enum(CARD_LANGUAGES) }),
  z.object({ type: z.literal('saveEntities'), entities: z.array(Entity).min(1) }),
  z.object({ type: z.literal('deleteEntities'), ids: z.array(z.string()).min(1) }),
  z.object({ type: z.literal('stats') }),
  /** the manager's table: one light row per entity */
  z.object({ type: z.literal('listEntities') }),
  z.object({ type: z.literal('mergeEntities'), into: z.string(), from: z.array(z.string()).min(1) }),
  /** the reviewed result of a corpus import: new entities, and new names and roles of known ones */
  z.object({ type: z.literal('addReviewed'), entities: z.array(Entity).min(1) }),
  /**
   * replaces the whole dictionary: validated here again, applied whole or not at all. `importId` is recorded with
   * it, so that the sender can ask whether it committed when the reply is lost (the worker stopped after the commit)
   */
  z.object({
    type: z.literal('importDictionary'),
    dictionary: Dictionary,
    importId: z.string().min(1).max(100).optional(),
  }),
  /** whether the import of that id committed, and with how many entities */
  z.object({ type: z.literal('importStatus'), importId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('exportDictionary') }),
  z.object({ type: z.literal('resetDictionary') }),
  /**
   * the article body a content script read on its page (lib/article): the background learns its names, if learning
   * is on for the url's host (it checks itself: a content script's say-so is not enough)
   */
  z.object({
    type: z.literal('learnPage'),
    url: z.string().max(MAX_URL),
    title: z.string().max(1000),
    text: z.string().max(MAX_LEARNED_TEXT),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
      .optional(),
    lang: z.string().max(35).optional(),
  }),
  /** the reader keeps a learned entity: it becomes confirmed */
  z.object({ type: z.literal('keepLearned'), id: z.string().min(1) }),
  /** "Not a name": a learned entity becomes rejected (kept, so that it is never learned again; not deleted) */
  z.object({ type: z.literal('rejectLearned'), id: z.string().min(1) }),
  /** the card's Edit: the background opens the manager on that entity */
  z.object({ type: z.literal('openInManager'), id: z.string().min(1) }),
  /** learning on or off: everywhere without `host`, on that site with it */
  z.object({ type: z.literal('setLearning'), host: z.string().min(1).optional(), enabled: z.boolean() }),
  /** removes every learned entity in these states (the manager's prune) */
  z.object({
    type: z.literal('pruneLearned'),
    states: z
      .array(z.enum(['new', 'rejected']))
      .min(1)
      .max(2),
  }),
  /** a rejected entity back to 'new' */
  z.object({ type: z.literal('restoreLearned'), id: z.string().min(1) }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/**
 * The requests that change or reveal the whole dictionary: accepted only from the extension's own pages, never
 * from a content script (which runs inside pages Kashif does not control).
 */
export const EXTENSION_PAGES_ONLY: ReadonlySet<RequestType> = new Set<RequestType>([
  'saveEntities',
  'deleteEntities',
  'mergeEntities',
  'addReviewed',
  'importDictionary',
  'exportDictionary',
  'resetDictionary',
  'pruneLearned',
  'restoreLearned',
]);

export interface MatchedEntity {
  id: string;
  type: EntityType;
  name: string;
  /** 'new' for an entity learned from pages the reader has not confirmed yet (drawn in a quieter style) */
  learned?: 'new';
}

export interface SearchResult {
  id: string;
  type: EntityType;
  name: string;
  role?: string;
  matched: string;
}

export interface PageStatus {
  enabled: boolean;
  paused: boolean;
  siteDisabled: boolean;
  host: string;
  cardLanguage: CardLanguage;
  /** whether Kashif learns from this page's article (learning on, and not off for this host) */
  learning: boolean;
  /** learning is off for this host */
  learningSiteDisabled: boolean;
}

/** An article an entity was found in, as a reader recognizes it: its title (or file name), date and page. */
export interface SourceRef {
  id: string;
  title: string;
  date?: string;
  url?: string;
  /** the site (host) of a page Kashif learned from while the reader read it */
  site?: string;
}

export interface Responses {
  /** hits as flat triples (start, end, index into `entities`), in document order */
  match: { revision: number; hits: number[]; entities: MatchedEntity[] };
  textCode: TextCode;
  pageStatus: PageStatus;
  pageEntities: null;
  entity: Entity | null;
  /**
   * the entity (long lists and note cut short: see lib/background/card), the entities it is mentioned with, and
   * when anything was cut, the entity's full sizes (the `entity` request gives it whole)
   */
  card: {
    entity: Entity;
    related: (MatchedEntity & { count: number })[];
    /** the articles the entity's mentions and roles refer to */
    sources: SourceRef[];
    full?: { aliases: number; roles: number; noteChars?: number };
  } | null;
  search: SearchResult[];
  settings: {
    paused: boolean;
    disabledSites: string[];
    cardLanguage: CardLanguage;
    learning: boolean;
    learningDisabledSites: string[];
  };
  setPaused: null;
  setCardLanguage: null;
  setSiteEnabled: null;
  saveEntities: null;
  deleteEntities: null;
  stats: { entities: number; persons: number; orgs: number; revision: number; builtAt?: string };
  listEntities: EntityRow[];
  mergeEntities: Entity;
  addReviewed: null;
  importDictionary: { entities: number };
  importStatus: { committed: boolean; entities: number };
  exportDictionary: Dictionary;
  resetDictionary: null;
  /** how many entities were learned new, how many became confirmed, and the dictionary's revision after it */
  learnPage: { added: number; confirmed: number; revision: number };
  keepLearned: null;
  rejectLearned: null;
  openInManager: null;
  setLearning: null;
  pruneLearned: { removed: number };
  restoreLearned: null;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  role: string;
  count: number;
  aliases: number;
  userEdited: boolean;
  origin: Origin;
  learnedState?: LearnedState;
}

/** The reply envelope: errors travel as data, since thrown errors lose their message across the message channel. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export { BackgroundToContent, ExtensionPageToContent } from './content-protocol';

export interface PageEntity extends MatchedEntity {
  count: number;
}

export interface ContentResponses {
  /**
   * the entities the page mentions, most mentioned first, and the page's host (for the per-site switch);
   * `tooLarge`: the page is too large to mark whole, only what the reader scrolled to is marked
   */
  pageMentions: { host: string; entities: PageEntity[]; tooLarge: boolean };
  /** scrolls to mention `index` of an entity (wrapping around) and flashes it */
  reveal: { index: number; total: number };
  /** the page's article text, for «find new names on this page» */
  pageText: { url: string; title: string; text: string };
  /** answered once the content script has followed the change (so that the sender can read the page again) */
  dictionaryChanged: null;
  settingsChanged: null;
}
