import type {
  BodyKind,
  DatePrecision,
  EventKind,
  IdentifierRole,
  IdentifierScheme,
  LinkRelation,
  MeasureKind,
  MemberState,
  Stage,
} from '@dossier/domain';
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { editable } from './columns';
import { sources } from './sources';

export const measures = sqliteTable(
  'measures',
  {
    ...editable,
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    kind: text('kind').$type<MeasureKind>().notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    /**
     * The stage its stage claims show (see claims.ts), kept here for lists and filters; null for
     * a measure that follows no procedure (a letter, a statement, a report).
     */
    stage: text('stage').$type<Stage>(),
    /** Its stage claims disagree and no editor has preferred one. */
    stageDisputed: integer('stage_disputed', { mode: 'boolean' }).notNull().default(false),
    summary: text('summary'),
    /** JSON array of strings. */
    policyAreas: text('policy_areas', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'restrict' }),
  },
  (t) => [
    uniqueIndex('measures_slug_unique').on(t.slug),
    index('measures_title_id_idx').on(t.title, t.id),
    // A list filtered by one stage, kind or jurisdiction reads its page in order from these,
    // rather than sorting every measure that matches (migration 0006).
    index('measures_stage_title_idx').on(t.stage, t.title, t.id),
    index('measures_kind_title_idx').on(t.kind, t.title, t.id),
    index('measures_jurisdiction_title_idx').on(t.jurisdiction, t.title, t.id),
  ],
);

/**
 * Official references of a measure: procedure reference, CELEX, ELI, COM number, ... Each is
 * kept as written (`value`) and in the canonical form it is matched by, so "2016/106/cod" and
 * "2016/0106(COD)" are one identifier.
 */
export const measureIdentifiers = sqliteTable(
  'measure_identifiers',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    scheme: text('scheme').$type<IdentifierScheme>().notNull(),
    /** As written where it was found. */
    value: text('value').notNull(),
    /** What `parseIdentifier` makes of it (see @dossier/domain identifiers.ts). */
    canonical: text('canonical').notNull(),
    /** What it names in the measure's life: the original proposal, the adopted act, ... */
    role: text('role').$type<IdentifierRole>(),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('measure_identifiers_scheme_canonical_unique').on(t.scheme, t.canonical),
    // Written forms no parser reads (kept from before canonical forms) are matched as typed.
    index('measure_identifiers_value_nocase_idx').on(sql`${t.value} collate nocase`),
    index('measure_identifiers_measure_idx').on(t.measureId),
  ],
);

/**
 * A dated entry on a measure's timeline. `date` is YYYY, YYYY-MM or YYYY-MM-DD: the date its
 * date claims show (see claims.ts), kept here to sort and page the timeline.
 */
export const events = sqliteTable(
  'events',
  {
    ...editable,
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    datePrecision: text('date_precision').$type<DatePrecision>().notNull(),
    kind: text('kind').$type<EventKind>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** The source that reports the event. */
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
    /** Who acted: the kind of body, and which one in free text (ep_committee, "LIBE"). */
    bodyKind: text('body_kind').$type<BodyKind>(),
    bodyName: text('body_name'),
    /** JSON array of the ISO codes of the Member States it concerns. */
    memberStates: text('member_states', { mode: 'json' })
      .$type<MemberState[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Reported, but not confirmed by a source that would know. */
    unconfirmed: integer('unconfirmed', { mode: 'boolean' }).notNull().default(false),
    /** Its date or result claims disagree and no editor has preferred one. */
    disputed: integer('disputed', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('events_measure_date_idx').on(t.measureId, t.date),
    index('events_source_idx').on(t.sourceId),
    // Lists mark a measure with any disputed fact; few events are, so the index stays small.
    index('events_disputed_idx').on(t.measureId).where(sql`${t.disputed} = 1`),
  ],
);

/** The documents an event produced (a report, a Council document), each by its identifier. */
export const eventDocuments = sqliteTable(
  'event_documents',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    title: text('title'),
    scheme: text('scheme').$type<IdentifierScheme>().notNull(),
    value: text('value').notNull(),
    canonical: text('canonical').notNull(),
    url: text('url'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('event_documents_event_idx').on(t.eventId),
    index('event_documents_canonical_idx').on(t.scheme, t.canonical),
  ],
);

/** A typed, directed link: "from depends on to". */
export const measureLinks = sqliteTable(
  'measure_links',
  {
    ...editable,
    fromMeasureId: text('from_measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    toMeasureId: text('to_measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    relation: text('relation').$type<LinkRelation>().notNull(),
    note: text('note'),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'restrict' }),
  },
  (t) => [
    uniqueIndex('measure_links_unique').on(t.fromMeasureId, t.toMeasureId, t.relation),
    index('measure_links_to_idx').on(t.toMeasureId),
    check('measure_links_not_self', sql`${t.fromMeasureId} <> ${t.toMeasureId}`),
  ],
);
