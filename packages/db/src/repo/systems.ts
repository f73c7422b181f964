// The database map: information systems and the measures that create, extend, link or use them.
import {
  type MeasureKind,
  pageSizes,
  type Stage,
  type SystemAction,
  type SystemListQuery,
  type SystemMeasuresQuery,
} from '@dossier/domain';
import { and, asc, eq, lte, type SQL, sql } from 'drizzle-orm';
import { notFound } from '../errors';
import type { Db } from '../open';
import { informationSystems, measureSystems, measures, sources } from '../schema';
import { beyond, cursorLists, decodeCursor, encodeCursor, toPage } from './cursor';
import { inIds } from './sql';

/**
 * One link from a system to a measure. The source is named, not copied whole: a source behind
 * many links would otherwise be repeated in every one of them.
 */
const linkColumns = {
  linkId: measureSystems.id,
  action: measureSystems.action,
  measure: {
    id: measures.id,
    slug: measures.slug,
    title: measures.title,
    stage: measures.stage,
    kind: measures.kind,
  },
  source: { id: sources.id, title: sources.title },
};

interface LinkRow {
  linkId: string;
  action: SystemAction;
  measure: { id: string; slug: string; title: string; stage: Stage | null; kind: MeasureKind };
  source: { id: string; title: string } | null;
}

/** Links in the order the map lists them: by measure title, then by link. */
const linkOrder = [asc(measures.title), asc(measureSystems.id)];
const linkCursor = (systemId: string, link: Pick<LinkRow, 'linkId' | 'measure'>) =>
  encodeCursor(cursorLists.systemMeasures, systemId, [link.measure.title, link.linkId]);

/**
 * A page of information systems by acronym, each with the first `measuresPerSystem` of the
 * measures acting on it, how many there are and the cursor to the rest; with the number of
 * systems, of measures acting on any and of links in all. Four queries whatever the size.
 */
export function listSystems(
  db: Db,
  input: SystemListQuery,
  measuresPerSystem: number = pageSizes.systemMeasures.default,
) {
  const where: SQL[] = [];
  if (input.cursor) {
    const [acronym, id] = decodeCursor(input.cursor, cursorLists.systems, '', 2);
    where.push(beyond([informationSystems.acronym, informationSystems.id], 'asc', [acronym!, id!]));
  }
  const rows = db
    .select()
    .from(informationSystems)
    .where(and(...where))
    .orderBy(asc(informationSystems.acronym), asc(informationSystems.id))
    .limit(input.limit + 1)
    .all();
  const page = toPage(rows, input.limit, (last) =>
    encodeCursor(cursorLists.systems, '', [last.acronym, last.id]),
  );
  const links = firstLinks(
    db,
    page.items.map((s) => s.id),
    measuresPerSystem,
  );
  const totals = db
    .select({
      systems: sql<number>`(select count(*) from ${informationSystems})`,
      measures: sql<number>`count(distinct ${measureSystems.measureId})`,
      links: sql<number>`count(*)`,
    })
    .from(measureSystems)
    .get();
  return {
    items: page.items.map((system) => {
      const first = links.get(system.id) ?? [];
      const total = first[0]?.total ?? 0;
      const items = first.map(({ total: _, systemId: __, ...link }) => link);
      const last = items.at(-1);
      return {
        ...system,
        measures: {
          items,
          total,
          nextCursor: total > items.length && last ? linkCursor(system.id, last) : null,
        },
      };
    }),
    nextCursor: page.nextCursor,
    total: totals?.systems ?? 0,
    /** How many distinct measures act on at least one system. */
    measureCount: totals?.measures ?? 0,
    linkCount: totals?.links ?? 0,
  };
}

/** The first links of each system, with each system's number of links, in one query. */
function firstLinks(db: Db, systemIds: readonly string[], perSystem: number) {
  const ranked = db
    .select({
      systemId: sql<string>`${measureSystems.systemId}`.as('system_id'),
      linkId: sql<string>`${measureSystems.id}`.as('link_id'),
      action: sql<SystemAction>`${measureSystems.action}`.as('action'),
      measureId: sql<string>`${measures.id}`.as('measure_id'),
      slug: sql<string>`${measures.slug}`.as('slug'),
      title: sql<string>`${measures.title}`.as('title'),
      stage: sql<Stage>`${measures.stage}`.as('stage'),
      kind: sql<MeasureKind>`${measures.kind}`.as('kind'),
      sourceId: sql<string | null>`${sources.id}`.as('source_id'),
      sourceTitle: sql<string | null>`${sources.title}`.as('source_title'),
      n: sql<number>`row_number() over (partition by ${measureSystems.systemId} order by ${measures.title}, ${measureSystems.id})`.as(
        'n',
      ),
      total: sql<number>`count(*) over (partition by ${measureSystems.systemId})`.as('total'),
    })
    .from(measureSystems)
    .innerJoin(measures, eq(measures.id, measureSystems.measureId))
    .leftJoin(sources, eq(sources.id, measureSystems.sourceId))
    .where(inIds(measureSystems.systemId, systemIds))
    .as('ranked');
  const rows = db
    .select()
    .from(ranked)
    .where(lte(ranked.n, perSystem))
    .orderBy(asc(ranked.n))
    .all();
  const bySystem = new Map<string, (LinkRow & { systemId: string; total: number })[]>();
  for (const r of rows) {
    const list = bySystem.get(r.systemId) ?? [];
    list.push({
      systemId: r.systemId,
      total: r.total,
      linkId: r.linkId,
      action: r.action,
      measure: { id: r.measureId, slug: r.slug, title: r.title, stage: r.stage, kind: r.kind },
      source: r.sourceId ? { id: r.sourceId, title: r.sourceTitle ?? '' } : null,
    });
    bySystem.set(r.systemId, list);
  }
  return bySystem;
}

/** A page of the measures acting on one system, after those its entry in the list carried. */
export function listSystemMeasures(db: Db, input: SystemMeasuresQuery) {
  const system = db
    .select({ id: informationSystems.id })
    .from(informationSystems)
    .where(eq(informationSystems.id, input.systemId))
    .get();
  if (!system) throw notFound('information system', input.systemId);
  const where: SQL[] = [eq(measureSystems.systemId, system.id)];
  if (input.cursor) {
    const [title, linkId] = decodeCursor(input.cursor, cursorLists.systemMeasures, system.id, 2);
    where.push(beyond([measures.title, measureSystems.id], 'asc', [title!, linkId!]));
  }
  const rows = db
    .select(linkColumns)
    .from(measureSystems)
    .innerJoin(measures, eq(measures.id, measureSystems.measureId))
    .leftJoin(sources, eq(sources.id, measureSystems.sourceId))
    .where(and(...where))
    .orderBy(...linkOrder)
    .limit(input.limit + 1)
    .all();
  return toPage(rows, input.limit, (last) => linkCursor(system.id, last));
}
