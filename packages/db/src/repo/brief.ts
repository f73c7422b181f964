import { isUpcoming, sortTimeline, stanceBalance, stanceScore } from '@dossier/domain';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import {
  events,
  informationSystems,
  measureIdentifiers,
  measureLinks,
  measureSystems,
  measures,
  positions,
  sources,
  stakeholders,
} from '../schema';
import { lastEvents, nextEvents, requireMeasure } from './measures';
import { inIds } from './sql';

const affiliation = alias(stakeholders, 'affiliation');

const linkedMeasureColumns = {
  id: measures.id,
  slug: measures.slug,
  title: measures.title,
  kind: measures.kind,
  stage: measures.stage,
  jurisdiction: measures.jurisdiction,
};

/**
 * The whole brief of one measure in a fixed number of queries (ten), whatever the number of
 * stakeholders, events or links: each part is one query over the measure, never one per row.
 */
export function getBrief(db: Db, ref: string, today: string) {
  const measure = requireMeasure(db, ref);
  const id = measure.id;

  const identifiers = db
    .select({ scheme: measureIdentifiers.scheme, value: measureIdentifiers.value })
    .from(measureIdentifiers)
    .where(eq(measureIdentifiers.measureId, id))
    .orderBy(asc(measureIdentifiers.createdAt), asc(measureIdentifiers.id))
    .all();

  const timeline = sortTimeline(db.select().from(events).where(eq(events.measureId, id)).all()).map(
    (e) => ({ ...e, upcoming: isUpcoming(e.date, today) }),
  );

  const positionRows = db
    .select({
      position: positions,
      stakeholder: stakeholders,
      affiliation: { id: affiliation.id, slug: affiliation.slug, name: affiliation.name },
    })
    .from(positions)
    .innerJoin(stakeholders, eq(stakeholders.id, positions.stakeholderId))
    .leftJoin(affiliation, eq(affiliation.id, stakeholders.affiliationId))
    .where(eq(positions.measureId, id))
    .all();

  const byStakeholder = new Map<string, (typeof positionRows)[number][]>();
  for (const row of positionRows) {
    const list = byStakeholder.get(row.stakeholder.id) ?? [];
    list.push(row);
    byStakeholder.set(row.stakeholder.id, list);
  }
  const stakeholderEntries = [...byStakeholder.values()].map((rows) => {
    const history = sortTimeline(rows.map((r) => ({ ...r.position, date: r.position.statedOn })));
    const first = rows[0]!;
    return {
      stakeholder: {
        ...first.stakeholder,
        affiliation: first.affiliation?.id ? first.affiliation : null,
      },
      current: history.at(-1)!,
      history,
    };
  });
  // Strongest support first, strongest opposition last, unknown at the end; then by name.
  stakeholderEntries.sort(
    (a, b) =>
      (stanceScore(b.current.stance) ?? -9) - (stanceScore(a.current.stance) ?? -9) ||
      a.stakeholder.name.localeCompare(b.stakeholder.name),
  );

  const outgoing = db
    .select({ link: measureLinks, measure: linkedMeasureColumns })
    .from(measureLinks)
    .innerJoin(measures, eq(measures.id, measureLinks.toMeasureId))
    .where(eq(measureLinks.fromMeasureId, id))
    .all()
    .map((r) => ({ ...r, direction: 'outgoing' as const }));
  const incoming = db
    .select({ link: measureLinks, measure: linkedMeasureColumns })
    .from(measureLinks)
    .innerJoin(measures, eq(measures.id, measureLinks.fromMeasureId))
    .where(eq(measureLinks.toMeasureId, id))
    .all()
    .map((r) => ({ ...r, direction: 'incoming' as const }));
  const linkedIds = [...new Set([...outgoing, ...incoming].map((r) => r.measure.id))];
  const lastOfLinked = lastEvents(db, linkedIds, today);
  const nextOfLinked = nextEvents(db, linkedIds, today);
  const related = [...outgoing, ...incoming].map(({ link, measure: other, direction }) => ({
    linkId: link.id,
    version: link.version,
    relation: link.relation,
    direction,
    note: link.note,
    sourceId: link.sourceId,
    measure: other,
    lastEvent: lastOfLinked.get(other.id) ?? null,
    nextEvent: nextOfLinked.get(other.id) ?? null,
  }));
  // The reviews this measure waits on: what it depends on that is itself a review or consultation.
  const reviews = related.filter(
    (r) =>
      r.direction === 'outgoing' &&
      r.relation === 'depends_on' &&
      (r.measure.kind === 'review' || r.measure.kind === 'consultation'),
  );

  const systems = db
    .select({
      linkId: measureSystems.id,
      action: measureSystems.action,
      sourceId: measureSystems.sourceId,
      system: informationSystems,
    })
    .from(measureSystems)
    .innerJoin(informationSystems, eq(informationSystems.id, measureSystems.systemId))
    .where(eq(measureSystems.measureId, id))
    .orderBy(asc(informationSystems.acronym))
    .all();

  const sourceIds = new Set<string>();
  for (const fact of [
    measure,
    ...timeline,
    ...positionRows.map((r) => r.position),
    ...related,
    ...systems,
  ]) {
    if (fact.sourceId) sourceIds.add(fact.sourceId);
  }
  const sourceList =
    sourceIds.size === 0
      ? []
      : db
          .select()
          .from(sources)
          .where(inIds(sources.id, [...sourceIds]))
          .orderBy(asc(sources.publishedOn), asc(sources.title))
          .all();

  return {
    measure,
    identifiers,
    timeline,
    stakeholders: stakeholderEntries,
    balance: stanceBalance(stakeholderEntries.map((s) => s.current.stance)),
    related,
    reviews,
    systems,
    sources: sourceList,
  };
}

export type Brief = ReturnType<typeof getBrief>;
