// Measures, positions and events as CSV for spreadsheets. The rows are those of the measures
// `measures.list` shows under the same filters, in its order (what is filtered is what is
// downloaded). UTF-8, a header row, RFC 4180 quoting and line ends; dates come with a column
// saying how much of them is known, since "2016-08" in a spreadsheet would otherwise read as
// the first of August. An optional byte order mark makes Excel read the file as UTF-8.
import {
  type CsvKind,
  type DatasetCsvQuery,
  type MeasureFilterQuery,
  resolveResult,
  todayUtc,
} from '@dossier/domain';
import { stringify } from 'csv-stringify/sync';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { asRuleClaim } from '../repo/claims';
import { listMeasures, type MeasureCard, requireMeasure } from '../repo/measures';
import { inIds } from '../repo/sql';
import {
  claims,
  events,
  measureIdentifiers,
  measures,
  positions,
  sources,
  stakeholders,
} from '../schema';

type Cell = string | number | null;

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula, and a quote or a title
 * from a hostile page could then reach the network or the files of whoever opens it. Text that
 * starts so gets a leading apostrophe, the usual guard (OWASP "CSV injection").
 */
const text = (value: string | null | undefined): string =>
  value == null ? '' : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const columns: Record<CsvKind, string[]> = {
  measures: [
    'slug',
    'title',
    'kind',
    'jurisdiction',
    'stage',
    'disputed',
    'policy_areas',
    'identifiers',
    'last_event_date',
    'last_event_date_precision',
    'last_event',
    'next_event_date',
    'next_event_date_precision',
    'next_event',
    'support',
    'neutral',
    'oppose',
    'summary',
  ],
  positions: [
    'measure_slug',
    'measure_title',
    'stakeholder_slug',
    'stakeholder',
    'stakeholder_kind',
    'category',
    'country',
    'stance',
    'role',
    'stated_on',
    'stated_on_precision',
    'quote',
    'source',
    'source_publisher',
    'source_url',
    'unsourced',
  ],
  events: [
    'measure_slug',
    'measure_title',
    'date',
    'date_precision',
    'kind',
    'title',
    'description',
    'body_kind',
    'body_name',
    'member_states',
    'votes_for',
    'votes_against',
    'abstentions',
    'disputed',
    'unconfirmed',
    'source',
    'source_publisher',
    'source_url',
  ],
};

/** How many measures one page reads: fewer for positions and events, which have many each. */
const measuresPerPage: Record<CsvKind, number> = { measures: 200, positions: 50, events: 50 };

function measureRows(db: Db, cards: readonly MeasureCard[]): Cell[][] {
  const ids = cards.map((c) => c.id);
  const identifiers = new Map<string, string[]>();
  for (const i of db
    .select({ measureId: measureIdentifiers.measureId, value: measureIdentifiers.value })
    .from(measureIdentifiers)
    .where(inIds(measureIdentifiers.measureId, ids))
    .orderBy(asc(measureIdentifiers.createdAt), asc(measureIdentifiers.id))
    .all())
    identifiers.set(i.measureId, [...(identifiers.get(i.measureId) ?? []), i.value]);
  const summaries = new Map(
    db
      .select({ id: measures.id, summary: measures.summary })
      .from(measures)
      .where(inIds(measures.id, ids))
      .all()
      .map((m) => [m.id, m.summary]),
  );
  return cards.map((m) => [
    m.slug,
    text(m.title),
    m.kind,
    m.jurisdiction,
    m.stage ?? '',
    yesNo(m.disputed),
    text(m.policyAreas.join('; ')),
    text((identifiers.get(m.id) ?? []).join('; ')),
    m.lastEvent?.date ?? '',
    m.lastEvent?.datePrecision ?? '',
    text(m.lastEvent?.title),
    m.nextEvent?.date ?? '',
    m.nextEvent?.datePrecision ?? '',
    text(m.nextEvent?.title),
    m.balance.support,
    m.balance.neutral,
    m.balance.oppose,
    text(summaries.get(m.id)),
  ]);
}

