import type { ClaimFact, DatePrecision, Stage } from '@dossier/domain';
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { editable } from './columns';
import { events, measures } from './measures';
import { sources } from './sources';

/**
 * One source's word on a fact that sources can dispute: an event's date (`date`), a vote's
 * result (`result`), a measure's stage and since when (`stage`). A fact has one or more claims;
 * an editor may prefer one, with a reason. Claims are never overwritten: a correction is a new
 * claim or a change of preference, both in the audit log. What the record shows is cached on
 * the event (date, disputed) and the measure (stage, stage_disputed).
 */
export const claims = sqliteTable(
  'claims',
  {
    ...editable,
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    /** The event a date or result claim is about; null for a stage claim. */
    eventId: text('event_id').references(() => events.id, { onDelete: 'cascade' }),
    fact: text('fact').$type<ClaimFact>().notNull(),
    /** The date claimed (date), or when the stage was reached (stage). */
    date: text('date'),
    datePrecision: text('date_precision').$type<DatePrecision>(),
    stage: text('stage').$type<Stage>(),
    votesFor: integer('votes_for'),
    votesAgainst: integer('votes_against'),
    abstentions: integer('abstentions'),
    /**
     * Null only for stage claims carried over from before claims, of measures recorded without
     * a source: shown as unsourced. Every claim recorded since names its source.
     */
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'restrict' }),
    note: text('note'),
    unconfirmed: integer('unconfirmed', { mode: 'boolean' }).notNull().default(false),
    preferred: integer('preferred', { mode: 'boolean' }).notNull().default(false),
    preferredReason: text('preferred_reason'),
  },
  (t) => [
    index('claims_event_idx').on(t.eventId, t.fact),
    index('claims_measure_idx').on(t.measureId, t.fact),
    index('claims_source_idx').on(t.sourceId),
    // At most one preferred claim per fact.
    uniqueIndex('claims_preferred_event_unique')
      .on(t.eventId, t.fact)
      .where(sql`${t.preferred} = 1 and ${t.eventId} is not null`),
    uniqueIndex('claims_preferred_stage_unique')
      .on(t.measureId)
      .where(sql`${t.preferred} = 1 and ${t.fact} = 'stage'`),
    check(
      'claims_fact_shape',
      sql`(${t.fact} = 'date' and ${t.eventId} is not null and ${t.date} is not null)
        or (${t.fact} = 'result' and ${t.eventId} is not null)
        or (${t.fact} = 'stage' and ${t.eventId} is null and ${t.stage} is not null and ${t.date} is not null)`,
    ),
    check('claims_preference_reason', sql`${t.preferred} = 0 or ${t.preferredReason} is not null`),
  ],
);
