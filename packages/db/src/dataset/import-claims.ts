// The claims of an imported event or measure. A claim is one source's word on one fact, so a
// claim of the file is the claim of the database with the same fact, value and source. Claims
// the file does not hold are kept, and so is a preference the file does not contradict: an
// import adds what it knows, it never withdraws what an editor decided.
import {
  type ClaimFact,
  precisionOf,
  resolveDate,
  resolveResult,
  resolveStage,
  type Stage,
} from '@dossier/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ClaimRow } from '../repo/claims';
import { claims } from '../schema';
import type { FieldChange } from '../write';
import type { Importer } from './importer';

/** A claim as the file gives it, its value already in the columns of its fact. */
export interface FileClaim {
  date: string | null;
  stage: Stage | null;
  votesFor: number | null;
  votesAgainst: number | null;
  abstentions: number | null;
  sourceId: string | null;
  /** Undefined leaves a matched claim's note (or flag, or preference) as it is. */
  note: string | null | undefined;
  unconfirmed: boolean | undefined;
  preferred: { reason: string } | null | undefined;
}

export type ClaimInput = {
  date?: string;
  stage?: Stage;
  for?: number | null;
  against?: number | null;
  abstentions?: number | null;
  note?: string | null;
  unconfirmed?: boolean;
  preferred?: { reason: string } | null;
};

/** A claim of the file, with its source's id. */
export function fileClaim(c: ClaimInput, sourceId: string | null): FileClaim {
  return {
    date: c.date ?? null,
    stage: c.stage ?? null,
    votesFor: c.for ?? null,
    votesAgainst: c.against ?? null,
    abstentions: c.abstentions ?? null,
    sourceId,
    note: c.note,
    unconfirmed: c.unconfirmed,
    preferred: c.preferred,
  };
}

const valueColumns = ['date', 'stage', 'votesFor', 'votesAgainst', 'abstentions'] as const;

const sameClaim = (row: ClaimRow, c: FileClaim) =>
  row.sourceId === c.sourceId && valueColumns.every((k) => (row[k] ?? null) === c[k]);

/** What the audit log calls a change of preference, as `claims.prefer` writes it. */
const preferenceField: Record<ClaimFact, string> = {
  date: 'preferred date claim',
  result: 'preferred result claim',
  stage: 'preferred stage claim',
};

export interface ClaimSubject {
  measureId: string;
  /** The event of a date or result claim; null for a stage claim. */
  eventId: string | null;
}

function insertClaim(
  imp: Importer,
  subject: ClaimSubject,
  fact: ClaimFact,
  c: FileClaim,
): ClaimRow {
  return imp.insert(claims, {
    measureId: subject.measureId,
    eventId: subject.eventId,
    fact,
    date: c.date,
    datePrecision: c.date ? precisionOf(c.date) : null,
    stage: c.stage,
    votesFor: c.votesFor,
    votesAgainst: c.votesAgainst,
    abstentions: c.abstentions,
    sourceId: c.sourceId,
    note: c.note ?? null,
    unconfirmed: c.unconfirmed ?? false,
    preferred: Boolean(c.preferred),
    preferredReason: c.preferred?.reason ?? null,
  });
}

/** Records the claims of a new event or measure, in file order (the order of entry). */
export function insertClaims(
  imp: Importer,
  subject: ClaimSubject,
  fact: ClaimFact,
  list: readonly FileClaim[],
) {
  for (const c of list) insertClaim(imp, subject, fact, c);
}

/**
 * Adds the file's claims the record lacks, brings matched claims' notes and flags in line, and
 * moves the preference where the file sets one. Returns the preference changes, for the audit
 * log of the event or measure (which the caller refreshes when anything was written).
 */
export function mergeClaims(
  imp: Importer,
  subject: ClaimSubject,
  fact: ClaimFact,
  list: readonly FileClaim[],
): FieldChange[] {
  const ofSubject = subject.eventId
    ? eq(claims.eventId, subject.eventId)
    : and(eq(claims.measureId, subject.measureId), isNull(claims.eventId));
  const existing = imp.tx
    .select()
    .from(claims)
    .where(and(ofSubject, eq(claims.fact, fact)))
    .orderBy(asc(claims.createdAt), asc(claims.id))
    .all();
  const changes: FieldChange[] = [];
  const replace = (row: ClaimRow) => {
    const at = existing.findIndex((r) => r.id === row.id);
    if (at >= 0) existing[at] = row;
    else existing.push(row);
  };
  /** Takes the preference from whichever claim holds it, so another may have it. */
  const unprefer = (except: string | null) => {
    const holder = existing.find((r) => r.preferred && r.id !== except);
    if (holder) replace(imp.update(claims, holder, { preferred: false, preferredReason: null }));
    return holder;
  };
  for (const c of list) {
    const match = existing.find((r) => sameClaim(r, c));
    if (!match) {
      const before = c.preferred ? unprefer(null) : undefined;
      const row = insertClaim(imp, subject, fact, c);
      replace(row);
      if (c.preferred)
        changes.push({
          field: preferenceField[fact],
          before: before ? { claimId: before.id, reason: before.preferredReason } : null,
          after: { claimId: row.id, reason: c.preferred.reason },
        });
      continue;
    }
    let row = imp.update(claims, match, { note: c.note, unconfirmed: c.unconfirmed });
    replace(row);
    if (c.preferred && !(row.preferred && row.preferredReason === c.preferred.reason)) {
      const before = row.preferred ? row : unprefer(row.id);
      row = imp.update(claims, row, { preferred: true, preferredReason: c.preferred.reason });
      replace(row);
      changes.push({
        field: preferenceField[fact],
        before: before ? { claimId: before.id, reason: before.preferredReason } : null,
        after: { claimId: row.id, reason: c.preferred.reason },
      });
    }
  }
  return changes;
}

/** File claims as the domain's rules read them, in file order: what a new record shows. */
const asRuleClaims = (list: readonly FileClaim[]) =>
  list.map((c, i) => {
    const order = String(i).padStart(8, '0');
    return {
      id: order,
      createdAt: order,
      preferred: Boolean(c.preferred),
      date: c.date ?? '',
      datePrecision: (c.date ? precisionOf(c.date) : null) ?? 'day',
      stage: c.stage as Stage,
      for: c.votesFor,
      against: c.votesAgainst,
      abstentions: c.abstentions,
    };
  });

/** The date and `disputed` flag a new event shows, from the claims it is created with. */
export function eventFacts(dates: readonly FileClaim[], results: readonly FileClaim[]) {
  const date = resolveDate(asRuleClaims(dates));
  const result = resolveResult(asRuleClaims(results));
  const shown = date.shown!;
  return {
    date: shown.date,
    datePrecision: shown.datePrecision,
    disputed: date.disputed || result.disputed,
  };
}

/** The stage a new measure shows, from the stage claims it is created with. */
export function stageFacts(stageClaims: readonly FileClaim[]) {
  const stage = resolveStage(asRuleClaims(stageClaims));
  return { stage: stage.shown?.stage ?? null, stageDisputed: stage.disputed };
}
