// The feed of what changed in what a person watches, and what they have not seen yet. An
// entry is unread when it is newer than the person's last reading of the feed (or, never read,
// than the watch that brought it) and someone else made it: one's own edits are listed, marked
// as one's own, and never counted as unread.
import type { FeedListQuery } from '@dossier/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { badCursor, cursorLists, decodeCursor, encodeCursor } from '../repo/cursor';
import { feedReads } from '../schema';
import { notBeforeLog } from './clock';
import {
  changesInScope,
  type Edit,
  type Followed,
  followedBy,
  isOwnChange,
  toEdits,
} from './scope';

// Unread and the feed have no end: the audit log's clock, not the caller's, says what is new.
const endOfTime = '9999-12-31T23:59:59.999Z';

/** The feed reaches back this many days; the digest reaches further. */
export const feedDays = 30;

export interface FeedUser {
  id: number;
  name: string;
}

export interface FeedEntry {
  key: string;
  at: string;
  actor: string;
  mine: boolean;
  unread: boolean;
  entity: string;
  action: Edit['action'];
  /** The fields an update changed (empty for a creation). */
  fields: string[];
  /** A change of the measure's stage, from and to. */
  stage: { from: string | null; to: string | null } | null;
  /** What the row is, in a few words: an event's title, a stakeholder's name, a meeting's title. */
  label: string | null;
  subject: { kind: Edit['subjectKind']; id: string; slug: string; title: string };
}

export const lastRead = (db: Db, userId: number): string | null =>
  db.select().from(feedReads).where(eq(feedReads.userId, userId)).get()?.seenAt ?? null;

/** Everything recorded up to `now` is read. */
export function markFeedRead(db: Db, userId: number, now: Date): { seenAt: string } {
  const seenAt = notBeforeLog(db, now);
  db.insert(feedReads)
    .values({ userId, seenAt })
    .onConflictDoUpdate({ target: feedReads.userId, set: { seenAt } })
    .run();
  return { seenAt };
}

const unreadRule = (db: Db, user: FeedUser, followed: Followed) => {
  const seenAt = lastRead(db, user.id);
  return (edit: Edit) => {
    if (isOwnChange(edit.actor, user.name)) return false;
    const from =
      seenAt ??
      (edit.subjectKind === 'measure' ? followed.measures : followed.stakeholders).get(
        edit.subjectId,
      );
    return from !== undefined && edit.at > from;
  };
};

/** The audit-log edits in (`since`, `until`] of what `user` follows, newest first. */
export function changesForUser(db: Db, userId: number, since: Date, until: Date): Edit[] {
  return toEdits(
    changesInScope(db, followedBy(db, userId), since.toISOString(), until.toISOString()),
  );
}

/**
 * What the person has not seen: how many of the records they follow (measures, stakeholders)
 * others changed since, and which measures. Records, not audit rows, are counted: recording an
 * event writes the event and its date claim, and a person reads that as one change.
 */
export function unreadFeed(db: Db, user: FeedUser) {
  const followed = followedBy(db, user.id);
  const seenAt = lastRead(db, user.id);
  const starts = [...followed.measures.values(), ...followed.stakeholders.values()].sort();
  const from = seenAt ?? starts[0];
  const none = {
    count: 0,
    changedMeasureIds: [] as string[],
    changedStakeholderIds: [] as string[],
  };
  if (from === undefined) return none;
  const isUnread = unreadRule(db, user, followed);
  const edits = toEdits(changesInScope(db, followed, from, endOfTime)).filter(isUnread);
  const ids = (kind: Edit['subjectKind']) =>
    [...new Set(edits.filter((e) => e.subjectKind === kind).map((e) => e.subjectId))].sort();
  const changedMeasureIds = ids('measure');
  const changedStakeholderIds = ids('stakeholder');
  return {
    count: changedMeasureIds.length + changedStakeholderIds.length,
    changedMeasureIds,
    changedStakeholderIds,
  };
}

