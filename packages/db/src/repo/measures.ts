import {
  type IdentifierScheme,
  type MeasureCreateData,
  type MeasureListQuery,
  type MeasureUpdateData,
  type Stance,
  type StanceBalance,
  stanceBalance,
} from '@dossier/domain';
import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import { DossierError, notFound } from '../errors';
import { newId, nowUtc } from '../ids';
import type { Db } from '../open';
import { measureIdentifiers, measures } from '../schema';
import { type Actor, insertRow, type Tx, updateRow, writeTransaction } from '../write';
import { ftsQuery, inIds } from './sql';

export type MeasureRow = typeof measures.$inferSelect;

export interface EventSummary {
  measureId: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  kind: string;
  title: string;
}

export interface MeasureCard {
  id: string;
  slug: string;
  title: string;
  kind: MeasureRow['kind'];
  jurisdiction: string;
  stage: MeasureRow['stage'];
  policyAreas: string[];
  updatedAt: string;
  lastEvent: EventSummary | null;
  nextEvent: EventSummary | null;
  balance: StanceBalance;
}

const encodeCursor = (row: { title: string; id: string }) =>
  Buffer.from(JSON.stringify([row.title, row.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new DossierError(
    'BAD_REQUEST',
    'The cursor is not one this server gave out; start again from the first page.',
  );
}

/** The filters of a list query, shared by the page query and the per-stage counts. */
function listFilters(input: Omit<MeasureListQuery, 'limit' | 'cursor'>): SQL[] {
  const where: SQL[] = [];
  if (input.stage?.length) where.push(inArray(measures.stage, input.stage));
  if (input.kind?.length) where.push(inArray(measures.kind, input.kind));
  if (input.jurisdiction?.length) where.push(inArray(measures.jurisdiction, input.jurisdiction));
  if (input.policyArea) {
    where.push(
      sql`exists (select 1 from json_each(${measures.policyAreas}) where value = ${input.policyArea} collate nocase)`,
    );
  }
  const match = input.q ? ftsQuery(input.q) : null;
  if (match) {
    where.push(
      sql`${measures.id} in (select measure_id from measures_fts where measures_fts match ${match})`,
    );
  }
  return where;
}

/**
 * One page of measures in a stable order (title, then id), each with its last and next dated
 * event and the balance of its stakeholders' current stances. Four queries whatever the page size.
 */
export function listMeasures(
  db: Db,
  input: MeasureListQuery,
  today: string,
): { items: MeasureCard[]; nextCursor: string | null } {
  const where = listFilters(input);
  if (input.cursor) {
    const [title, id] = decodeCursor(input.cursor);
    where.push(or(gt(measures.title, title), and(eq(measures.title, title), gt(measures.id, id)))!);
  }
  const rows = db
    .select()
    .from(measures)
    .where(and(...where))
    .orderBy(asc(measures.title), asc(measures.id))
    .limit(input.limit + 1)
    .all();
  const page = rows.slice(0, input.limit);
  const ids = page.map((r) => r.id);
  const last = lastEvents(db, ids, today);
  const next = nextEvents(db, ids, today);
  const stances = currentStances(db, ids);
  return {
    items: page.map((m) => ({
      id: m.id,
      slug: m.slug,
      title: m.title,
      kind: m.kind,
      jurisdiction: m.jurisdiction,
      stage: m.stage,
      policyAreas: m.policyAreas,
      updatedAt: m.updatedAt,
      lastEvent: last.get(m.id) ?? null,
      nextEvent: next.get(m.id) ?? null,
      balance: stanceBalance(stances.get(m.id) ?? []),
    })),
    nextCursor: rows.length > input.limit && page.length > 0 ? encodeCursor(page.at(-1)!) : null,
  };
}

/** How many measures stand at each stage under the given filters (the stage filter itself aside). */
export function countByStage(
  db: Db,
  input: Omit<MeasureListQuery, 'limit' | 'cursor' | 'stage'>,
): Record<string, number> {
  const rows = db
    .select({ stage: measures.stage, count: sql<number>`count(*)` })
    .from(measures)
    .where(and(...listFilters(input)))
    .groupBy(measures.stage)
    .all();
  return Object.fromEntries(rows.map((r) => [r.stage, r.count]));
}

/** The values the list can be filtered by, each with how many measures carry it. */
export function measureFacets(db: Db) {
  const count = (column: 'jurisdiction' | 'kind') =>
    db.all<{ value: string; count: number }>(
      sql`select ${sql.raw(column)} as value, count(*) as count from measures group by 1 order by 1`,
    );
  const policyAreas = db.all<{ value: string; count: number }>(
    sql`select a.value as value, count(*) as count from measures m, json_each(m.policy_areas) a group by 1 order by 1`,
  );
  return { jurisdictions: count('jurisdiction'), kinds: count('kind'), policyAreas };
}

/** The latest event on or before today of each measure. */
export function lastEvents(db: Db, measureIds: readonly string[], today: string) {
  return latestPerMeasure(db, measureIds, sql`date <= substr(${today}, 1, length(date))`, 'desc');
}

/** The earliest event still ahead of each measure (its next dated step). */
export function nextEvents(db: Db, measureIds: readonly string[], today: string) {
  return latestPerMeasure(db, measureIds, sql`date > substr(${today}, 1, length(date))`, 'asc');
}

function latestPerMeasure(db: Db, measureIds: readonly string[], when: SQL, order: 'asc' | 'desc') {
  const result = new Map<string, EventSummary>();
  if (measureIds.length === 0) return result;
  const direction = sql.raw(order);
  const rows = db.all<EventSummary>(sql`
    select measure_id as measureId, date, date_precision as datePrecision, kind, title from (
      select *, row_number() over (
        partition by measure_id order by date ${direction}, created_at ${direction}, id ${direction}
      ) as n
      from events where ${inIds('measure_id', measureIds)} and ${when}
    ) where n = 1`);
  for (const row of rows) result.set(row.measureId, row);
  return result;
}

/** The current stance of every stakeholder on each measure. */
function currentStances(db: Db, measureIds: readonly string[]) {
  const result = new Map<string, Stance[]>();
  if (measureIds.length === 0) return result;
  const rows = db.all<{ measureId: string; stance: Stance }>(sql`
    select measure_id as measureId, stance from (
      select measure_id, stance, row_number() over (
        partition by measure_id, stakeholder_id order by stated_on desc, created_at desc, id desc
      ) as n
      from positions where ${inIds('measure_id', measureIds)}
    ) where n = 1`);
  for (const row of rows) {
    const list = result.get(row.measureId) ?? [];
    list.push(row.stance);
    result.set(row.measureId, list);
  }
  return result;
}

/** Finds a measure by slug, id or any of its identifiers (identifiers ignore case). */
export function findMeasure(db: Db | Tx, ref: string): MeasureRow | undefined {
  const byIdentifier = db
    .select({ id: measureIdentifiers.measureId })
    .from(measureIdentifiers)
    .where(sql`${measureIdentifiers.value} = ${ref} collate nocase`);
  return db
    .select()
    .from(measures)
    .where(or(eq(measures.slug, ref), eq(measures.id, ref), inArray(measures.id, byIdentifier)))
    .orderBy(sql`${measures.slug} = ${ref} desc`, sql`${measures.id} = ${ref} desc`)
    .limit(1)
    .get();
}

export function requireMeasure(db: Db | Tx, ref: string): MeasureRow {
  const measure = findMeasure(db, ref);
  if (!measure) throw notFound('measure', ref);
  return measure;
}

function addIdentifiers(
  tx: Tx,
  measureId: string,
  identifiers: readonly { scheme: IdentifierScheme; value: string }[],
) {
  if (identifiers.length === 0) return;
  const at = nowUtc();
  try {
    tx.insert(measureIdentifiers)
      .values(
        identifiers.map((i) => ({
          id: newId(),
          measureId,
          scheme: i.scheme,
          value: i.value,
          createdAt: at,
        })),
      )
      .run();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new DossierError(
        'CONFLICT',
        `One of these identifiers (${identifiers.map((i) => i.value).join(', ')}) is already recorded for a measure.`,
      );
    }
    throw error;
  }
}

/** Creates a measure with its identifiers in one transaction. */
export function createMeasure(db: Db, input: MeasureCreateData, actor: Actor): MeasureRow {
  return writeTransaction(db, (tx) => {
    const { identifiers = [], ...values } = input;
    const row = insertRow(
      tx,
      measures,
      {
        ...values,
        summary: values.summary ?? null,
        policyAreas: values.policyAreas ?? [],
        sourceId: values.sourceId ?? null,
      },
      actor,
    );
    addIdentifiers(tx, row.id, identifiers);
    return row;
  });
}

/**
 * Updates a measure if it is still at the version the editor read. Identifiers, when given,
 * replace the measure's identifiers as a whole.
 */
export function updateMeasure(db: Db, input: MeasureUpdateData, actor: Actor): MeasureRow {
  return writeTransaction(db, (tx) => {
    const { id, version, identifiers, ...patch } = input;
    const related = [];
    if (identifiers) {
      const before = tx
        .select({ scheme: measureIdentifiers.scheme, value: measureIdentifiers.value })
        .from(measureIdentifiers)
        .where(eq(measureIdentifiers.measureId, id))
        .orderBy(asc(measureIdentifiers.createdAt), asc(measureIdentifiers.id))
        .all();
      const after = identifiers.map(({ scheme, value }) => ({ scheme, value }));
      if (JSON.stringify(before) !== JSON.stringify(after))
        related.push({ field: 'identifiers', before, after });
    }
    // The version check comes first, so a stale edit changes nothing at all.
    const row = updateRow(tx, measures, id, version, patch, actor, related);
    if (related.length > 0 && identifiers) {
      tx.delete(measureIdentifiers).where(eq(measureIdentifiers.measureId, id)).run();
      addIdentifiers(tx, id, identifiers);
    }
    return row;
  });
}
