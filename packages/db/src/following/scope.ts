// Which audit-log entries concern what a person watches. A watched measure or stakeholder covers
// the rows its History tab shows (`measureRows`, `stakeholderRows` in repo/history.ts: its
// events, claims, positions, links, systems, and the team's notes and meetings). A policy area
// or a saved search stands for the measures that match it now.
import { sql } from 'drizzle-orm';
import type { Db } from '../open';
import { measureRows, stakeholderRows } from '../repo/history';
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
    with subjects(entity, entity_id, kind, subject) as (
      select entity, entity_id, 'measure', subject_id
        from (${measureRows(sql`select value from json_each(${m})`, { team: true })})
      union all select entity, entity_id, 'stakeholder', subject_id
        from (${stakeholderRows(sql`select value from json_each(${s})`, { team: true })})
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
