// Notes and meetings in the interchange file. Their sections come last (they name measures and
// stakeholders), and an export holds them only for a signed-in caller (see dataset/export.ts).
// A note or meeting is found again by its key (the export writes its id), so importing the same
// file twice leaves them unchanged.
import type { InterchangeData } from '@dossier/domain';
import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { type Importer, RecordProblem } from '../dataset/importer';
import { rowIdFor } from '../dataset/keys';
import type { Db } from '../open';
import { inIds } from '../repo/sql';
import {
  measures,
  meetingMeasures,
  meetingStakeholders,
  meetings,
  notes,
  stakeholders,
} from '../schema';
import type { FieldChange } from '../write';
import { viewOf } from './meetings';

/** What one measure's file holds (dataset/export.ts), or null for the whole dossier. */
interface TeamScope {
  measureId: string;
  stakeholderIds: string[];
}

type Read = (
  db: Db,
  scope: TeamScope | null,
  after: readonly string[] | null,
  limit: number,
) => { items: unknown[]; last: string[] | null };

const subjectMeasure = alias(measures, 'subject_measure');

/** Notes by id; one measure's file holds those on it and on the stakeholders it holds. */
export const readNotes: Read = (db, scope, after, limit) => {
  const rows = db
    .select({ note: notes, measure: subjectMeasure.slug, stakeholder: stakeholders.slug })
    .from(notes)
    .leftJoin(
      subjectMeasure,
      and(eq(notes.subjectKind, 'measure'), eq(subjectMeasure.id, notes.subjectId)),
    )
    .leftJoin(
      stakeholders,
      and(eq(notes.subjectKind, 'stakeholder'), eq(stakeholders.id, notes.subjectId)),
    )
    .where(
      and(
        scope
          ? or(
              and(eq(notes.subjectKind, 'measure'), eq(notes.subjectId, scope.measureId)),
              and(
                eq(notes.subjectKind, 'stakeholder'),
                inIds(notes.subjectId, scope.stakeholderIds),
              ),
            )
          : undefined,
        after ? gt(notes.id, after[0]!) : undefined,
      ),
    )
    .orderBy(asc(notes.id))
    .limit(limit)
    .all();
  return {
    items: rows.map(({ note, measure, stakeholder }) => ({
      key: note.id,
      subjectKind: note.subjectKind,
      subject: measure ?? stakeholder,
      body: note.body,
      author: note.author,
    })),
    last: rows.length ? [rows.at(-1)!.note.id] : null,
  };
};

/**
 * Meetings by id. One measure's file holds the meetings about it, naming that measure only (the
 * others are not in the file); the stakeholders met are in its scope.
 */
export const readMeetings: Read = (db, scope, after, limit) => {
  const rows = db
    .select()
    .from(meetings)
    .where(
      and(
        scope
          ? inArray(
              meetings.id,
              db
                .select({ id: meetingMeasures.meetingId })
                .from(meetingMeasures)
                .where(eq(meetingMeasures.measureId, scope.measureId)),
            )
          : undefined,
        after ? gt(meetings.id, after[0]!) : undefined,
      ),
    )
    .orderBy(asc(meetings.id))
    .limit(limit)
    .all();
  return {
    items: viewOf(db, rows).map((m) => ({
      key: m.id,
      heldOn: m.heldOn,
      title: m.title,
      attendees: m.attendees,
      stakeholders: m.stakeholders.map((s) => s.slug).sort(),
      measures: m.measures
        .filter((x) => !scope || x.id === scope.measureId)
        .map((x) => x.slug)
        .sort(),
      summary: m.summary,
      followUps: m.followUps,
      author: m.author,
    })),
    last: rows.length ? [rows.at(-1)!.id] : null,
  };
};

type Outcome = 'created' | 'updated' | 'unchanged';

