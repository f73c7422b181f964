// Which audit-log entries concern what a person watches. A watched measure's scope is the
// measure, its events, claims, positions, links, systems, and the team's notes and meetings
// on it; a watched stakeholder's is its row, its positions, notes and meetings. A policy area or
// a saved search stands for the measures that match it now. (No shared history scope existed
// in packages/db when this was written, so the scope is spelled out here.)
import { sql } from 'drizzle-orm';
import type { Db } from '../open';
import { measureIdsMatching } from '../repo/measures';
import { listWatches } from './watches';

export type SubjectKind = 'measure' | 'stakeholder';

/** The records a person follows, each with when they began following it. */
export interface Followed {
  /** Measure id -> the earliest creation time of a watch that covers it. */
  measures: Map<string, string>;
  stakeholders: Map<string, string>;
}

const earliest = (map: Map<string, string>, id: string, at: string) => {
  const known = map.get(id);
  if (known === undefined || at < known) map.set(id, at);
};

export function followedBy(db: Db, userId: number): Followed {
  const followed: Followed = { measures: new Map(), stakeholders: new Map() };
  for (const watch of listWatches(db, userId)) {
    if (watch.kind === 'measure') earliest(followed.measures, watch.target, watch.createdAt);
    else if (watch.kind === 'stakeholder')
      earliest(followed.stakeholders, watch.target, watch.createdAt);
    else {
      const filter =
        watch.kind === 'policy_area' ? { policyArea: watch.target } : { q: watch.target };
      for (const id of measureIdsMatching(db, filter))
        earliest(followed.measures, id, watch.createdAt);
    }
  }
  return followed;
}

/** One edit: the audit rows one actor wrote for one row at one instant, and what it concerns. */
export interface Edit {
  /** Stable across pages: the instant, the row and the record it concerns. */
  key: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  /** The audit rows, one per field (one for a creation). */
  rows: { field: string | null; before: string | null; after: string | null }[];
  subjectKind: SubjectKind;
  subjectId: string;
}

interface Row {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: Edit['action'];
  field: string | null;
  before: string | null;
  after: string | null;
  subjectKind: SubjectKind;
  subjectId: string;
}

/**
 * The rows of `changes` in (`since`, `until`] that concern what is followed, each joined to the
 * record it concerns (a position of a followed measure by a followed stakeholder concerns
 * both), newest first.
 */
export function changesInScope(
  db: Db,
  followed: Followed,
  since: string,
  until: string,
  beyond?: { at: string; key: string },
): Row[] {
  const m = JSON.stringify([...followed.measures.keys()]);
  const s = JSON.stringify([...followed.stakeholders.keys()]);
  if (m === '[]' && s === '[]') return [];
  const after = beyond
    ? sql`and (c.at < ${beyond.at} or (c.at = ${beyond.at} and c.at || ' ' || sub.subject || ' ' || c.entity_id < ${beyond.key}))`
    : sql``;
  return db.all<Row>(sql`
    with m(id) as (select value from json_each(${m})),
    s(id) as (select value from json_each(${s})),
    subjects(entity, entity_id, kind, subject) as (
      select 'measures', id, 'measure', id from m
      union all select 'events', e.id, 'measure', e.measure_id from events e join m on m.id = e.measure_id
      union all select 'claims', c.id, 'measure', c.measure_id from claims c join m on m.id = c.measure_id
      union all select 'positions', p.id, 'measure', p.measure_id from positions p join m on m.id = p.measure_id
      union all select 'measure_links', l.id, 'measure', l.from_measure_id from measure_links l join m on m.id = l.from_measure_id
      union all select 'measure_links', l.id, 'measure', l.to_measure_id from measure_links l join m on m.id = l.to_measure_id
      union all select 'measure_systems', x.id, 'measure', x.measure_id from measure_systems x join m on m.id = x.measure_id
      union all select 'notes', n.id, 'measure', n.subject_id from notes n join m on m.id = n.subject_id and n.subject_kind = 'measure'
      union all select 'meetings', mm.meeting_id, 'measure', mm.measure_id from meeting_measures mm join m on m.id = mm.measure_id
      union all select 'stakeholders', id, 'stakeholder', id from s
      union all select 'positions', p.id, 'stakeholder', p.stakeholder_id from positions p join s on s.id = p.stakeholder_id
      union all select 'notes', n.id, 'stakeholder', n.subject_id from notes n join s on s.id = n.subject_id and n.subject_kind = 'stakeholder'
      union all select 'meetings', ms.meeting_id, 'stakeholder', ms.stakeholder_id from meeting_stakeholders ms join s on s.id = ms.stakeholder_id
    )
    select c.id, c.at, c.actor, c.entity, c.entity_id as entityId, c.action, c.field, c.before,
      c.after, sub.kind as subjectKind, sub.subject as subjectId
    from subjects sub
    join changes c on c.entity = sub.entity and c.entity_id = sub.entity_id
    where c.at > ${since} and c.at <= ${until} ${after}
    order by c.at desc, sub.subject desc, c.entity_id desc, c.id`);
}

/** Audit rows grouped into edits (one actor, one row, one instant), newest first. */
export function toEdits(rows: readonly Row[]): Edit[] {
  const edits = new Map<string, Edit>();
  for (const r of rows) {
    const key = `${r.at} ${r.subjectId} ${r.entityId}`;
    let edit = edits.get(key);
    if (!edit) {
      edit = {
        key,
        at: r.at,
        actor: r.actor,
        entity: r.entity,
        entityId: r.entityId,
        action: r.action,
        rows: [],
        subjectKind: r.subjectKind,
        subjectId: r.subjectId,
      };
      edits.set(key, edit);
    }
    edit.rows.push({ field: r.field, before: r.before, after: r.after });
  }
  return [...edits.values()];
}

/** Whether an audit-log actor is this person: signed in, or through a token they created. */
export const isOwnChange = (actor: string, userName: string) =>
  actor === userName || actor.startsWith(`${userName} (token "`);
