// Read models for stakeholders, sources, information systems and the audit log.
import type { HistoryQuery, StakeholderListQuery } from '@dossier/domain';
import { sortTimeline } from '@dossier/domain';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { notFound } from '../errors';
import type { Db } from '../open';
import {
  changes,
  informationSystems,
  measureSystems,
  measures,
  positions,
  sources,
  stakeholders,
} from '../schema';
import { inIds } from './sql';

const affiliation = alias(stakeholders, 'affiliation');

export function listStakeholders(db: Db, input: StakeholderListQuery) {
  const where: SQL[] = [];
  if (input.category?.length) where.push(inArray(stakeholders.category, input.category));
  if (input.country) where.push(eq(stakeholders.country, input.country));
  if (input.q) {
    const like = `%${input.q.replaceAll(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        sql`${stakeholders.name} like ${like} escape '\\'`,
        sql`${stakeholders.role} like ${like} escape '\\'`,
      )!,
    );
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
    .limit(2000)
    .all();
  return rows.map((r) => ({
    ...r.stakeholder,
    affiliation: r.affiliation?.id ? r.affiliation : null,
    positionCount: r.positionCount,
  }));
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
  const sourceIds = [...new Set(positionList.map((p) => p.sourceId))];
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

/** Every information system with the measures that create, extend, link or use it, each link with its source. */
export function listSystems(db: Db) {
  const systems = db
    .select()
    .from(informationSystems)
    .orderBy(asc(informationSystems.acronym))
    .all();
  const links = db
    .select({
      systemId: measureSystems.systemId,
      action: measureSystems.action,
      sourceId: measureSystems.sourceId,
      measure: {
        id: measures.id,
        slug: measures.slug,
        title: measures.title,
        stage: measures.stage,
        kind: measures.kind,
      },
      source: sources,
    })
    .from(measureSystems)
    .innerJoin(measures, eq(measures.id, measureSystems.measureId))
    .leftJoin(sources, eq(sources.id, measureSystems.sourceId))
    .orderBy(asc(measures.title))
    .all();
  const bySystem = new Map<string, Omit<(typeof links)[number], 'systemId'>[]>();
  for (const { systemId, ...link } of links) {
    bySystem.set(systemId, [...(bySystem.get(systemId) ?? []), link]);
  }
  return systems.map((system) => ({ ...system, measures: bySystem.get(system.id) ?? [] }));
}

/** The audit log, newest first, optionally for one record. */
export function listChanges(db: Db, input: HistoryQuery) {
  return db
    .select()
    .from(changes)
    .where(input.id ? eq(changes.entityId, input.id) : undefined)
    .orderBy(desc(changes.at), desc(changes.id))
    .limit(input.limit)
    .all();
}
