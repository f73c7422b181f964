// Measures as the interchange file holds them: with their identifiers, stage claims, events,
// event claims and documents, in a fixed number of queries per page. Every field is written,
// null where there is none, and every list in a stable order, so the same data always gives the
// same bytes: identifiers, claims and documents in entry order, events by id (which the file
// keeps as their key, so the order survives an import).
import type { InterchangeRecord } from '@dossier/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { documentsOf } from '../repo/events';
import { inIds } from '../repo/sql';
import { claims, events, measureIdentifiers, type measures } from '../schema';

type MeasureRecord = InterchangeRecord<'measures'>;
type ClaimRow = typeof claims.$inferSelect;

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
};

const claimExtras = (c: ClaimRow) => ({
  note: c.note,
  unconfirmed: c.unconfirmed,
  preferred: c.preferred ? { reason: c.preferredReason ?? '' } : null,
});

const dateClaim = (c: ClaimRow) => ({ date: c.date!, source: c.sourceId!, ...claimExtras(c) });
const resultClaim = (c: ClaimRow) => ({
  for: c.votesFor,
  against: c.votesAgainst,
  abstentions: c.abstentions,
  source: c.sourceId!,
  ...claimExtras(c),
});
const stageClaim = (c: ClaimRow) => ({
  stage: c.stage!,
  date: c.date!,
  source: c.sourceId,
  ...claimExtras(c),
});

/** The interchange records of a page of measure rows, in the rows' order. */
export function measureRecords(
  db: Db,
  rows: readonly (typeof measures.$inferSelect)[],
): MeasureRecord[] {
  const ids = rows.map((m) => m.id);
  const identifiers = groupBy(
    db
      .select()
      .from(measureIdentifiers)
      .where(inIds(measureIdentifiers.measureId, ids))
      .orderBy(asc(measureIdentifiers.createdAt), asc(measureIdentifiers.id))
      .all(),
    (i) => i.measureId,
  );
  const stageClaims = groupBy(
    db
      .select()
      .from(claims)
      .where(sql`${inIds(claims.measureId, ids)} and ${eq(claims.fact, 'stage')}`)
      .orderBy(asc(claims.createdAt), asc(claims.id))
      .all(),
    (c) => c.measureId,
  );
  const eventRows = db
    .select()
    .from(events)
    .where(inIds(events.measureId, ids))
    .orderBy(asc(events.id))
    .all();
  const eventIds = eventRows.map((e) => e.id);
  const eventClaims = groupBy(
    db
      .select()
      .from(claims)
      .where(inIds(claims.eventId, eventIds))
      .orderBy(asc(claims.createdAt), asc(claims.id))
      .all(),
    (c) => c.eventId,
  );
  const documents = documentsOf(db, eventIds);
  const eventsOf = groupBy(eventRows, (e) => e.measureId);

  return rows.map((m) => ({
    slug: m.slug,
    title: m.title,
    kind: m.kind,
    jurisdiction: m.jurisdiction,
    summary: m.summary,
    policyAreas: m.policyAreas,
    source: m.sourceId,
    identifiers: (identifiers.get(m.id) ?? []).map((i) => ({
      scheme: i.scheme,
      value: i.value,
      role: i.role,
      source: i.sourceId,
    })),
    stageClaims: (stageClaims.get(m.id) ?? []).map(stageClaim),
    events: (eventsOf.get(m.id) ?? []).map((e) => {
      const own = eventClaims.get(e.id) ?? [];
      return {
        key: e.id,
        kind: e.kind,
        title: e.title,
        description: e.description,
        source: e.sourceId,
        body: e.bodyKind ? { kind: e.bodyKind, name: e.bodyName } : null,
        memberStates: e.memberStates,
        unconfirmed: e.unconfirmed,
        documents: (documents.get(e.id) ?? []).map((d) => ({
          title: d.title,
          scheme: d.scheme,
          value: d.written,
          url: d.url,
        })),
        dateClaims: own.filter((c) => c.fact === 'date').map(dateClaim),
        resultClaims: own.filter((c) => c.fact === 'result').map(resultClaim),
      };
    }),
  }));
}