/** One page of the feed, newest first; the client groups the entries per record. */
export function feedPage(db: Db, user: FeedUser, input: FeedListQuery, now: Date) {
  const scope = String(user.id);
  let beyond: { at: string; key: string } | undefined;
  if (input.cursor) {
    const [at, key] = decodeCursor(input.cursor, cursorLists.feed, scope, 2);
    if (!at || !key) throw badCursor();
    beyond = { at, key };
  }
  const followed = followedBy(db, user.id);
  const since = new Date(now.getTime() - feedDays * 86_400_000).toISOString();
  const edits = toEdits(changesInScope(db, followed, since, endOfTime, beyond));
  const page = edits.slice(0, input.limit);
  const isUnread = unreadRule(db, user, followed);
  const labels = labelsOf(db, page);
  const entries: FeedEntry[] = page.map((edit) => ({
    key: edit.key,
    at: edit.at,
    actor: edit.actor,
    mine: isOwnChange(edit.actor, user.name),
    unread: isUnread(edit),
    entity: edit.entity,
    action: edit.action,
    fields: edit.action === 'update' ? edit.rows.flatMap((r) => (r.field ? [r.field] : [])) : [],
    stage: stageChange(edit),
    label: labels.rows.get(edit.entityId) ?? null,
    subject: {
      kind: edit.subjectKind,
      id: edit.subjectId,
      ...(labels.subjects.get(edit.subjectId) ?? { slug: edit.subjectId, title: edit.subjectId }),
    },
  }));
  const last = page.at(-1);
  return {
    items: entries,
    nextCursor:
      edits.length > input.limit && last
        ? encodeCursor(cursorLists.feed, scope, [last.at, last.key])
        : null,
    seenAt: lastRead(db, user.id),
  };
}

const json = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function stageChange(edit: Edit): FeedEntry['stage'] {
  if (edit.entity !== 'measures') return null;
  const row = edit.rows.find((r) => r.field === 'stage');
  if (edit.action === 'create') {
    const stage = (json(edit.rows[0]?.after ?? null) as { stage?: string } | null)?.stage;
    return stage ? { from: null, to: stage } : null;
  }
  return row
    ? { from: json(row.before) as string | null, to: json(row.after) as string | null }
    : null;
}

/** The titles and slugs of the page's records, and a few words for each changed row. */
function labelsOf(db: Db, edits: readonly Edit[]) {
  const ids = JSON.stringify([...new Set(edits.map((e) => e.entityId))]);
  const subjectIds = JSON.stringify([...new Set(edits.map((e) => e.subjectId))]);
  const rows = db.all<{ id: string; label: string | null }>(sql`
    with ids(id) as (select value from json_each(${ids}))
    select e.id, e.title as label from events e join ids on ids.id = e.id
    union all select p.id, s.name || ': ' || p.stance || ' / ' || m.title from positions p join ids on ids.id = p.id
      join stakeholders s on s.id = p.stakeholder_id join measures m on m.id = p.measure_id
    union all select c.id, c.fact || coalesce(': ' || c.stage, '') || coalesce(' (' || c.date || ')', '') from claims c join ids on ids.id = c.id
    union all select l.id, f.title || ' ' || l.relation || ' ' || t.title from measure_links l join ids on ids.id = l.id
      join measures f on f.id = l.from_measure_id join measures t on t.id = l.to_measure_id
    union all select x.id, x.action || ' ' || i.acronym from measure_systems x join ids on ids.id = x.id
      join information_systems i on i.id = x.system_id
    union all select n.id, substr(replace(n.body, char(10), ' '), 1, 80) from notes n join ids on ids.id = n.id
    union all select g.id, g.title from meetings g join ids on ids.id = g.id`);
  const subjects = db.all<{ id: string; slug: string; title: string }>(sql`
    with ids(id) as (select value from json_each(${subjectIds}))
    select m.id, m.slug, m.title from measures m join ids on ids.id = m.id
    union all select s.id, s.slug, s.name from stakeholders s join ids on ids.id = s.id`);
  return {
    rows: new Map(rows.map((r) => [r.id, r.label])),
    subjects: new Map(subjects.map((s) => [s.id, { slug: s.slug, title: s.title }])),
  };
}
