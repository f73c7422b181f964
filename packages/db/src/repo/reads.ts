// Read models for stakeholders, sources and the audit log.
import type { HistoryQuery, StakeholderFilterQuery, StakeholderListQuery } from '@dossier/domain';
import { sortTimeline } from '@dossier/domain';
import { and, asc, desc, eq, inArray, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { notFound } from '../errors';
import type { Db } from '../open';
import { changes, measures, positions, sources, stakeholders } from '../schema';
import { beyond, cursorLists, decodeCursor, encodeCursor, toPage } from './cursor';
import { ftsQuery } from './fts';
import { countOf, inIds } from './sql';

const affiliation = alias(stakeholders, 'affiliation');

type StakeholderFilter = 'category' | 'country' | 'q';

/**
 * The register's filters as SQL, leaving one out when counting that filter's own options (how
 * many a category would show is counted under the country and the search, not the category).
 */
function stakeholderFilters(input: StakeholderFilterQuery, except?: StakeholderFilter): SQL[] {
  const where: SQL[] = [];
  if (except !== 'category' && input.category?.length) {
    where.push(inArray(stakeholders.category, input.category));
  }
  if (except !== 'country' && input.country) where.push(eq(stakeholders.country, input.country));
  const match = except !== 'q' && input.q ? ftsQuery(input.q) : null;
  if (match) {
    where.push(
      sql`"stakeholders"."rowid" in (select rowid from stakeholders_fts where stakeholders_fts match ${match})`,
    );
  }
  return where;
}

/**
 * A page of the stakeholder register in name order, under the filters, with how many match in
 * all. Three queries whatever the size of the register.
 */
export function listStakeholders(db: Db, input: StakeholderListQuery) {
  const where = stakeholderFilters(input);
  const total = countOf(db, stakeholders, and(...where));
  if (input.cursor) {
    const [name, id] = decodeCursor(input.cursor, cursorLists.stakeholders, '', 2);
    where.push(beyond([stakeholders.name, stakeholders.id], 'asc', [name!, id!]));
  }
  const rows = db
    .select({
      stakeholder: stakeholders,
      affiliation: { id: affiliation.id, slug: affiliation.slug, name: affiliation.name },
      positionCount: sql<number>`(select count(*) from positions p where p.stakeholder_id = ${stakeholders.id})`,
    })
    .from(stakeholders)
    .leftJoin(affiliation, eq(affiliation.id, stakeholders.affiliationId))
    .where(and(...where))
    .orderBy(asc(stakeholders.name), asc(stakeholders.id))
    .limit(input.limit + 1)
    .all()
    .map((r) => ({
      ...r.stakeholder,
      affiliation: r.affiliation?.id ? r.affiliation : null,
      positionCount: r.positionCount,
    }));
  const page = toPage(rows, input.limit, (last) =>
    encodeCursor(cursorLists.stakeholders, '', [last.name, last.id]),
  );
  return { ...page, total };
}

/**
 * What each filter of the register offers: every category and country on record, each with how
 * many stakeholders it would show under the other filters, and how many are on record at all.
 */
export function stakeholderFacets(db: Db, input: StakeholderFilterQuery) {
  const matching = (except: StakeholderFilter) => {
    const where = and(...stakeholderFilters(input, except));
    return sql<number>`coalesce(sum(${where ? sql`case when ${where} then 1 else 0 end` : sql`1`}), 0)`;
  };
  const categories = db
    .select({ value: stakeholders.category, count: matching('category') })
    .from(stakeholders)
    .groupBy(stakeholders.category)
    .all();
  const countries = db
    .select({ value: sql<string>`${stakeholders.country}`, count: matching('country') })
    .from(stakeholders)
    .where(isNotNull(stakeholders.country))
    .groupBy(stakeholders.country)
    .orderBy(asc(stakeholders.country))
    .all();
  return { total: countOf(db, stakeholders), categories, countries };
}

/** One stakeholder with its affiliation, its members, and its positions on every measure. */
export function getStakeholder(db: Db, ref: string) {
  const row = db
    .select({
      stakeholder: stakeholders,
      affiliation: { id: affiliation.id, slug: affiliation.slug, name: affiliation.name },
    })
    .from(stakeholders)
    .leftJoin(affiliation, eq(affiliation.id, stakeholders.affiliationId))
    .where(or(eq(stakeholders.slug, ref), eq(stakeholders.id, ref)))
    .get();
  if (!row) throw notFound('stakeholder', ref);
  const id = row.stakeholder.id;
  const members = db
    .select({
      id: stakeholders.id,
      slug: stakeholders.slug,
      name: stakeholders.name,
      role: stakeholders.role,
    })
    .from(stakeholders)
    .where(eq(stakeholders.affiliationId, id))
    .orderBy(asc(stakeholders.name))
    .all();
  const positionRows = db
    .select({
      position: positions,
      measure: {
        id: measures.id,
        slug: measures.slug,
        title: measures.title,
        stage: measures.stage,
        kind: measures.kind,
      },
    })
    .from(positions)
    .innerJoin(measures, eq(measures.id, positions.measureId))
    .where(eq(positions.stakeholderId, id))
    .all();
  const positionList = sortTimeline(
    positionRows.map((r) => ({ ...r.position, date: r.position.statedOn, measure: r.measure })),
  ).reverse();
  // A stance marked unsourced cites nothing.
  const sourceIds = [
    ...new Set(positionList.flatMap((p) => (p.sourceId === null ? [] : [p.sourceId]))),
  ];
  const sourceList = sourceIds.length
    ? db.select().from(sources).where(inIds(sources.id, sourceIds)).all()
    : [];
  return {
    stakeholder: { ...row.stakeholder, affiliation: row.affiliation?.id ? row.affiliation : null },
    members,
    positions: positionList,
    sources: sourceList,
  };
}

export function listSources(db: Db) {
  return db
    .select()
    .from(sources)
    .orderBy(desc(sources.publishedOn), asc(sources.title))
    .limit(2000)
    .all();
}

export function getSource(db: Db, id: string) {
  const source = db.select().from(sources).where(eq(sources.id, id)).get();
  if (!source) throw notFound('source', id);
  return source;
}

/** The audit log, newest first (of one record when `id` is given), a page at a time. */
export function listChanges(db: Db, input: HistoryQuery) {
  const scope = input.id ?? '';
  const where: SQL[] = [];
  if (input.id) where.push(eq(changes.entityId, input.id));
  if (input.cursor) {
    const [at, id] = decodeCursor(input.cursor, cursorLists.history, scope, 2);
    where.push(beyond([changes.at, changes.id], 'desc', [at!, id!]));
  }
  const rows = db
    .select()
    .from(changes)
    .where(and(...where))
    .orderBy(desc(changes.at), desc(changes.id))
    .limit(input.limit + 1)
    .all();
  return toPage(rows, input.limit, (last) =>
    encodeCursor(cursorLists.history, scope, [last.at, last.id]),
  );
}
