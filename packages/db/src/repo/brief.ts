import { balanceOfCounts, briefPage } from '@dossier/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import {
  informationSystems,
  measureIdentifiers,
  measureLinks,
  measureSystems,
  measures,
} from '../schema';
import { briefSources, dossierCounts, firstTimelinePage, stakeholderPage } from './dossier';
import { lastEvents, nextEvents, requireMeasure } from './measures';

const linkedMeasureColumns = {
  id: measures.id,
  slug: measures.slug,
  title: measures.title,
  kind: measures.kind,
  stage: measures.stage,
  jurisdiction: measures.jurisdiction,
};

/**
 * The brief of one measure in a fixed number of queries (twelve), whatever the number of
 * events, stakeholders or links: each part is one query over the measure, never one per row.
 * The timeline, the stakeholders and the sources are first pages, each with how many there are
 * in all and the cursor to the rest (`measures.timeline`, `.stakeholders`, `.sources`), so a
 * measure with 20,000 events still has a brief of a few dozen kilobytes.
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

  const counts = dossierCounts(db, id, today);
  const timeline = firstTimelinePage(db, id, today);
  const stakeholderEntries = stakeholderPage(db, id, { limit: briefPage.stakeholders });

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

  const sourceList = briefSources(db, id, [
    measure.sourceId,
    ...timeline.items.map((e) => e.sourceId),
    ...stakeholderEntries.items.flatMap((entry) => entry.history.map((p) => p.sourceId)),
    ...related.map((r) => r.sourceId),
    ...systems.map((s) => s.sourceId),
  ]);

  return {
    measure,
    identifiers,
    /** The furthest main stage the past events show, all of them, not only the first page. */
    stageReached: counts.stageReached,
    timeline: { ...timeline, total: counts.events },
    stakeholders: { ...stakeholderEntries, total: counts.stakeholders },
    /** How many stakeholders hold each stance today, all of them. */
    stanceCounts: counts.stanceCounts,
    balance: balanceOfCounts(counts.stanceCounts),
    related,
    reviews,
    systems,
    sources: sourceList,
  };
}

export type Brief = ReturnType<typeof getBrief>;
