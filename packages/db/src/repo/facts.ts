// Reading claims for the brief and the timeline: each event with its date and (for a vote)
// result claims side by side, what it shows, whether it is disputed and which claim an editor
// preferred and why; the measure's stage likewise. One query for the claims of a page of
// events (and the stage), one for their documents, whatever the page holds.
import {
  type DatePrecision,
  isVote,
  resolveDate,
  resolveResult,
  resolveStage,
  type Stage,
  type VoteResult,
} from '@dossier/domain';
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { claims, type events } from '../schema';
import { asRuleClaim, type ClaimRow } from './claims';
import { type DocumentView, documentsOf } from './events';
import { inIdsParam, param, prepared } from './sql';

interface ClaimBaseView {
  id: string;
  version: number;
  /** Null only for a stage claim carried over from a measure recorded without a source. */
  sourceId: string | null;
  note: string | null;
  unconfirmed: boolean;
  preferred: boolean;
  preferredReason: string | null;
  createdAt: string;
}
export interface DateClaimView extends ClaimBaseView {
  date: string;
  datePrecision: DatePrecision;
}
export interface ResultClaimView extends ClaimBaseView {
  result: VoteResult;
}
export interface StageClaimView extends ClaimBaseView {
  stage: Stage;
  /** When the measure reached the stage, as the source has it. */
  date: string;
  datePrecision: DatePrecision;
}

/** A fact with its claims side by side: what the record shows, and why. */
export interface FactView<C, V> {
  /** What the record shows: the preferred claim's, else what the claims agree on, else the first's. */
  value: V | null;
  /** The claims disagree and no editor has preferred one: show them all. */
  disputed: boolean;
  preferred: { claimId: string; reason: string } | null;
  /** Oldest first. */
  claims: C[];
}

const base = (c: ClaimRow): ClaimBaseView => ({
  id: c.id,
  version: c.version,
  sourceId: c.sourceId,
  note: c.note,
  unconfirmed: c.unconfirmed,
  preferred: c.preferred,
  preferredReason: c.preferredReason,
  createdAt: c.createdAt,
});
const dateView = (c: ClaimRow): DateClaimView => ({
  ...base(c),
  date: c.date ?? '',
  datePrecision: c.datePrecision ?? 'day',
});
const resultView = (c: ClaimRow): ResultClaimView => ({
  ...base(c),
  result: { for: c.votesFor, against: c.votesAgainst, abstentions: c.abstentions },
});
const stageView = (c: ClaimRow): StageClaimView => ({
  ...base(c),
  stage: c.stage!,
  date: c.date ?? '',
  datePrecision: c.datePrecision ?? 'day',
});

const preferenceOf = (c: ClaimRow | null) =>
  c ? { claimId: c.id, reason: c.preferredReason ?? '' } : null;

function dateFact(
  rows: ClaimRow[],
): FactView<DateClaimView, { date: string; datePrecision: DatePrecision }> {
  const resolved = resolveDate(rows.map(asRuleClaim));
  return {
    value: resolved.shown
      ? { date: resolved.shown.date, datePrecision: resolved.shown.datePrecision }
      : null,
    disputed: resolved.disputed,
    preferred: preferenceOf(resolved.preferred),
    claims: rows.map(dateView),
  };
}

function resultFact(rows: ClaimRow[]): FactView<ResultClaimView, VoteResult> {
  const resolved = resolveResult(rows.map(asRuleClaim));
  const shown = resolved.shown;
  return {
    value: shown
      ? { for: shown.for, against: shown.against, abstentions: shown.abstentions }
      : null,
    disputed: resolved.disputed,
    preferred: preferenceOf(resolved.preferred),
    claims: rows.map(resultView),
  };
}

export type StageFact = FactView<StageClaimView, Stage> & {
  /** Claims the preferred one contradicts: set aside by the editor's choice, still listed. */
  setAside: string[];
};

export function stageFact(rows: ClaimRow[]): StageFact {
  const resolved = resolveStage(rows.map(asRuleClaim));
  return {
    value: resolved.shown?.stage ?? null,
    disputed: resolved.disputed,
    preferred: preferenceOf(resolved.preferred),
    claims: rows.map(stageView),
    setAside: resolved.setAside.map((c) => c.id),
  };
}

type EventRow = typeof events.$inferSelect;

/**
 * The claims of a page of events, and (with `stageOf`) the stage claims of their measure, in
 * one query, oldest first.
 */
export function claimsFor(db: Db, eventIds: readonly string[], stageOf?: string) {
  const withStage = stageOf !== undefined;
  const query = prepared(db, withStage ? 'claimsFor:stage' : 'claimsFor', () =>
    db
      .select()
      .from(claims)
      .where(
        or(
          inIdsParam(claims.eventId, 'eventIds'),
          withStage
            ? and(eq(claims.measureId, param('stageOf')), eq(claims.fact, 'stage'))
            : sql`0`,
        ),
      )
      .orderBy(asc(claims.createdAt), asc(claims.id))
      .prepare(),
  );
  const rows = query.all({ eventIds: JSON.stringify(eventIds), stageOf });
  const byEvent = new Map<string, ClaimRow[]>();
  const stage: ClaimRow[] = [];
  for (const c of rows) {
    if (c.fact === 'stage') stage.push(c);
    else {
      const list = byEvent.get(c.eventId!) ?? [];
      list.push(c);
      byEvent.set(c.eventId!, list);
    }
  }
  return { byEvent, stage };
}

/** The sources the claims cite: every one appears in the brief's (or the page's) sources. */
export const claimSources = (rows: Iterable<ClaimRow>) =>
  [...rows].map((c) => c.sourceId).filter((id): id is string => id !== null);

/**
 * An event as the brief and the timeline show it: what it is, who acted, the Member States and
 * documents, and its facts with their claims.
 */
export function eventView<E extends EventRow & { upcoming: boolean }>(
  event: E,
  eventClaims: readonly ClaimRow[],
  documents: readonly DocumentView[],
) {
  const { bodyKind, bodyName, ...rest } = event;
  return {
    ...rest,
    body: bodyKind ? { kind: bodyKind, name: bodyName } : null,
    documents: [...documents],
    facts: {
      date: dateFact(eventClaims.filter((c) => c.fact === 'date')),
      result: isVote(event.kind)
        ? resultFact(eventClaims.filter((c) => c.fact === 'result'))
        : null,
    },
  };
}

export type EventView = ReturnType<typeof eventView<EventRow & { upcoming: boolean }>>;

/**
 * A page of events with their claims and documents (two queries), and the sources those claims
 * cite; with `stageOf`, the measure's stage claims come in the same query.
 */
export function withFacts<E extends EventRow & { upcoming: boolean }>(
  db: Db,
  page: readonly E[],
  stageOf?: string,
) {
  const ids = page.map((e) => e.id);
  const found = claimsFor(db, ids, stageOf);
  const documents = documentsOf(db, ids);
  return {
    items: page.map((e) => eventView(e, found.byEvent.get(e.id) ?? [], documents.get(e.id) ?? [])),
    stageClaims: found.stage,
    cited: claimSources([...found.byEvent.values()].flat()),
  };
}
