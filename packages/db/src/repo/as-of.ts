// "As of": the brief of a measure as it stood at a past moment, rebuilt from the audit log.
// There is no second copy of the record: inside one write transaction on the live database the
// changes made since that moment are undone (newest first), the ordinary brief is built, and
// the transaction is rolled back, so nothing is ever written. better-sqlite3 is synchronous and
// the transaction holds the write lock, so no other request sees the past state or runs between.
import { asOfInstant, type IdentifierKind, parseIdentifier } from '@dossier/domain';
import { eq, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { DossierError } from '../errors';
import { newId } from '../ids';
import type { Db } from '../open';
import {
  claims,
  eventDocuments,
  events,
  informationSystems,
  measureIdentifiers,
  measureLinks,
  measureSystems,
  measures,
  meetings,
  notes,
  positions,
  sources,
  stakeholders,
} from '../schema';
import { type Tx, writeTransaction } from '../write';
import { type Brief, getBrief } from './brief';
import { measureRows } from './history';
import { requireMeasure } from './measures';

type Table = SQLiteTable & { id: SQLiteColumn };

/** The tables the audit log names (`changes.entity`) whose rows a brief shows. */
const tables = new Map<string, Table>(
  [
    measures,
    events,
    claims,
    positions,
    measureLinks,
    measureSystems,
    notes,
    meetings,
    stakeholders,
    sources,
    informationSystems,
  ].map((t) => [getTableName(t), t]),
);

interface LoggedChange {
  id: string;
  at: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  field: string | null;
  before: string | null;
  version: number;
  /** 1 for the rows of this brief (a creation is undone by deleting the row); 0 for rows it
   * only shows (a linked measure, a source, a stakeholder): only their edits are undone. */
  whole: number;
}

/** Thrown to roll the transaction back with the brief built inside it. */
class Rollback {
  constructor(readonly brief: Brief) {}
}

export type BriefAsOf = Brief & { asOf: string | null };

const canonicalOf = (scheme: string, value: string) => {
  const parsed = parseIdentifier(scheme as IdentifierKind, value);
  return parsed.ok ? parsed.canonical : value;
};

/**
 * The brief of the measure `ref` as it stood at `asOf` (a day, meaning its end in UTC, or an
 * ISO timestamp). NOT_FOUND when the measure was recorded later.
 */
export function getBriefAsOf(db: Db, ref: string, asOf: string): BriefAsOf {
  const instant = asOfInstant(asOf);
  if (!instant)
    throw new DossierError(
      'BAD_REQUEST',
      `"${asOf}" is not a day written as YYYY-MM-DD or an ISO timestamp.`,
    );
  const measure = requireMeasure(db, ref);
  const created =
    db.get<{ at: string | null }>(sql`
      select min(at) as at from changes
      where entity = 'measures' and entity_id = ${measure.id} and action = 'create'`)?.at ??
    measure.createdAt;
  if (created > instant)
    throw new DossierError(
      'NOT_FOUND',
      `${ref} was not in the record on ${asOf}: it was first recorded on ${created.slice(0, 10)}.`,
    );
  try {
    writeTransaction(db, (tx) => {
      // Rows come back in whatever order undoing needs; their references are checked at the
      // end of the transaction, which never comes (it is rolled back).
      tx.run(sql`pragma defer_foreign_keys = on`);
      undoSince(tx, measure.id, instant);
      throw new Rollback(getBrief(db, measure.id, instant.slice(0, 10)));
    });
  } catch (error) {
    if (error instanceof Rollback) return { ...error.brief, asOf: instant };
    throw error;
  }
  throw new Error('unreachable: the as-of transaction always rolls back');
}

/** The changes since `instant` that concern the brief of `measureId`, newest first. */
function changesSince(tx: Tx, measureId: string, instant: string) {
  return tx.all<LoggedChange>(sql`
    with linked(id) as (
      select to_measure_id from measure_links where from_measure_id = ${measureId}
      union select from_measure_id from measure_links where to_measure_id = ${measureId}
    ),
    scope(entity, entity_id, whole) as (
      select entity, entity_id, 1 from (${measureRows(measureId, { team: true })})
      union all select 'measures', id, 0 from linked
      union all select 'events', e.id, 1 from events e where e.measure_id in (select id from linked)
    )
    select c.id, c.at, c.entity, c.entity_id as entityId, c.action, c.field, c.before,
      c.version, s.whole
    from scope s join changes c
      on c.entity = s.entity and c.entity_id = s.entity_id and c.at > ${instant}
    union all
    select c.id, c.at, c.entity, c.entity_id, c.action, c.field, c.before, c.version, 0
    from changes c
    where c.entity in ('sources', 'stakeholders', 'information_systems') and c.at > ${instant}
    order by 2 desc, 1 desc`);
}

/**
 * The changes grouped by save (one moment, one row, the version it gave the row), newest first: the fields of
 * one save are put back in one statement, since a row may only be valid with all of them (a
 * preferred claim and its reason).
 */
function bySave(list: LoggedChange[]): LoggedChange[][] {
  const saves = new Map<string, LoggedChange[]>();
  for (const change of list) {
    const key = `${change.at} ${change.entity} ${change.entityId} ${change.version}`;
    saves.set(key, [...(saves.get(key) ?? []), change]);
  }
  return [...saves.values()];
}

function undoSince(tx: Tx, measureId: string, instant: string) {
  const touched = new Map<string, { table: Table; id: string }>();
  for (const save of bySave(changesSince(tx, measureId, instant))) {
    const { entity, entityId, action, whole, before: logged } = save[0]!;
    const table = tables.get(entity);
    if (!table) continue;
    if (action === 'create') {
      if (whole) tx.delete(table).where(eq(table.id, entityId)).run();
      continue;
    }
    if (action === 'delete') {
      const values = logged ? JSON.parse(logged) : null;
      if (whole && values && typeof values === 'object')
        tx.insert(table)
          .values({ ...values, id: entityId } as never)
          .onConflictDoNothing()
          .run();
      continue;
    }
    touched.set(`${entity} ${entityId}`, { table, id: entityId });
    const columns = getTableColumns(table);
    const patch: Record<string, unknown> = {};
    for (const change of save) {
      const before = change.before === null ? null : JSON.parse(change.before);
      if (change.field && change.field in columns && !['id', 'version'].includes(change.field))
        patch[change.field] = before;
      else if (entity === 'measures' && change.field === 'identifiers')
        restoreIdentifiers(tx, entityId, before ?? [], change.at);
      else if (entity === 'events' && change.field === 'documents')
        restoreDocuments(tx, entityId, before ?? [], change.at);
      // Other related fields (a preferred claim) are undone with the claims themselves.
    }
    if (Object.keys(patch).length > 0)
      tx.update(table)
        .set(patch as never)
        .where(eq(table.id, entityId))
        .run();
  }
  // A row's version and updated_at as they were: those of its last save at or before `instant`.
  for (const { table, id } of touched.values()) {
    const last = tx.get<{ version: number; at: string } | undefined>(sql`
      select version, at from changes
      where entity = ${getTableName(table)} and entity_id = ${id} and at <= ${instant}
      order by at desc, id desc limit 1`);
    if (!last) continue;
    tx.update(table)
      .set({ version: last.version, updatedAt: last.at } as never)
      .where(eq(table.id, id))
      .run();
  }
}

interface LoggedIdentifier {
  scheme: string;
  value: string;
  role: string | null;
  sourceId: string | null;
}

/** Puts back a measure's identifiers as the log recorded them (not versioned rows: new ids). */
function restoreIdentifiers(tx: Tx, measureId: string, list: LoggedIdentifier[], at: string) {
  tx.delete(measureIdentifiers).where(eq(measureIdentifiers.measureId, measureId)).run();
  if (list.length === 0) return;
  tx.insert(measureIdentifiers)
    .values(
      list.map((i) => ({
        id: newId(),
        measureId,
        scheme: i.scheme as never,
        value: i.value,
        canonical: canonicalOf(i.scheme, i.value),
        role: i.role as never,
        sourceId: i.sourceId,
        createdAt: at,
      })),
    )
    // An identifier another measure holds today stays with it.
    .onConflictDoNothing()
    .run();
}

interface LoggedDocument {
  title: string | null;
  scheme: string;
  value: string;
  url: string | null;
}

/** Puts back an event's documents as the log recorded them (not versioned rows: new ids). */
function restoreDocuments(tx: Tx, eventId: string, list: LoggedDocument[], at: string) {
  tx.delete(eventDocuments).where(eq(eventDocuments.eventId, eventId)).run();
  if (list.length === 0) return;
  tx.insert(eventDocuments)
    .values(
      list.map((d) => ({
        id: newId(),
        eventId,
        title: d.title,
        scheme: d.scheme as never,
        value: d.value,
        canonical: canonicalOf(d.scheme, d.value),
        url: d.url,
        createdAt: at,
      })),
    )
    .run();
}
