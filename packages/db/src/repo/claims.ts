// Writing claims: a source's word on an event's date, a vote's result or a measure's stage, and
// an editor's preference for one of them. Nothing is overwritten: a correction is a new claim or
// a change of preference, each in the audit log. What a record shows (an event's date, a
// measure's stage) is cached on it, refreshed by the same rules the brief reads with, and every
// change of it is an edit of that record: its version moves and the audit log says why.
import {
  type ClaimAddData,
  type ClaimFact,
  type ClaimPreferData,
  type ClaimWithdrawPreferenceData,
  isVote,
  precisionOf,
  resolveDate,
  resolveResult,
  resolveStage,
  type StageEvidence,
  stageWarning,
} from '@dossier/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { DossierError, notFound } from '../errors';
import type { Db } from '../open';
import { claims, events, measures } from '../schema';
import {
  type Actor,
  type FieldChange,
  insertRow,
  type Tx,
  updateRow,
  writeTransaction,
} from '../write';
import { requireRefs } from './refs';

export type ClaimRow = typeof claims.$inferSelect;
type ClaimValues = Omit<
  typeof claims.$inferInsert,
  'id' | 'version' | 'createdAt' | 'updatedAt' | 'measureId' | 'eventId' | 'fact'
>;

/** Columns a claim leaves empty unless its fact uses them. */
const blank = {
  date: null,
  datePrecision: null,
  stage: null,
  votesFor: null,
  votesAgainst: null,
  abstentions: null,
  note: null,
  unconfirmed: false,
  preferred: false,
  preferredReason: null,
} satisfies Partial<ClaimValues>;

/** A claim as the rules of @dossier/domain read it. */
export const asRuleClaim = (c: ClaimRow) => ({
  ...c,
  date: c.date ?? '',
  datePrecision: c.datePrecision ?? 'day',
  stage: c.stage!,
  for: c.votesFor,
  against: c.votesAgainst,
  abstentions: c.abstentions,
});

function dateOf(date: string) {
  const precision = precisionOf(date);
  if (!precision)
    throw new DossierError(
      'BAD_REQUEST',
      `"${date}" is not a date written as YYYY-MM-DD, YYYY-MM or YYYY.`,
    );
  return { date, datePrecision: precision };
}

export function insertDateClaim(
  tx: Tx,
  event: { id: string; measureId: string },
  values: { date: string; sourceId: string; note?: string | null; unconfirmed?: boolean },
  actor: Actor,
): ClaimRow {
  return insertRow(
    tx,
    claims,
    {
      ...blank,
      measureId: event.measureId,
      eventId: event.id,
      fact: 'date',
      ...dateOf(values.date),
      sourceId: values.sourceId,
      note: values.note ?? null,
      unconfirmed: values.unconfirmed ?? false,
    },
    actor,
  );
}

export function insertResultClaim(
  tx: Tx,
  event: { id: string; measureId: string },
  values: {
    result: { for: number | null; against: number | null; abstentions: number | null };
    sourceId: string;
    note?: string | null;
    unconfirmed?: boolean;
  },
  actor: Actor,
): ClaimRow {
  return insertRow(
    tx,
    claims,
    {
      ...blank,
      measureId: event.measureId,
      eventId: event.id,
      fact: 'result',
      votesFor: values.result.for,
      votesAgainst: values.result.against,
      abstentions: values.result.abstentions,
      sourceId: values.sourceId,
      note: values.note ?? null,
      unconfirmed: values.unconfirmed ?? false,
    },
    actor,
  );
}

export function insertStageClaim(
  tx: Tx,
  measureId: string,
  values: Pick<ClaimValues, 'stage' | 'sourceId'> & {
    date: string;
    note?: string | null;
    unconfirmed?: boolean;
    preferredReason?: string | null;
  },
  actor: Actor,
): ClaimRow {
  return insertRow(
    tx,
    claims,
    {
      ...blank,
      measureId,
      eventId: null,
      fact: 'stage',
      ...dateOf(values.date),
      stage: values.stage,
      sourceId: values.sourceId ?? null,
      note: values.note ?? null,
      unconfirmed: values.unconfirmed ?? false,
      preferred: Boolean(values.preferredReason),
      preferredReason: values.preferredReason ?? null,
    },
    actor,
  );
}

const claimsOf = (tx: Tx, where: ReturnType<typeof eq>) =>
  tx.select().from(claims).where(where).orderBy(asc(claims.createdAt), asc(claims.id)).all();

/**
 * Brings an event's cached date and `disputed` flag in line with its claims. `version` is the
 * version the editor read (preferences), or absent for changes that need none (a new claim);
 * `related` names what changed in the claims, so the audit log of the event tells why.
 */
