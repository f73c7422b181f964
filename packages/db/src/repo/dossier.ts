// The long lists of one measure's dossier (its timeline, its stakeholders, its sources), read a
// page at a time in SQL: the brief holds their first pages and the API pages through the rest.
import {
  briefPage,
  type EventKind,
  furthestStageReached,
  isUpcoming,
  type StageEvidence,
  type Stance,
  sortTimeline,
  stances,
} from '@dossier/domain';
import { and, asc, desc, eq, getTableColumns, lte, not, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { events, positions, sources, stakeholders } from '../schema';
import { stageEvidenceJson } from './claims';
import { badCursor, beyond, cursorLists, decodeCursor, encodeCursor, toPage } from './cursor';
import { withFacts } from './facts';
import { inIds, inIdsParam, param, prepared } from './sql';

export interface PageInput {
  cursor?: string | null | undefined;
  limit: number;
}

type EventRow = typeof events.$inferSelect;
type SourceRow = typeof sources.$inferSelect;
export type TimelineEvent = EventRow & { upcoming: boolean };

// ---- timeline ----

/** Whether an event lies ahead of `today`: the domain's `isUpcoming`, in SQL. */
const ahead = (today: string) => sql`${events.date} > substr(${today}, 1, length(${events.date}))`;

const eventKey = [events.date, events.createdAt, events.id];
const timelineCursor = (measureId: string, e: EventRow) =>
  encodeCursor(cursorLists.timeline, measureId, [e.date, e.createdAt, e.id]);
const markUpcoming =
  (today: string) =>
  (e: EventRow): TimelineEvent => ({ ...e, upcoming: isUpcoming(e.date, today) });

/**
 * A page of a measure's timeline, newest first (so the farthest planned step comes first, then
 * back in time), each event with its claims and documents, with the sources its events and
 * their claims cite.
 */
export function timelinePage(db: Db, measureId: string, today: string, input: PageInput) {
  const where: SQL[] = [eq(events.measureId, measureId)];
  if (input.cursor) {
    const key = decodeCursor(input.cursor, cursorLists.timeline, measureId, 3);
    where.push(beyond(eventKey, 'desc', key));
  }
  const rows = db
    .select()
    .from(events)
    .where(and(...where))
    .orderBy(...eventKey.map((c) => desc(c)))
    .limit(input.limit + 1)
    .all();
  const page = toPage(rows, input.limit, (last) => timelineCursor(measureId, last));
  const withClaims = withFacts(db, page.items.map(markUpcoming(today)));
  return {
    items: withClaims.items,
    nextCursor: page.nextCursor,
    sources: sourcesByIds(db, [...page.items.map((e) => e.sourceId), ...withClaims.cited]),
  };
}

/**
 * The timeline's first page for the brief, oldest first. A brief answers "what happened last
 * and what comes next", so the page is the latest past events and the soonest upcoming ones,
 * not the head of either order: oldest first, a measure with 20,000 events would show years
 * of early statements and neither its latest step nor its next one; newest first, a measure
 * with many planned steps would show the far future and nothing that happened. So the header's
 * "latest" and "next" read right from this page whatever the size. The stage track needs more:
 * the furthest stage any past event shows may lie thousands of events back, so it comes from
 * `dossierCounts`, over every event. `nextCursor` continues with the events before the oldest
 * one shown, as `timelinePage` pages them; planned steps after the tenth are in the full
 * timeline (`timelinePage` from its start). One query; only the page's rows are sorted here.
 */
export function firstTimelinePage(db: Db, measureId: string, today: string) {
  const query = prepared(db, 'firstTimelinePage', () => {
    const upcoming = db
      .select()
      .from(events)
      .where(and(eq(events.measureId, param('measureId')), ahead(param('today'))))
      .orderBy(...eventKey.map((c) => asc(c)))
      .limit(briefPage.upcomingEvents)
      .as('upcoming');
    const past = db
      .select()
      .from(events)
      .where(and(eq(events.measureId, param('measureId')), not(ahead(param('today')))))
      .orderBy(...eventKey.map((c) => desc(c)))
      .limit(briefPage.pastEvents + 1)
      .as('past');
    return db.select().from(upcoming).unionAll(db.select().from(past)).prepare();
  });
  const rows = query.all({ measureId, today });
  const latestFirst = sortTimeline(rows.filter((e) => !isUpcoming(e.date, today))).reverse();
  const shownPast = latestFirst.slice(0, briefPage.pastEvents);
  const oldestShown = shownPast.at(-1);
  const items = sortTimeline([...rows.filter((e) => isUpcoming(e.date, today)), ...shownPast]);
  return {
    items: items.map(markUpcoming(today)),
    nextCursor:
      latestFirst.length > shownPast.length && oldestShown
        ? timelineCursor(measureId, oldestShown)
        : null,
  };
}

/**
 * What the brief says of the whole dossier, whatever page it shows, in one query: how many
 * events there are, the furthest stage the past ones show (where a withdrawn, rejected or
 * lapsed measure left the track; the first page alone may not hold that event) and how many
 * stakeholders hold each stance today.
 */
export function dossierCounts(db: Db, measureId: string, today: string) {
  const row = db.get<{
    events: number;
    pastKinds: string | null;
    stances: string | null;
    evidence: string | null;
  }>(sql`
    select
      (select count(*) from events where measure_id = ${measureId}) as events,
      ${stageEvidenceJson(measureId, today)} as evidence,
      (select group_concat(distinct kind) from events
        where measure_id = ${measureId} and date <= substr(${today}, 1, length(date))) as pastKinds,
      (select json_group_object(stance, n) from (
        select stance, count(*) as n from (
          select stance, row_number() over (
            partition by stakeholder_id order by stated_on desc, created_at desc, id desc
          ) as r
          from positions where measure_id = ${measureId}
        ) where r = 1 group by stance
      )) as stances`);
  const pastKinds = (row?.pastKinds?.split(',') ?? []) as EventKind[];
  const held = JSON.parse(row?.stances ?? '{}') as Partial<Record<Stance, number>>;
  const stanceCounts = Object.fromEntries(stances.map((s) => [s, held[s] ?? 0])) as Record<
    Stance,
    number
  >;
  return {
    events: row?.events ?? 0,
    stageReached: furthestStageReached(pastKinds.map((kind) => ({ kind, upcoming: false }))),
    stanceCounts,
    stakeholders: Object.values(stanceCounts).reduce((a, b) => a + b, 0),
    /** The events the stage is checked against (see `stageWarning`). */
    stageEvidence: JSON.parse(row?.evidence ?? '[]') as StageEvidence[],
  };
}

// ---- stakeholders ----

const affiliation = alias(stakeholders, 'affiliation');

/**
 * A page of the stakeholders who took a position on a measure: strongest support first,
 * strongest opposition last, unknown stances at the end, then by name. Each carries its current
 * stance and its latest positions, oldest first (at most `briefPage.positionsPerStakeholder`),
 * with how many it took in all. Two queries.
 */
export function stakeholderPage(db: Db, measureId: string, input: PageInput) {
  let cursorKey: [number, string, string] | null = null;
  if (input.cursor) {
    const [r, name, id] = decodeCursor(input.cursor, cursorLists.dossierStakeholders, measureId, 3);
    const stanceRank = Number(r);
    if (!Number.isInteger(stanceRank)) throw badCursor();
    cursorKey = [stanceRank, name!, id!];
  }
  // The first page (the brief's) is one prepared query; a page after a cursor is built anew.
  const rows = cursorKey
    ? stakeholderQuery(db, measureId, cursorKey, input.limit + 1).all()
    : prepared(db, 'stakeholderPage', () =>
        stakeholderQuery(
          db,
          param('measureId'),
          null,
          sql.placeholder('limit') as unknown as number,
        ).prepare(),
      ).all({ measureId, limit: input.limit + 1 });
  const page = toPage(rows, input.limit, (last) =>
    encodeCursor(cursorLists.dossierStakeholders, measureId, [
      String(last.rank),
      last.stakeholder.name,
      last.stakeholder.id,
    ]),
  );
  const histories = latestPositions(
    db,
    measureId,
    page.items.map((r) => r.stakeholder.id),
  );
  return {
    items: page.items.map((r) => {
      const history = histories.get(r.stakeholder.id) ?? [];
      return {
        stakeholder: {
          ...r.stakeholder,
          affiliation: r.affiliation?.id ? r.affiliation : null,
        },
        current: history.at(-1)!,
        history,
        positionCount: r.positionCount,
      };
    }),
    nextCursor: page.nextCursor,
  };
}

/** The stakeholders of a measure in the brief's order, after `cursorKey` when given. */
function stakeholderQuery(
  db: Db,
  measureId: string,
  cursorKey: [number, string, string] | null,
  limit: number,
) {
  const latest = db.$with('latest').as(
    db
      .select({
        stakeholderId: sql<string>`${positions.stakeholderId}`.as('latest_stakeholder_id'),
        stance: sql<Stance>`${positions.stance}`.as('latest_stance'),
        positionCount: sql<number>`count(*) over (partition by ${positions.stakeholderId})`.as(
          'position_count',
        ),
        n: sql<number>`row_number() over (partition by ${positions.stakeholderId} order by ${positions.statedOn} desc, ${positions.createdAt} desc, ${positions.id} desc)`.as(
          'n',
        ),
      })
      .from(positions)
      .where(eq(positions.measureId, measureId)),
  );
  // The order of the stance scale, unknown last.
  const rank = sql<number>`(case ${latest.stance} ${sql.join(
    stances.map((s, i) => sql`when ${s} then ${i}`),
    sql` `,
  )} end)`;
  const where: SQL[] = [eq(latest.n, 1)];
  if (cursorKey) where.push(beyond([rank, stakeholders.name, stakeholders.id], 'asc', cursorKey));
  return db
    .with(latest)
    .select({
      stakeholder: stakeholders,
      affiliation: { id: affiliation.id, slug: affiliation.slug, name: affiliation.name },
      rank,
      positionCount: latest.positionCount,
    })
    .from(latest)
    .innerJoin(stakeholders, eq(stakeholders.id, latest.stakeholderId))
    .leftJoin(affiliation, eq(affiliation.id, stakeholders.affiliationId))
    .where(and(...where))
    .orderBy(rank, asc(stakeholders.name), asc(stakeholders.id))
    .limit(limit);
}

/** The latest positions of each stakeholder on the measure, oldest first, in one query. */
function latestPositions(db: Db, measureId: string, stakeholderIds: readonly string[]) {
  const rows = prepared(db, 'latestPositions', () => latestPositionsQuery(db).prepare()).all({
    measureId,
    stakeholderIds: JSON.stringify(stakeholderIds),
  });
  const byStakeholder = new Map<string, (typeof positions.$inferSelect & { date: string })[]>();
  for (const { n: _, ...position } of rows) {
    const list = byStakeholder.get(position.stakeholderId) ?? [];
    list.push({ ...position, date: position.statedOn });
    byStakeholder.set(position.stakeholderId, list);
  }
  for (const [id, list] of byStakeholder) byStakeholder.set(id, sortTimeline(list));
  return byStakeholder;
}

function latestPositionsQuery(db: Db) {
  const ranked = db
    .select({
      ...getTableColumns(positions),
      n: sql<number>`row_number() over (partition by ${positions.stakeholderId} order by ${positions.statedOn} desc, ${positions.createdAt} desc, ${positions.id} desc)`.as(
        'n',
      ),
    })
    .from(positions)
    .where(
      and(
        eq(positions.measureId, param('measureId')),
        inIdsParam(positions.stakeholderId, 'stakeholderIds'),
      ),
    )
    .as('ranked');
  return db.select().from(ranked).where(lte(ranked.n, briefPage.positionsPerStakeholder));
}

/** A page of a measure's stakeholders with the sources their positions cite. */
export function stakeholderPageWithSources(db: Db, measureId: string, input: PageInput) {
  const page = stakeholderPage(db, measureId, input);
  // A stance marked unsourced cites nothing.
  const cited = page.items.flatMap((entry) =>
    entry.history.flatMap((p) => (p.sourceId === null ? [] : [p.sourceId])),
  );
  return { ...page, sources: sourcesByIds(db, cited) };
}

// ---- sources ----

/**
 * Every source behind a measure's facts: its own, its identifiers', its events' and their
 * claims', its stage claims', positions', links' and systems'.
 */
const inDossier = (measureId: string) => sql`${sources.id} in (
  select source_id from events where measure_id = ${measureId}
  union select source_id from claims where measure_id = ${measureId} and source_id is not null
  union select source_id from measure_identifiers
    where measure_id = ${measureId} and source_id is not null
  union select source_id from positions where measure_id = ${measureId} and source_id is not null
  union select source_id from measure_links
    where (from_measure_id = ${measureId} or to_measure_id = ${measureId}) and source_id is not null
  union select source_id from measure_systems where measure_id = ${measureId} and source_id is not null
  union select source_id from measures where id = ${measureId} and source_id is not null)`;

/** Oldest publication first, undated ones before the dated, then by title. */
const sourceKey = [sql`coalesce(${sources.publishedOn}, '')`, sources.title, sources.id];
const sourceCursor = (measureId: string, s: SourceRow) =>
  encodeCursor(cursorLists.dossierSources, measureId, [s.publishedOn ?? '', s.title, s.id]);

/** A page of every source behind a measure, in the order of its brief's list of sources. */
export function sourcesPage(db: Db, measureId: string, input: PageInput) {
  const where: SQL[] = [inDossier(measureId)];
  if (input.cursor) {
    const key = decodeCursor(input.cursor, cursorLists.dossierSources, measureId, 3);
    where.push(beyond(sourceKey, 'asc', key));
  }
  const rows = db
    .select()
    .from(sources)
    .where(and(...where))
    .orderBy(...sourceKey.map((c) => asc(c)))
    .limit(input.limit + 1)
    .all();
  return toPage(rows, input.limit, (last) => sourceCursor(measureId, last));
}

/**
 * The brief's sources in one query: the first page of every source behind the measure, plus
 * any other the brief cites (every fact the brief shows can name its source), with how many
 * there are in all. `nextCursor` continues after the first page as `sourcesPage` pages them; a
 * cited source from further on comes again there, so a client merges pages by id.
 */
export function briefSources(db: Db, measureId: string, cited: Iterable<string | null>) {
  const citedIds = [...new Set(cited)].filter((id): id is string => id !== null);
  const query = prepared(db, 'briefSources', () => {
    const ranked = db
      .select({
        ...getTableColumns(sources),
        n: sql<number>`row_number() over (order by ${sql.join(sourceKey, sql`, `)})`.as('n'),
        total: sql<number>`count(*) over ()`.as('total'),
      })
      .from(sources)
      .where(inDossier(param('measureId')))
      .as('ranked');
    return db
      .select()
      .from(ranked)
      .where(or(lte(ranked.n, briefPage.sources), inIdsParam(ranked.id, 'cited')))
      .orderBy(asc(ranked.n))
      .prepare();
  });
  const rows = query.all({ measureId, cited: JSON.stringify(citedIds) });
  const lastOfPage = rows.find((r) => r.n === briefPage.sources);
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map(({ n: _, total: __, ...source }) => source),
    total,
    nextCursor:
      total > briefPage.sources && lastOfPage ? sourceCursor(measureId, lastOfPage) : null,
  };
}

/** The given sources, in the order of the brief's list of sources. */
function sourcesByIds(db: Db, ids: readonly string[]) {
  return db
    .select()
    .from(sources)
    .where(inIds(sources.id, [...new Set(ids)]))
    .orderBy(...sourceKey.map((c) => asc(c)))
    .all();
}