export function importNote(imp: Importer, n: InterchangeData<'notes'>): Outcome {
  const subjectId =
    n.subjectKind === 'measure'
      ? imp.measure(n.subject, ['subject']).id
      : imp.stakeholder(n.subject, ['subject']).id;
  const id = rowIdFor('note', n.key);
  const current = imp.tx.select().from(notes).where(eq(notes.id, id)).get();
  if (current) {
    if (current.subjectKind !== n.subjectKind || current.subjectId !== subjectId)
      throw new RecordProblem(
        ['key'],
        `"${n.key}" is the key of a note on another ${current.subjectKind} in the database; give this note a key of its own`,
      );
    imp.update(notes, current, { body: n.body, author: n.author });
    return imp.changed ? 'updated' : 'unchanged';
  }
  imp.insert(notes, { subjectKind: n.subjectKind, subjectId, body: n.body, author: n.author }, id);
  return 'created';
}

/** Ids as a set, for comparing link sets whatever their order. */
const sameSet = (a: readonly string[], b: readonly string[]) =>
  [...new Set(a)].sort().join('\n') === [...new Set(b)].sort().join('\n');

/**
 * A meeting and its links. The links the file gives replace the meeting's (logged as changes of
 * its `stakeholders` and `measures` fields); a list left out leaves them as they are.
 */
export function importMeeting(imp: Importer, m: InterchangeData<'meetings'>): Outcome {
  const stakeholderIds = m.stakeholders?.map(
    (slug, i) => imp.stakeholder(slug, ['stakeholders', i]).id,
  );
  const measureIds = m.measures?.map((ref, i) => imp.measure(ref, ['measures', i]).id);
  const values = {
    heldOn: m.heldOn,
    title: m.title,
    attendees: m.attendees,
    summary: m.summary,
    followUps: m.followUps,
    author: m.author,
  };
  const id = rowIdFor('meeting', m.key);
  const current = imp.tx.select().from(meetings).where(eq(meetings.id, id)).get();
  if (!current) {
    imp.insert(
      meetings,
      { ...values, summary: m.summary ?? null, followUps: m.followUps ?? null },
      id,
    );
    writeLinks(imp, id, stakeholderIds, measureIds);
    return 'created';
  }
  const related: FieldChange[] = [];
  const before = {
    stakeholders: imp.tx
      .select({ id: meetingStakeholders.stakeholderId })
      .from(meetingStakeholders)
      .where(eq(meetingStakeholders.meetingId, id))
      .all()
      .map((r) => r.id),
    measures: imp.tx
      .select({ id: meetingMeasures.measureId })
      .from(meetingMeasures)
      .where(eq(meetingMeasures.meetingId, id))
      .all()
      .map((r) => r.id),
  };
  const newStakeholders =
    stakeholderIds && !sameSet(before.stakeholders, stakeholderIds) ? stakeholderIds : undefined;
  const newMeasures = measureIds && !sameSet(before.measures, measureIds) ? measureIds : undefined;
  if (newStakeholders)
    related.push({ field: 'stakeholders', before: before.stakeholders, after: newStakeholders });
  if (newMeasures) related.push({ field: 'measures', before: before.measures, after: newMeasures });
  imp.update(meetings, current, values, related);
  if (related.length) writeLinks(imp, id, newStakeholders, newMeasures, true);
  return imp.changed ? 'updated' : 'unchanged';
}

function writeLinks(
  imp: Importer,
  meetingId: string,
  stakeholderIds: readonly string[] | undefined,
  measureIds: readonly string[] | undefined,
  replace = false,
) {
  if (stakeholderIds) {
    const ids = [...new Set(stakeholderIds)];
    imp.write(meetingStakeholders, () => {
      if (replace)
        imp.tx
          .delete(meetingStakeholders)
          .where(eq(meetingStakeholders.meetingId, meetingId))
          .run();
      if (ids.length)
        imp.tx
          .insert(meetingStakeholders)
          .values(ids.map((stakeholderId) => ({ meetingId, stakeholderId })))
          .run();
    });
  }
  if (measureIds) {
    const ids = [...new Set(measureIds)];
    imp.write(meetingMeasures, () => {
      if (replace)
        imp.tx.delete(meetingMeasures).where(eq(meetingMeasures.meetingId, meetingId)).run();
      if (ids.length)
        imp.tx
          .insert(meetingMeasures)
          .values(ids.map((measureId) => ({ meetingId, measureId })))
          .run();
    });
  }
}
