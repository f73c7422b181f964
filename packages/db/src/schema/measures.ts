import type {
  DatePrecision,
  EventKind,
  IdentifierScheme,
  LinkRelation,
  MeasureKind,
  Stage,
} from '@dossier/domain';
import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
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
    stage: text('stage').$type<Stage>().notNull(),
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
    index('measures_stage_idx').on(t.stage),
    index('measures_kind_idx').on(t.kind),
    index('measures_jurisdiction_idx').on(t.jurisdiction),
  ],
);

/** Official references of a measure: procedure reference, CELEX, ELI, COM number, ... */
export const measureIdentifiers = sqliteTable(
  'measure_identifiers',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    scheme: text('scheme').$type<IdentifierScheme>().notNull(),
    value: text('value').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('measure_identifiers_scheme_value_unique').on(t.scheme, t.value),
    // Identifiers are looked up as typed, whatever the case: "2017/0003(cod)" finds 2017/0003(COD).
    index('measure_identifiers_value_nocase_idx').on(sql`${t.value} collate nocase`),
    index('measure_identifiers_measure_idx').on(t.measureId),
  ],
);

/** A dated entry on a measure's timeline. `date` is YYYY, YYYY-MM or YYYY-MM-DD. */
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
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
  },
  (t) => [
    index('events_measure_date_idx').on(t.measureId, t.date),
    index('events_source_idx').on(t.sourceId),
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
