// The history of a measure or a stakeholder: every save in the audit log (`changes`) that
// touched it or the rows that belong to it (a measure's events, claims, positions, links, system
// links, notes and meetings; a stakeholder's positions, notes and meetings), one entry per save
// with each field before and after, newest first, a page at a time.
import type { SubjectHistoryQuery } from '@dossier/domain';
import { type SQL, sql } from 'drizzle-orm';
import { notFound } from '../errors';
import type { Db } from '../open';
import { stakeholders } from '../schema';
import type { Tx } from '../write';
import { cursorLists, decodeCursor, encodeCursor } from './cursor';
import { requireMeasure } from './measures';

/** Which rows a subject's history covers. `team`: the team's notes and meetings too. */
export interface Scope {
  team: boolean;
}

/**
 * The rows that belong to the measures `ids` selects (an id, or a subquery of ids), as (entity,
 * entity_id, label, subject_id): the label says what the row is (an event's title, a
 * stakeholder's name), so a reader knows what changed; subject_id is the measure it belongs to.
 * Each part reads one index on the measure's id. The history of a brief, its "as of" and what a
 * watched measure covers all read this one list.
 */
export function measureRows(ids: string | SQL, scope: Scope): SQL {
  const team = scope.team
    ? sql`
    union all select 'notes', n.id, substr(n.body, 1, 80), n.subject_id from notes n
      where n.subject_kind = 'measure' and n.subject_id in (${ids})
    union all select 'meetings', mt.id, mt.title, mm.measure_id from meeting_measures mm
      join meetings mt on mt.id = mm.meeting_id where mm.measure_id in (${ids})`
    : sql``;
  return sql`
    select 'measures' as entity, m.id as entity_id, m.title as label, m.id as subject_id
      from measures m where m.id in (${ids})
    union all select 'events', e.id, e.title, e.measure_id from events e where e.measure_id in (${ids})
    union all select 'claims', c.id, case c.fact
        when 'stage' then c.stage || ' (' || c.date || ')'
        else coalesce(ce.title, '') || (case when c.fact = 'date' then ' (' || c.date || ')' else '' end)
      end, c.measure_id
      from claims c left join events ce on ce.id = c.event_id where c.measure_id in (${ids})
    union all select 'positions', p.id, s.name, p.measure_id from positions p
      join stakeholders s on s.id = p.stakeholder_id where p.measure_id in (${ids})
    union all select 'measure_links', l.id, o.title, l.from_measure_id from measure_links l
      join measures o on o.id = l.to_measure_id where l.from_measure_id in (${ids})
    union all select 'measure_links', l.id, o.title, l.to_measure_id from measure_links l
      join measures o on o.id = l.from_measure_id where l.to_measure_id in (${ids})
    union all select 'measure_systems', ms.id, i.acronym, ms.measure_id from measure_systems ms
      join information_systems i on i.id = ms.system_id where ms.measure_id in (${ids})
    ${team}`;
}

/** The rows that belong to the stakeholders `ids` selects, as `measureRows` gives a measure's. */
export function stakeholderRows(ids: string | SQL, scope: Scope): SQL {
  const team = scope.team
    ? sql`
    union all select 'notes', n.id, substr(n.body, 1, 80), n.subject_id from notes n
      where n.subject_kind = 'stakeholder' and n.subject_id in (${ids})
    union all select 'meetings', mt.id, mt.title, ms.stakeholder_id from meeting_stakeholders ms
      join meetings mt on mt.id = ms.meeting_id where ms.stakeholder_id in (${ids})`
    : sql``;
  return sql`
    select 'stakeholders' as entity, s.id as entity_id, s.name as label, s.id as subject_id
      from stakeholders s where s.id in (${ids})
    union all select 'positions', p.id, m.title, p.stakeholder_id from positions p
      join measures m on m.id = p.measure_id where p.stakeholder_id in (${ids})
    ${team}`;
}

export interface FieldChangeView {
  field: string;
  before: unknown;
  after: unknown;
}

