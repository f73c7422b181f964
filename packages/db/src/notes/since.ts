// What the team wrote about some measures and stakeholders since an instant: for the digest and
// the feed of followed items, which read notes and meetings beside the audit log.
import { and, desc, gt, inArray, or } from 'drizzle-orm';
import type { Db } from '../open';
import { inIds } from '../repo/sql';
import { meetingMeasures, meetingStakeholders, meetings, notes } from '../schema';
import { type MeetingView, viewOf } from './meetings';
import type { NoteRow } from './notes';

export interface TeamWordsSince {
  /** Notes written or edited after `since`, on the measures and stakeholders given, newest first. */
  notes: NoteRow[];
  /** Meetings logged or edited after `since` that concern them, the latest held first. */
  meetings: MeetingView[];
}

/** At most this many of each: a digest lists the latest, and links to the pages for the rest. */
const maxEach = 200;

export function teamWordsSince(
  db: Db,
  about: { measureIds: readonly string[]; stakeholderIds: readonly string[]; since: string },
): TeamWordsSince {
  const { measureIds, stakeholderIds, since } = about;
  const noteRows = db
    .select()
    .from(notes)
    .where(
      and(
        gt(notes.updatedAt, since),
        or(
          and(inArray(notes.subjectKind, ['measure']), inIds(notes.subjectId, measureIds)),
          and(inArray(notes.subjectKind, ['stakeholder']), inIds(notes.subjectId, stakeholderIds)),
        ),
      ),
    )
    .orderBy(desc(notes.updatedAt), desc(notes.id))
    .limit(maxEach)
    .all();
  const meetingIds = [
    ...db
      .select({ id: meetingMeasures.meetingId })
      .from(meetingMeasures)
      .where(inIds(meetingMeasures.measureId, measureIds))
      .all(),
    ...db
      .select({ id: meetingStakeholders.meetingId })
      .from(meetingStakeholders)
      .where(inIds(meetingStakeholders.stakeholderId, stakeholderIds))
      .all(),
  ].map((r) => r.id);
  const meetingRows = meetingIds.length
    ? db
        .select()
        .from(meetings)
        .where(and(gt(meetings.updatedAt, since), inIds(meetings.id, [...new Set(meetingIds)])))
        .orderBy(desc(meetings.heldOn), desc(meetings.id))
        .limit(maxEach)
        .all()
    : [];
  return { notes: noteRows, meetings: viewOf(db, meetingRows) };
}
