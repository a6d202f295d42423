import { z } from 'zod';

/**
 * The Kashif dictionary file: the one format shared by the command-line tool (`kashif build` writes it),
 * the extension (seeded from it, exports and imports it) and the scorers in ../shared/eval.
 * Types are inferred from this schema so that the format is written down once.
 */
export const DICTIONARY_FORMAT = 'kashif-dictionary';
export const DICTIONARY_VERSION = 1;

export const EntityType = z.enum(['person', 'org']);

export const Role = z.object({
  /** the role as the text writes it: «الأمين العام لوزارة الشؤون الخارجية», «السفير» */
  title: z.string().min(1),
  /** the organization the role belongs to, when the text says it */
  org: z.string().min(1).optional(),
  /** the country, when the text says it (an Arabic country name) */
  country: z.string().min(1).optional(),
  /** id of the source article (see Source.id) */
  source: z.string().min(1).optional(),
  /** ISO date (YYYY-MM-DD) of the source article, when it gives one */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .optional(),
});

export const Mention = z.object({
  source: z.string().min(1),
  count: z.number().int().positive(),
  /** a short piece of the article around the first mention */
  snippet: z.string(),
});

/**
 * Where an entity came from: the dictionary shipped with the extension, a dictionary file the reader imported, a
 * corpus or page the reader had Kashif learn from, or the reader's own hand. Only built-in entities the reader never
 * touched follow updates of the built-in dictionary; all others are the reader's to keep.
 */
export const Origin = z.enum(['builtIn', 'imported', 'learned', 'reader']);

export const Related = z.object({
  id: z.string().min(1),
  /** in how many sentences the two entities appear together */
  count: z.number().int().positive(),
});

/** Why extraction holds an entity to be real (see Confidence). */
export const ConfidenceReason = z.enum([
  'title',
  'honorific',
  'given-name',
  'list',
  'known-name',
  'head-noun',
  'credit',
  'model',
  'several-articles',
]);

/**
 * How sure extraction is that the entity is real, and why: a title was seen beside the name, the sequence tagger
 * alone read it, it was seen in several articles. Entities below LOW_CONFIDENCE are listed apart by `build`.
 */
export const Confidence = z.object({
  /** 0 (a guess) to 1 (certain) */
  score: z.number().min(0).max(1),
  reasons: z.array(ConfidenceReason),
});

/** Below this score an entity is reported apart as low-confidence. */
export const LOW_CONFIDENCE = 0.6;

/** A learned entity's standing: the reader kept it or two sites named it ('confirmed'), or said "Not a name". */
export const LearnedState = z.enum(['new', 'confirmed', 'rejected']);

const isoDateTime = z.string().datetime({ offset: true });

/**
 * What learning from the pages the reader reads knows of an entity (origin 'learned'). A 'rejected' one stays
 * stored, so that its name is never learned again, but is never matched or searched.
 */
export const Learned = z.object({
  state: LearnedState,
  /** the sites (hosts) whose articles named it, in the order first seen */
  sites: z.array(z.string().min(1)),
  firstSeen: isoDateTime,
  lastSeen: isoDateTime,
});

export const Entity = z.object({
  /** stable across rebuilds of the same corpus: derived from type and normalized canonical name */
  id: z.string().min(1),
  type: EntityType,
  name: z.string().min(1),
  /** other ways the texts write the same entity: short forms, spellings, Latin names, @handles */
  aliases: z.array(z.string().min(1)),
  roles: z.array(Role),
  mentions: z.array(Mention),
  related: z.array(Related),
  /** the reader's own note (the extension's manager edits it) */
  note: z.string().optional(),
  /** set when the reader created, edited, annotated or merged into this entity; updates never overwrite it */
  userEdited: z.boolean().optional(),
  /** where the entity came from; absent in files of `kashif build` (an import records them as imported) */
  origin: Origin.optional(),
  /** how sure extraction is of it, and why; absent in dictionaries written before it was recorded */
  confidence: Confidence.optional(),
  /** set on entities learned from pages the reader read (see Learned) */
  learned: Learned.optional(),
});

export const Source = z.object({
  /** short id, the file name without extension */
  id: z.string().min(1),
  /** the file as given to `build` */
  file: z.string().min(1),
  title: z.string().optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** where the article was published, when its page says (canonical link or og:url): an absolute http(s) URL */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** the site (host) of a page the extension learned from */
  site: z.string().min(1).optional(),
  chars: z.number().int().nonnegative(),
});

export const Dictionary = z.object({
  format: z.literal(DICTIONARY_FORMAT),
  version: z.literal(DICTIONARY_VERSION),
  builtAt: z.string().datetime({ offset: true }),
  sources: z.array(Source),
  entities: z.array(Entity),
});

export type EntityType = z.infer<typeof EntityType>;
export type Origin = z.infer<typeof Origin>;
export type Role = z.infer<typeof Role>;
export type Mention = z.infer<typeof Mention>;
export type Related = z.infer<typeof Related>;
export type Entity = z.infer<typeof Entity>;
export type LearnedState = z.infer<typeof LearnedState>;
export type Learned = z.infer<typeof Learned>;
export type Confidence = z.infer<typeof Confidence>;
export type ConfidenceReason = z.infer<typeof ConfidenceReason>;
export type Source = z.infer<typeof Source>;
export type Dictionary = z.infer<typeof Dictionary>;