/** Positions of the page's measures: by measure in list order, then when they were stated. */
function positionRows(db: Db, cards: readonly MeasureCard[]): Cell[][] {
  const order = new Map(cards.map((c, i) => [c.id, i]));
  const rows = db
    .select({ position: positions, stakeholder: stakeholders, source: sources })
    .from(positions)
    .innerJoin(stakeholders, eq(stakeholders.id, positions.stakeholderId))
    // A stance marked unsourced has no source: its row is kept, its source cells empty.
    .leftJoin(sources, eq(sources.id, positions.sourceId))
    .where(inIds(positions.measureId, [...order.keys()]))
    .orderBy(asc(positions.statedOn), asc(positions.createdAt), asc(positions.id))
    .all();
  rows.sort((a, b) => order.get(a.position.measureId)! - order.get(b.position.measureId)!);
  return rows.map(({ position: p, stakeholder: s, source }) => {
    const m = cards[order.get(p.measureId)!]!;
    return [
      m.slug,
      text(m.title),
      s.slug,
      text(s.name),
      s.kind,
      s.category,
      s.country ?? '',
      p.stance,
      p.role,
      p.statedOn,
      p.statedOnPrecision,
      text(p.quote),
      text(source?.title),
      text(source?.publisher),
      text(source?.url),
      yesNo(p.unsourced),
    ];
  });
}

/** Events of the page's measures in timeline order, each with the result its claims show. */
function eventRows(db: Db, cards: readonly MeasureCard[]): Cell[][] {
  const order = new Map(cards.map((c, i) => [c.id, i]));
  const rows = db
    .select({ event: events, source: sources })
    .from(events)
    .innerJoin(sources, eq(sources.id, events.sourceId))
    .where(inIds(events.measureId, [...order.keys()]))
    .orderBy(asc(events.date), asc(events.createdAt), asc(events.id))
    .all();
  rows.sort((a, b) => order.get(a.event.measureId)! - order.get(b.event.measureId)!);
  const results = new Map<string, ReturnType<typeof asRuleClaim>[]>();
  for (const c of db
    .select()
    .from(claims)
    .where(sql`${inIds(claims.measureId, [...order.keys()])} and ${eq(claims.fact, 'result')}`)
    .all())
    results.set(c.eventId!, [...(results.get(c.eventId!) ?? []), asRuleClaim(c)]);
  return rows.map(({ event: e, source }) => {
    const m = cards[order.get(e.measureId)!]!;
    const shown = resolveResult(results.get(e.id) ?? []).shown;
    return [
      m.slug,
      text(m.title),
      e.date,
      e.datePrecision,
      e.kind,
      text(e.title),
      text(e.description),
      e.bodyKind ?? '',
      text(e.bodyName),
      e.memberStates.join('; '),
      shown?.for ?? '',
      shown?.against ?? '',
      shown?.abstentions ?? '',
      yesNo(e.disputed),
      yesNo(e.unconfirmed),
      text(source.title),
      text(source.publisher),
      text(source.url),
    ];
  });
}

const rowsOf: Record<CsvKind, (db: Db, cards: readonly MeasureCard[]) => Cell[][]> = {
  measures: measureRows,
  positions: positionRows,
  events: eventRows,
};

/**
 * One page of the CSV: the header (and the byte order mark, with `bom`) on the first page only,
 * then the rows of the next measures under the filters. `nextCursor` is null after the last.
 */
export function csvPage(
  db: Db,
  query: DatasetCsvQuery,
  today: string = todayUtc(),
): { text: string; nextCursor: string | null } {
  const { table, bom, cursor, measure, ...filters } = query;
  const first = !cursor;
  const measureId = measure ? requireMeasure(db, measure).id : undefined;
  const page = listMeasures(
    db,
    { ...filters, measureId, limit: measuresPerPage[table], cursor: cursor ?? null },
    today,
  );
  const rows = rowsOf[table](db, page.items);
  const csv = stringify(rows, {
    header: first,
    columns: columns[table],
    bom: first && bom,
    record_delimiter: 'windows',
  });
  return { text: csv, nextCursor: page.nextCursor };
}

/**
 * The whole CSV of `table` for the measures under `filters`, in pieces a server can stream into
 * a response (`Readable.from(csvExport(...)).pipe(res)`) without holding it all.
 */
export function* csvExport(
  db: Db,
  table: CsvKind,
  filters: MeasureFilterQuery,
  options: { bom?: boolean; today?: string } = {},
): Generator<string> {
  let cursor: string | null = null;
  do {
    const page = csvPage(
      db,
      { ...filters, table, bom: options.bom ?? false, cursor },
      options.today,
    );
    yield page.text;
    cursor = page.nextCursor;
  } while (cursor !== null);
}
