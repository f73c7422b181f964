import {
  type MeasureCreateData,
  type MeasureListQuery,
  type MeasureUpdateData,
  needsStage,
  noStage,
  type Stage,
  type Stance,
  type StanceBalance,
  stanceBalance,
} from '@dossier/domain';
import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { DossierError, notFound } from '../errors';
import type { Db } from '../open';
import { measureIdentifiers, measures } from '../schema';
import {
  type Actor,
  type FieldChange,
  insertRow,
  type Tx,
  updateRow,
  writeTransaction,
} from '../write';
import { insertStageClaim } from './claims';
import { beyond, cursorLists, decodeCursor, encodeCursor, toPage } from './cursor';
import { ftsQuery } from './fts';
import {
  addIdentifiers,
  identifierMatchParams,
  identifierSearch,
  identifiersOf,
  identifierValues,
} from './identifiers';
import { requireRefs } from './refs';
import { inIds, param, prepared } from './sql';

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
  /** Null for a measure that follows no procedure (a letter, a statement, a report). */
  stage: MeasureRow['stage'];
  policyAreas: string[];
  updatedAt: string;
  lastEvent: EventSummary | null;
  nextEvent: EventSummary | null;
  balance: StanceBalance;
  /** Some fact of the measure (its stage, an event's date, a vote's result) is disputed. */
  disputed: boolean;
}

/** The filters of a list query, shared by the page query and the per-stage counts. */
/** The list's filters; `measureId` narrows it to one measure (a brief's CSV downloads). */
type ListFilters = Omit<MeasureListQuery, 'limit' | 'cursor'> & { measureId?: string };

function listFilters(input: ListFilters): SQL[] {
  const where: SQL[] = [];
  if (input.measureId) where.push(eq(measures.id, input.measureId));
  if (input.stage?.length) {
    const named = input.stage.filter((s): s is Stage => s !== noStage);
    const stageless = input.stage.includes(noStage);
    where.push(
      or(
        ...(named.length ? [inArray(measures.stage, named)] : []),
        ...(stageless ? [isNull(measures.stage)] : []),
      )!,
    );
  }
  if (input.kind?.length) where.push(inArray(measures.kind, input.kind));
  if (input.jurisdiction?.length) where.push(inArray(measures.jurisdiction, input.jurisdiction));
  if (input.policyArea) {
    where.push(
      sql`exists (select 1 from json_each(${measures.policyAreas}) where value = ${input.policyArea} collate nocase)`,
    );
  }
  // Text that looks like an identifier is matched by canonical form only: a prefix search
  // would answer "2016/106" with 2016/1060(COD).
  const byIdentifier = input.q ? identifierSearch(input.q) : null;
  if (byIdentifier) where.push(byIdentifier);
  const match = input.q && !byIdentifier ? ftsQuery(input.q) : null;
  if (match) {
    where.push(
      sql`"measures"."rowid" in (select rowid from measures_fts where measures_fts match ${match})`,
    );
  }
  return where;
}

/**
 * The ids of the measures the schedule's filters would list (a watched policy area or saved
 * search: what matches now).
 */
export function measureIdsMatching(
  db: Db | Tx,
  filters: Pick<ListFilters, 'q' | 'policyArea'>,
): string[] {
  return db
    .select({ id: measures.id })
    .from(measures)
    .where(and(...listFilters(filters)))
    .all()
    .map((r) => r.id);
}

/**
 * One page of measures in a stable order (title, then id), each with its last and next dated
 * event, the balance of its stakeholders' current stances and whether any of its facts is
 * disputed. Five queries whatever the page size.
 */
export function listMeasures(
  db: Db,
  input: MeasureListQuery & { measureId?: string },
  today: string,
): { items: MeasureCard[]; nextCursor: string | null } {
  const where = listFilters(input);
  if (input.cursor) {
    const [title, id] = decodeCursor(input.cursor, cursorLists.measures, '', 2);
    where.push(beyond([measures.title, measures.id], 'asc', [title!, id!]));
  }
  const rows = db
    .select()
    .from(measures)
    .where(and(...where))
    .orderBy(asc(measures.title), asc(measures.id))
    .limit(input.limit + 1)
    .all();
  const { items: page, nextCursor } = toPage(rows, input.limit, (last) =>
    encodeCursor(cursorLists.measures, '', [last.title, last.id]),
  );
  const ids = page.map((r) => r.id);
  const last = lastEvents(db, ids, today);
  const next = nextEvents(db, ids, today);
  const stances = currentStances(db, ids);
  const disputedEvents = withDisputedEvents(db, ids);
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
      disputed: m.stageDisputed || disputedEvents.has(m.id),
    })),
    nextCursor,
  };
}

