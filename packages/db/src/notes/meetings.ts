// The meeting log: a meeting with the stakeholders met and the measures discussed, written in
// one transaction with its link rows. A change of either link set is logged as a field of the
// meeting (`stakeholders`, `measures`), as a measure's identifiers are.
import type { MeetingCreateData, MeetingListQuery, MeetingUpdateData } from '@dossier/domain';
import { meetingLinksMessage } from '@dossier/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import { DossierError } from '../errors';
import { newId } from '../ids';
import type { Db } from '../open';
import { beyond, cursorLists, decodeCursor, encodeCursor, toPage } from '../repo/cursor';
import { requireMeasure } from '../repo/measures';
import { inIds } from '../repo/sql';
import {
  changes,
  measures,
  meetingMeasures,
  meetingStakeholders,
  meetings,
  stakeholders,
} from '../schema';
import {
  type Actor,
  type FieldChange,
  insertRow,
  type Tx,
  updateRow,
  writeTransaction,
} from '../write';
import { requireStakeholder, requireSubject, type Subject } from './subjects';

export type MeetingRow = typeof meetings.$inferSelect;

export interface MeetingView extends MeetingRow {
  stakeholders: { id: string; slug: string; name: string }[];
  measures: { id: string; slug: string; title: string }[];
}

/** The ids the refs name, in the order given, without repeats; NOT_FOUND names a bad ref. */
function resolveLinks(tx: Tx, input: { stakeholderRefs?: string[]; measureRefs?: string[] }) {
  const unique = (ids: string[]) => [...new Set(ids)];
  return {
    stakeholderIds:
      input.stakeholderRefs &&
      unique(input.stakeholderRefs.map((r) => requireStakeholder(tx, r).id)),
    measureIds: input.measureRefs && unique(input.measureRefs.map((r) => requireMeasure(tx, r).id)),
  };
}

const linkedStakeholderIds = (tx: Tx | Db, meetingId: string) =>
  tx
    .select({ id: meetingStakeholders.stakeholderId })
    .from(meetingStakeholders)
    .where(eq(meetingStakeholders.meetingId, meetingId))
    .all()
    .map((r) => r.id);

const linkedMeasureIds = (tx: Tx | Db, meetingId: string) =>
  tx
    .select({ id: meetingMeasures.measureId })
    .from(meetingMeasures)
    .where(eq(meetingMeasures.meetingId, meetingId))
    .all()
    .map((r) => r.id);

