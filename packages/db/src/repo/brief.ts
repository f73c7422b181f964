import { balanceOfCounts, briefPage, readRelation, stageWarning } from '@dossier/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { informationSystems, measureLinks, measureSystems, measures } from '../schema';
import { briefSources, dossierCounts, firstTimelinePage, stakeholderPage } from './dossier';
import { claimSources, stageFact, withFacts } from './facts';
import { identifiersOf } from './identifiers';
import { lastEvents, nextEvents, requireMeasure } from './measures';
import { param, prepared } from './sql';

const linkedMeasureColumns = {
  id: measures.id,
  slug: measures.slug,
  title: measures.title,
  kind: measures.kind,
  stage: measures.stage,
  jurisdiction: measures.jurisdiction,
};

/**
 * The links a measure holds (outgoing: "this depends on that") or that point at it (incoming),
 * each with the measure at the other end.
 */
function linksOf(db: Db, measureId: string, direction: 'outgoing' | 'incoming') {
  const [here, there] =
    direction === 'outgoing'
      ? [measureLinks.fromMeasureId, measureLinks.toMeasureId]
      : [measureLinks.toMeasureId, measureLinks.fromMeasureId];
  return prepared(db, `linksOf:${direction}`, () =>
    db
      .select({ link: measureLinks, measure: linkedMeasureColumns })
      .from(measureLinks)
      .innerJoin(measures, eq(measures.id, there))
      .where(eq(here, param('measureId')))
      .prepare(),
  )
    .all({ measureId })
    .map((r) => ({ ...r, direction }));
}

/**
 * The brief of one measure in a fixed number of queries (fourteen), whatever the number of
 * events, stakeholders or links: each part is one query over the measure, never one per row.
 * The timeline, the stakeholders and the sources are first pages, each with how many there are
 * in all and the cursor to the rest (`measures.timeline`, `.stakeholders`, `.sources`), so a
 * measure with 20,000 events still has a brief of a few dozen kilobytes.
 */
export function getBrief(db: Db, ref: string, today: string) {
  const measure = requireMeasure(db, ref);
  const id = measure.id;

  const identifiers = identifiersOf(db, id);

  const counts = dossierCounts(db, id, today);
  const firstPage = firstTimelinePage(db, id, today);
  // The claims of the page's events and of the stage come in one query, their documents in one.
  const facts = withFacts(db, firstPage.items, id);
  const timeline = { ...firstPage, items: facts.items };
  const stage = stageFact(facts.stageClaims);
  const stakeholderEntries = stakeholderPage(db, id, { limit: briefPage.stakeholders });

  const outgoing = linksOf(db, id, 'outgoing');
  const incoming = linksOf(db, id, 'incoming');
  const linkedIds = [...new Set([...outgoing, ...incoming].map((r) => r.measure.id))];
  const lastOfLinked = lastEvents(db, linkedIds, today);
  const nextOfLinked = nextEvents(db, linkedIds, today);
  const related = [...outgoing, ...incoming].map(({ link, measure: other, direction }) => {
    // How the link reads from this measure: "amends", or "amended by" when it points here.
    const reading = readRelation(link.relation, direction);
    return {
      linkId: link.id,
      version: link.version,
      relation: link.relation,
      direction,
      /** A stable key of that reading (`amended_by`), for translations. */
      reading: reading.key,
      label: reading.label,
      note: link.note,
      sourceId: link.sourceId,
      measure: other,
      lastEvent: lastOfLinked.get(other.id) ?? null,
      nextEvent: nextOfLinked.get(other.id) ?? null,
    };
  });
  // The reviews this measure waits on: what it depends on that is itself a review or consultation.
  const reviews = related.filter(
    (r) =>
      r.direction === 'outgoing' &&
      r.relation === 'depends_on' &&
      (r.measure.kind === 'review' || r.measure.kind === 'consultation'),
  );

  const systems = prepared(db, 'briefSystems', () =>
    db
      .select({
        linkId: measureSystems.id,
        action: measureSystems.action,
        sourceId: measureSystems.sourceId,
        system: informationSystems,
      })
      .from(measureSystems)
      .innerJoin(informationSystems, eq(informationSystems.id, measureSystems.systemId))
      .where(eq(measureSystems.measureId, param('measureId')))
      .orderBy(asc(informationSystems.acronym))
      .prepare(),
  ).all({ measureId: id });

  const sourceList = briefSources(db, id, [
    measure.sourceId,
    ...identifiers.map((i) => i.sourceId),
    ...timeline.items.map((e) => e.sourceId),
    ...facts.cited,
    ...claimSources(facts.stageClaims),
    ...stakeholderEntries.items.flatMap((entry) => entry.history.map((p) => p.sourceId)),
    ...related.map((r) => r.sourceId),
    ...systems.map((s) => s.sourceId),
  ]);

  return {
    measure,
    identifiers,
    /** The stage with its claims side by side: what it shows, disputed or preferred and why. */
    stage,
    /**
     * Where the timeline contradicts the stage (an entry into force on a measure shown as
     * adopted): the stage it suggests and the event that shows it; null when none does.
     * `measures.acceptSuggestedStage` records it in one step.
     */
    stageWarning: stageWarning(measure.stage, counts.stageEvidence),
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
