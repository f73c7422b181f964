import type { NoteSubject } from '@dossier/domain';
import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { editable } from './columns';
import { measures } from './measures';
import { stakeholders } from './stakeholders';

/**
 * The team's own notes on a measure or a stakeholder, in Markdown (rendered without raw HTML).
 * They are not facts of the record: no source, never shown on a public read-only deployment.
 */
export const notes = sqliteTable(
  'notes',
  {
    ...editable,
    subjectKind: text('subject_kind').$type<NoteSubject>().notNull(),
    /** The id of the measure or stakeholder. */
    subjectId: text('subject_id').notNull(),
    body: text('body').notNull(),
    /** Who wrote it (the signed-in person or token, as in the audit log). */
    author: text('author').notNull(),
  },
  (t) => [index('notes_subject_idx').on(t.subjectKind, t.subjectId, t.createdAt)],
);

/** A meeting the team held with stakeholders about measures: the meeting log. */
export const meetings = sqliteTable(
  'meetings',
  {
    ...editable,
    /** A partial date, like every date in the record (2016, 2016-08, 2016-08-23). */
    heldOn: text('held_on').notNull(),
    title: text('title').notNull(),
    /** Who attended for the team, as written. JSON array of strings. */
    attendees: text('attendees', { mode: 'json' }).$type<string[]>().notNull(),
    /** Markdown. */
    summary: text('summary'),
    /** Markdown: what was agreed to do next. */
    followUps: text('follow_ups'),
    author: text('author').notNull(),
  },
  (t) => [index('meetings_held_on_idx').on(t.heldOn, t.id)],
);

export const meetingStakeholders = sqliteTable(
  'meeting_stakeholders',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    stakeholderId: text('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.stakeholderId] }),
    index('meeting_stakeholders_stakeholder_idx').on(t.stakeholderId),
  ],
);

export const meetingMeasures = sqliteTable(
  'meeting_measures',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.measureId] }),
    index('meeting_measures_measure_idx').on(t.measureId),
  ],
);