/** One save: what one person changed of one row at one moment. */
export interface HistoryEntry {
  at: string;
  actor: string;
  /** The table of the row (`measures`, `events`, `claims`, `positions`, `measure_links`, ...). */
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  /** What the row is, as it stands today: an event's title, a stakeholder's name. */
  label: string;
  /** The version the row reached with this save. */
  version: number;
  fields: FieldChangeView[];
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** The fields of a creation: each value it was created with, from nothing. */
function createdFields(after: string | null): FieldChangeView[] {
  const values = parse(after);
  if (!values || typeof values !== 'object') return [];
  return Object.entries(values as Record<string, unknown>).map(([field, value]) => ({
    field,
    before: null,
    after: value ?? null,
  }));
}

interface GroupRow {
  at: string;
  entity: string;
  entityId: string;
  version: number;
  label: string | null;
}

interface ChangeRow {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: HistoryEntry['action'];
  field: string | null;
  before: string | null;
  after: string | null;
  version: number;
}

/**
 * A page of saves among the rows `rows` lists. Two queries: the page of saves (grouped by
 * moment, row and the version the save gave it, since two saves of one row may share a
 * millisecond; each row's changes are reached through `changes_entity_idx`), then their fields.
 */
function historyPage(
  db: Db | Tx,
  rows: SQL,
  scopeId: string,
  input: Pick<SubjectHistoryQuery, 'limit' | 'cursor'>,
) {
  const after = input.cursor
    ? decodeCursor(input.cursor, cursorLists.subjectHistory, scopeId, 4)
    : null;
  const beyond = after
    ? sql`and (c.at, c.entity, c.entity_id, c.version) < (${after[0]}, ${after[1]}, ${after[2]}, ${Number(after[3])})`
    : sql``;
  const groups = db.all<GroupRow>(sql`
    with subject(entity, entity_id, label, subject_id) as (${rows})
    select c.at as at, c.entity as entity, c.entity_id as entityId, c.version as version,
      min(s.label) as label
    from subject s join changes c on c.entity = s.entity and c.entity_id = s.entity_id
    where 1 ${beyond}
    group by c.at, c.entity, c.entity_id, c.version
    order by c.at desc, c.entity desc, c.entity_id desc, c.version desc
    limit ${input.limit + 1}`);
  const page = groups.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    groups.length > input.limit && last
      ? encodeCursor(cursorLists.subjectHistory, scopeId, [
          last.at,
          last.entity,
          last.entityId,
          String(last.version),
        ])
      : null;
  const keys = JSON.stringify(page.map((g) => [g.entity, g.entityId, g.at, g.version]));
  const changeRows = db.all<ChangeRow>(sql`
    select c.id, c.at, c.actor, c.entity, c.entity_id as entityId, c.action, c.field,
      c.before, c.after, c.version
    from json_each(${keys}) k
    join changes c on c.entity = json_extract(k.value, '$[0]')
      and c.entity_id = json_extract(k.value, '$[1]') and c.at = json_extract(k.value, '$[2]')
      and c.version = json_extract(k.value, '$[3]')
    order by c.id`);
  const byKey = new Map<string, ChangeRow[]>();
  for (const row of changeRows) {
    const key = `${row.at} ${row.entity} ${row.entityId} ${row.version}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const items: HistoryEntry[] = page.map((g) => {
    const list = byKey.get(`${g.at} ${g.entity} ${g.entityId} ${g.version}`) ?? [];
    const first = list[0]!;
    const fields = list.flatMap((r) =>
      r.action === 'create'
        ? createdFields(r.after)
        : r.field === null
          ? []
          : [{ field: r.field, before: parse(r.before), after: parse(r.after) }],
    );
    return {
      at: g.at,
      actor: first.actor,
      entity: g.entity,
      entityId: g.entityId,
      action: first.action,
      label: g.label ?? '',
      version: g.version,
      fields,
    };
  });
  return { items, nextCursor };
}

/** The history of a measure (found by slug, id or identifier), newest first. */
export function measureHistory(db: Db, input: SubjectHistoryQuery, scope: Scope) {
  const measure = requireMeasure(db, input.ref);
  return {
    subject: { kind: 'measure' as const, id: measure.id, slug: measure.slug, title: measure.title },
    ...historyPage(db, measureRows(measure.id, scope), measure.id, input),
  };
}

/** The history of a stakeholder (found by slug or id), newest first. */
export function stakeholderHistory(db: Db, input: SubjectHistoryQuery, scope: Scope) {
  const row = db.get<{ id: string; slug: string; name: string } | undefined>(
    sql`select id, slug, name from ${stakeholders} where slug = ${input.ref} or id = ${input.ref} limit 1`,
  );
  if (!row) throw notFound('stakeholder', input.ref);
  return {
    subject: { kind: 'stakeholder' as const, id: row.id, slug: row.slug, title: row.name },
    ...historyPage(db, stakeholderRows(row.id, scope), row.id, input),
  };
}

export type SubjectHistory = ReturnType<typeof measureHistory>;