export function refreshEvent(
  tx: Tx,
  eventId: string,
  actor: Actor,
  version?: number,
  related: FieldChange[] = [],
) {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get();
  if (!event) throw notFound('event', eventId);
  const all = claimsOf(tx, eq(claims.eventId, eventId)).map(asRuleClaim);
  const date = resolveDate(all.filter((c) => c.fact === 'date'));
  const result = resolveResult(all.filter((c) => c.fact === 'result'));
  const patch = {
    ...(date.shown ? { date: date.shown.date, datePrecision: date.shown.datePrecision } : {}),
    disputed: date.disputed || result.disputed,
  };
  return updateRow(tx, events, eventId, version ?? event.version, patch, actor, related);
}

/** Brings a measure's cached stage and `stageDisputed` flag in line with its stage claims. */
export function refreshStage(
  tx: Tx,
  measureId: string,
  actor: Actor,
  version?: number,
  related: FieldChange[] = [],
) {
  const measure = tx.select().from(measures).where(eq(measures.id, measureId)).get();
  if (!measure) throw notFound('measure', measureId);
  const stage = resolveStage(
    claimsOf(tx, and(eq(claims.measureId, measureId), eq(claims.fact, 'stage'))!).map(asRuleClaim),
  );
  const patch = stage.shown
    ? { stage: stage.shown.stage, stageDisputed: stage.disputed }
    : { stageDisputed: false };
  return updateRow(tx, measures, measureId, version ?? measure.version, patch, actor, related);
}

function requireEvent(tx: Tx, id: string) {
  const event = tx.select().from(events).where(eq(events.id, id)).get();
  if (!event) throw notFound('event', id);
  return event;
}

/** Records a source's claim; what the record shows changes only where the rules say so. */
export function addClaim(db: Db, input: ClaimAddData, actor: Actor): ClaimRow {
  return writeTransaction(db, (tx) => {
    requireRefs(tx, { source: input.sourceId });
    const extra = { note: input.note ?? null, unconfirmed: input.unconfirmed ?? false };
    if (input.fact === 'stage') {
      requireRefs(tx, { measure: input.measureId });
      const claim = insertStageClaim(
        tx,
        input.measureId,
        { stage: input.stage, date: input.date, sourceId: input.sourceId, ...extra },
        actor,
      );
      refreshStage(tx, input.measureId, actor);
      return claim;
    }
    const event = requireEvent(tx, input.eventId);
    let claim: ClaimRow;
    if (input.fact === 'date') {
      claim = insertDateClaim(
        tx,
        event,
        { date: input.date, sourceId: input.sourceId, ...extra },
        actor,
      );
    } else {
      if (!isVote(event.kind))
        throw new DossierError(
          'BAD_REQUEST',
          `Only a vote has a result; "${event.title}" is a ${event.kind.replaceAll('_', ' ')} event. Change its kind to a vote first, if it is one.`,
        );
      claim = insertResultClaim(
        tx,
        event,
        { result: input.result, sourceId: input.sourceId, ...extra },
        actor,
      );
    }
    refreshEvent(tx, event.id, actor);
    return claim;
  });
}

function requireClaim(tx: Tx, id: string): ClaimRow {
  const claim = tx.select().from(claims).where(eq(claims.id, id)).get();
  if (!claim) throw notFound('claim', id);
  return claim;
}

/** The record a claim is about, to check the version the editor read and to refresh. */
function subjectOf(claim: ClaimRow) {
  return claim.fact === 'stage'
    ? { kind: 'measure' as const, id: claim.measureId }
    : { kind: 'event' as const, id: claim.eventId! };
}

const factName: Record<ClaimFact, string> = {
  date: 'preferred date claim',
  result: 'preferred result claim',
  stage: 'preferred stage claim',
};

function requireSubjectVersion(tx: Tx, claim: ClaimRow, version: number) {
  const subject = subjectOf(claim);
  const table = subject.kind === 'measure' ? measures : events;
  const row = tx
    .select({ version: table.version })
    .from(table)
    .where(eq(table.id, subject.id))
    .get();
  if (!row) throw notFound(subject.kind, subject.id);
  if (row.version !== version)
    throw new DossierError(
      'CONFLICT',
      `This ${subject.kind} was changed by someone else since you opened it (you sent version ${version}, it is now at version ${row.version}). Reload it and choose again.`,
    );
}

function refreshSubject(
  tx: Tx,
  claim: ClaimRow,
  actor: Actor,
  version: number,
  change: FieldChange,
) {
  const subject = subjectOf(claim);
  const row =
    subject.kind === 'measure'
      ? refreshStage(tx, subject.id, actor, version, [change])
      : refreshEvent(tx, subject.id, actor, version, [change]);
  return { kind: subject.kind, id: subject.id, version: row.version };
}

/** The claim preferred for the same fact as `claim`, if any. */
function preferredFor(tx: Tx, claim: ClaimRow): ClaimRow | undefined {
  const sameFact =
    claim.fact === 'stage'
      ? and(eq(claims.measureId, claim.measureId), eq(claims.fact, 'stage'))
      : and(eq(claims.eventId, claim.eventId!), eq(claims.fact, claim.fact));
  return tx
    .select()
    .from(claims)
    .where(and(sameFact, eq(claims.preferred, true)))
    .get();
}