function writeLinks(tx: Tx, meetingId: string, stakeholderIds?: string[], measureIds?: string[]) {
  if (stakeholderIds) {
    tx.delete(meetingStakeholders).where(eq(meetingStakeholders.meetingId, meetingId)).run();
    if (stakeholderIds.length)
      tx.insert(meetingStakeholders)
        .values(stakeholderIds.map((stakeholderId) => ({ meetingId, stakeholderId })))
        .run();
  }
  if (measureIds) {
    tx.delete(meetingMeasures).where(eq(meetingMeasures.meetingId, meetingId)).run();
    if (measureIds.length)
      tx.insert(meetingMeasures)
        .values(measureIds.map((measureId) => ({ meetingId, measureId })))
        .run();
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

export function createMeeting(db: Db, input: MeetingCreateData, actor: Actor): MeetingView {
  return writeTransaction(db, (tx) => {
    const { stakeholderIds = [], measureIds = [] } = resolveLinks(tx, input);
    const row = insertRow(
      tx,
      meetings,
      {
        heldOn: input.heldOn,
        title: input.title,
        attendees: input.attendees,
        summary: input.summary ?? null,
        followUps: input.followUps ?? null,
        author: actor,
      },
      actor,
    );
    writeLinks(tx, row.id, stakeholderIds, measureIds);
    // The links are part of what was created: logged beside the row's own 'create', so a feed
    // reading the log sees which measures and stakeholders the meeting concerns.
    tx.insert(changes)
      .values(
        (
          [
            ['stakeholders', stakeholderIds],
            ['measures', measureIds],
          ] as const
        ).map(([field, ids]) => ({
          id: newId(),
          at: row.createdAt,
          actor,
          entity: 'meetings',
          entityId: row.id,
          action: 'create' as const,
          field,
          before: null,
          after: JSON.stringify(ids),
          version: 1,
        })),
      )
      .run();
    return viewOf(tx, [row])[0]!;
  });
}

/** Changes a meeting still at the version the editor read; link sets given replace the old. */
export function updateMeeting(db: Db, input: MeetingUpdateData, actor: Actor): MeetingView {
  return writeTransaction(db, (tx) => {
    const { id, version, stakeholderRefs: _s, measureRefs: _m, ...patch } = input;
    const { stakeholderIds, measureIds } = resolveLinks(tx, input);
    const related: FieldChange[] = [];
    const beforeStakeholders = linkedStakeholderIds(tx, id);
    const beforeMeasures = linkedMeasureIds(tx, id);
    if (stakeholderIds && !sameSet(beforeStakeholders, stakeholderIds))
      related.push({ field: 'stakeholders', before: beforeStakeholders, after: stakeholderIds });
    if (measureIds && !sameSet(beforeMeasures, measureIds))
      related.push({ field: 'measures', before: beforeMeasures, after: measureIds });
    if ((stakeholderIds ?? beforeStakeholders).length + (measureIds ?? beforeMeasures).length === 0)
      throw new DossierError('BAD_REQUEST', `A meeting must ${meetingLinksMessage}.`);
    // The version check comes first (in updateRow), so a stale edit changes no link either.
    const row = updateRow(tx, meetings, id, version, patch, actor, related);
    if (related.length)
      writeLinks(
        tx,
        id,
        related.some((r) => r.field === 'stakeholders') ? stakeholderIds : undefined,
        related.some((r) => r.field === 'measures') ? measureIds : undefined,
      );
    return viewOf(tx, [row])[0]!;
  });
}

/** Meetings with their stakeholders and measures, in two queries for the whole page. */
export function viewOf(db: Db | Tx, rows: readonly MeetingRow[]): MeetingView[] {
  const ids = rows.map((r) => r.id);
  const people = db
    .select({
      meetingId: meetingStakeholders.meetingId,
      id: stakeholders.id,
      slug: stakeholders.slug,
      name: stakeholders.name,
    })
    .from(meetingStakeholders)
    .innerJoin(stakeholders, eq(stakeholders.id, meetingStakeholders.stakeholderId))
    .where(inIds(meetingStakeholders.meetingId, ids))
    .orderBy(asc(stakeholders.name))
    .all();
  const discussed = db
    .select({
      meetingId: meetingMeasures.meetingId,
      id: measures.id,
      slug: measures.slug,
      title: measures.title,
    })
    .from(meetingMeasures)
    .innerJoin(measures, eq(measures.id, meetingMeasures.measureId))
    .where(inIds(meetingMeasures.meetingId, ids))
    .orderBy(asc(measures.title))
    .all();
  return rows.map((row) => ({
    ...row,
    stakeholders: people
      .filter((p) => p.meetingId === row.id)
      .map(({ id, slug, name }) => ({ id, slug, name })),
    measures: discussed
      .filter((m) => m.meetingId === row.id)
      .map(({ id, slug, title }) => ({ id, slug, title })),
  }));
}

export interface MeetingsPage {
  subject: Subject;
  items: MeetingView[];
  nextCursor: string | null;
}

/** The meetings of one measure or one stakeholder, the latest held first, a page at a time. */
export function listMeetings(db: Db, input: MeetingListQuery): MeetingsPage {
  const subject = input.measureRef
    ? requireSubject(db, 'measure', input.measureRef)
    : requireSubject(db, 'stakeholder', input.stakeholderRef ?? '');
  const scope = `${subject.kind}:${subject.id}`;
  const after = input.cursor ? decodeCursor(input.cursor, cursorLists.meetings, scope, 2) : null;
  const link =
    subject.kind === 'measure'
      ? {
          table: meetingMeasures,
          meetingId: meetingMeasures.meetingId,
          on: eq(meetingMeasures.measureId, subject.id),
        }
      : {
          table: meetingStakeholders,
          meetingId: meetingStakeholders.meetingId,
          on: eq(meetingStakeholders.stakeholderId, subject.id),
        };
  const rows = db
    .select({ meeting: meetings })
    .from(link.table)
    .innerJoin(meetings, eq(meetings.id, link.meetingId))
    .where(and(link.on, after ? beyond([meetings.heldOn, meetings.id], 'desc', after) : undefined))
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .limit(input.limit + 1)
    .all()
    .map((r) => r.meeting);
  const page = toPage(rows, input.limit, (last) =>
    encodeCursor(cursorLists.meetings, scope, [last.heldOn, last.id]),
  );
  return { subject, items: viewOf(db, page.items), nextCursor: page.nextCursor };
}
