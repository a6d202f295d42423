import { z } from 'zod';
import { Dictionary, Entity, EntityType } from '../dictionary/schema';
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
]);

export interface MatchedEntity {
  id: string;
  type: EntityType;
  name: string;
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
}

/** An article an entity was found in, as a reader recognizes it: its title (or file name), date and page. */
export interface SourceRef {
  id: string;
  title: string;
  date?: string;
  url?: string;
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
  settings: { paused: boolean; disabledSites: string[]; cardLanguage: CardLanguage };
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
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  role: string;
  count: number;
  aliases: number;
  userEdited: boolean;
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