/**
 * An editor prefers one claim, with a reason: the record shows it and is no longer disputed.
 * The claim that was preferred before (if any) stops being so; both, and the record, are in the
 * audit log.
 */
export function preferClaim(db: Db, input: ClaimPreferData, actor: Actor) {
  return writeTransaction(db, (tx) => {
    const claim = requireClaim(tx, input.id);
    requireSubjectVersion(tx, claim, input.version);
    const before = preferredFor(tx, claim);
    if (before && before.id !== claim.id)
      updateRow(
        tx,
        claims,
        before.id,
        before.version,
        { preferred: false, preferredReason: null },
        actor,
      );
    const updated = updateRow(
      tx,
      claims,
      claim.id,
      claim.version,
      { preferred: true, preferredReason: input.reason },
      actor,
    );
    const subject = refreshSubject(tx, claim, actor, input.version, {
      field: factName[claim.fact],
      before: before ? { claimId: before.id, reason: before.preferredReason } : null,
      after: { claimId: claim.id, reason: input.reason },
    });
    return { claim: updated, subject };
  });
}

/** Takes a preference back: the record shows what its claims say again. */
export function withdrawPreference(db: Db, input: ClaimWithdrawPreferenceData, actor: Actor) {
  return writeTransaction(db, (tx) => {
    const claim = requireClaim(tx, input.id);
    requireSubjectVersion(tx, claim, input.version);
    if (!claim.preferred)
      throw new DossierError(
        'BAD_REQUEST',
        'This claim is not the preferred one, so there is no preference to withdraw. Reload the record to see which claim is preferred.',
      );
    const updated = updateRow(
      tx,
      claims,
      claim.id,
      claim.version,
      { preferred: false, preferredReason: null },
      actor,
    );
    const subject = refreshSubject(tx, claim, actor, input.version, {
      field: factName[claim.fact],
      before: { claimId: claim.id, reason: claim.preferredReason },
      after: input.reason ? { claimId: null, reason: input.reason } : null,
    });
    return { claim: updated, subject };
  });
}

/**
 * The events a measure's stage can be checked against, as one JSON array (a subquery the brief
 * folds into its counts): of each kind, the earliest that has happened and is not unconfirmed,
 * the one that showed its stage first.
 */
export const stageEvidenceJson = (measureId: string, today: string) => sql`(
  select json_group_array(json_object('id', id, 'kind', kind, 'date', date)) from (
    select id, kind, date, row_number() over (
      partition by kind order by date, created_at, id
    ) as n
    from events
    where measure_id = ${measureId} and unconfirmed = 0
      and date <= substr(${today}, 1, length(date))
  ) where n = 1)`;

export function stageEvidence(db: Db | Tx, measureId: string, today: string): StageEvidence[] {
  const row = db.get<{ evidence: string | null }>(
    sql`select ${stageEvidenceJson(measureId, today)} as evidence`,
  );
  return JSON.parse(row?.evidence ?? '[]') as StageEvidence[];
}

/**
 * Accepts the stage the timeline suggests (the brief's `stageWarning`) in one step: a stage
 * claim dated at the event and citing its source, preferred with the event as the reason.
 */
export function acceptSuggestedStage(
  db: Db,
  input: { id: string; version: number },
  actor: Actor,
  today: string,
) {
  return writeTransaction(db, (tx) => {
    const measure = tx.select().from(measures).where(eq(measures.id, input.id)).get();
    if (!measure) throw notFound('measure', input.id);
    if (measure.version !== input.version)
      throw new DossierError(
        'CONFLICT',
        `This measure was changed by someone else since you opened it (you sent version ${input.version}, it is now at version ${measure.version}). Reload it and look at its stage again.`,
      );
    const warning = stageWarning(measure.stage, stageEvidence(tx, measure.id, today));
    if (!warning)
      throw new DossierError(
        'BAD_REQUEST',
        `The timeline of this measure does not contradict its stage (${measure.stage ?? 'none'}), so there is no suggested stage to accept.`,
      );
    const event = requireEvent(tx, warning.because);
    const reason = `Accepted from the timeline: ${event.title} (${event.kind.replaceAll('_', ' ')}, ${event.date})`;
    const before = tx
      .select()
      .from(claims)
      .where(
        and(eq(claims.measureId, measure.id), eq(claims.fact, 'stage'), eq(claims.preferred, true)),
      )
      .get();
    if (before)
      updateRow(
        tx,
        claims,
        before.id,
        before.version,
        { preferred: false, preferredReason: null },
        actor,
      );
    const claim = insertStageClaim(
      tx,
      measure.id,
      {
        stage: warning.suggested,
        date: event.date,
        sourceId: event.sourceId,
        note: `The timeline shows it: ${event.title}.`,
        preferredReason: reason,
      },
      actor,
    );
    const row = refreshStage(tx, measure.id, actor, input.version, [
      {
        field: factName.stage,
        before: before ? { claimId: before.id, reason: before.preferredReason } : null,
        after: { claimId: claim.id, reason },
      },
    ]);
    return { claim, measure: row };
  });
}