/**
 * How many measures stand at each stage under the given filters (the stage filter itself
 * aside); measures without a stage are counted under `none`.
 */
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
  return Object.fromEntries(rows.map((r) => [r.stage ?? noStage, r.count]));
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

/** Which of the measures have an event with a disputed date or result. */
function withDisputedEvents(db: Db, measureIds: readonly string[]): Set<string> {
  if (measureIds.length === 0) return new Set();
  const rows = db.all<{ measureId: string }>(sql`
    select distinct measure_id as measureId from events
    where disputed = 1 and ${inIds('measure_id', measureIds)}`);
  return new Set(rows.map((r) => r.measureId));
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

/**
 * Finds a measure by slug, id or any identifier in any written form: "2016/106/cod" finds
 * 2016/0106(COD), "celex:32016r0679" finds 32016R0679 (see identifiers.ts).
 */
function findMeasure(db: Db | Tx, ref: string): MeasureRow | undefined {
  const values = identifierValues(ref);
  const detected = values.scheme !== undefined;
  const query = prepared(db, detected ? 'findMeasure:identifier' : 'findMeasure', () =>
    db
      .select()
      .from(measures)
      .where(
        or(
          eq(measures.slug, param('ref')),
          eq(measures.id, param('ref')),
          inArray(
            measures.id,
            db
              .select({ id: measureIdentifiers.measureId })
              .from(measureIdentifiers)
              .where(identifierMatchParams(detected)),
          ),
        ),
      )
      .orderBy(
        sql`${measures.slug} = ${param('ref')} desc`,
        sql`${measures.id} = ${param('ref')} desc`,
      )
      .limit(1)
      .prepare(),
  );
  return query.get({ ref, ...values });
}

export function requireMeasure(db: Db | Tx, ref: string): MeasureRow {
  const measure = findMeasure(db, ref);
  if (!measure) throw notFound('measure', ref);
  return measure;
}

/** The identifiers of a measure as the audit log records them. */
const identifiersForLog = (
  list: readonly { scheme: string; value: string; role: string | null; sourceId: string | null }[],
) => list.map(({ scheme, value, role, sourceId }) => ({ scheme, value, role, sourceId }));

/**
 * Creates a measure with its identifiers and, when it has a stage, its first stage claim (citing
 * the measure's source, dated `stageOn` or today), in one transaction.
 */
export function createMeasure(
  db: Db,
  input: MeasureCreateData,
  actor: Actor,
  today: string,
): MeasureRow {
  return writeTransaction(db, (tx) => {
    const { identifiers = [], stage, stageOn, ...values } = input;
    requireRefs(tx, { source: values.sourceId });
    for (const i of identifiers) requireRefs(tx, { source: i.sourceId });
    const row = insertRow(
      tx,
      measures,
      {
        ...values,
        stage: stage ?? null,
        stageDisputed: false,
        summary: values.summary ?? null,
        policyAreas: values.policyAreas ?? [],
        sourceId: values.sourceId ?? null,
      },
      actor,
    );
    addIdentifiers(tx, row.id, identifiers);
    if (stage)
      insertStageClaim(
        tx,
        row.id,
        { stage, date: stageOn ?? today, sourceId: values.sourceId ?? null },
        actor,
      );
    return row;
  });
}

/**
 * Updates a measure if it is still at the version the editor read. Identifiers, when given,
 * replace the measure's identifiers as a whole. The stage is not edited here: a change of stage
 * is a claim (claims.ts).
 */
export function updateMeasure(db: Db, input: MeasureUpdateData, actor: Actor): MeasureRow {
  return writeTransaction(db, (tx) => {
    const { id, version, identifiers, stage: _stage, stageOn: _stageOn, ...patch } = input;
    requireRefs(tx, { source: patch.sourceId });
    for (const i of identifiers ?? []) requireRefs(tx, { source: i.sourceId });
    const related: FieldChange[] = [];
    if (identifiers) {
      const before = identifiersForLog(
        identifiersOf(tx, id).map((i) => ({ ...i, value: i.written })),
      );
      const after = identifiersForLog(identifiers);
      if (JSON.stringify(before) !== JSON.stringify(after))
        related.push({ field: 'identifiers', before, after });
    }
    if (patch.kind && needsStage(patch.kind)) {
      const current = tx
        .select({ stage: measures.stage })
        .from(measures)
        .where(eq(measures.id, id))
        .get();
      if (current && current.stage === null)
        throw new DossierError(
          'BAD_REQUEST',
          `A ${patch.kind.replaceAll('_', ' ')} follows a procedure, and this measure has no stage yet: record its stage first with claims.add ({ fact: "stage", ... }), then change its kind.`,
        );
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
