// Create and update for the records that need no more than their references checked. Inputs
// are the domain's parsed schemas; optional fields the schema leaves out are stored as null.
import {
  type LinkCreateData,
  type LinkUpdateData,
  type PositionCreateData,
  type PositionUpdateData,
  positionSourceProblem,
  positionSourceRule,
  precisionOf,
  type SourceCreateData,
  type SourceUpdateData,
  type StakeholderCreateData,
  type StakeholderUpdateData,
  type SystemCreateData,
  type SystemLinkData,
  type SystemUpdateData,
} from '@dossier/domain';
import { eq } from 'drizzle-orm';
import { DossierError } from '../errors';
import type { Db } from '../open';
import {
  informationSystems,
  measureLinks,
  measureSystems,
  positions,
  sources,
  stakeholders,
} from '../schema';
import { type Actor, insertRow, updateRow, writeTransaction } from '../write';
import { requireRefs } from './refs';

/** The precision of a date the schema accepted; refuses anything else for callers that skip it. */
function datePrecision(date: string) {
  const precision = precisionOf(date);
  if (!precision) {
    throw new DossierError(
      'BAD_REQUEST',
      `"${date}" is not a date written as YYYY-MM-DD, YYYY-MM or YYYY.`,
    );
  }
  return precision;
}

// ---- sources ----
export const createSource = (db: Db, input: SourceCreateData, actor: Actor) =>
  writeTransaction(db, (tx) =>
    insertRow(
      tx,
      sources,
      {
        ...input,
        url: input.url ?? null,
        publishedOn: input.publishedOn ?? null,
        note: input.note ?? null,
      },
      actor,
    ),
  );

export const updateSource = (db: Db, { id, version, ...patch }: SourceUpdateData, actor: Actor) =>
  writeTransaction(db, (tx) => updateRow(tx, sources, id, version, patch, actor));

// ---- stakeholders ----
export const createStakeholder = (db: Db, input: StakeholderCreateData, actor: Actor) =>
  writeTransaction(db, (tx) => {
    requireRefs(tx, { stakeholder: input.affiliationId, source: input.sourceId });
    return insertRow(
      tx,
      stakeholders,
      {
        ...input,
        role: input.role ?? null,
        affiliationId: input.affiliationId ?? null,
        country: input.country ?? null,
        description: input.description ?? null,
        sourceId: input.sourceId ?? null,
      },
      actor,
    );
  });

export const updateStakeholder = (
  db: Db,
  { id, version, ...patch }: StakeholderUpdateData,
  actor: Actor,
) =>
  writeTransaction(db, (tx) => {
    requireRefs(tx, { stakeholder: patch.affiliationId, source: patch.sourceId });
    if (patch.affiliationId === id) {
      throw new DossierError('BAD_REQUEST', 'A stakeholder cannot be affiliated with itself.');
    }
    return updateRow(tx, stakeholders, id, version, patch, actor);
  });

// ---- positions ----
/** A new position; callers that skip the schema (seed, tests) may leave out `unsourced`. */
export type NewPosition = Omit<PositionCreateData, 'unsourced'> & { unsourced?: boolean };

/** Refuses a source and its mark that break the rule: a source, or unsourced; one of the two. */
function requireSourceRule(
  sourceId: string | null | undefined,
  unsourced: boolean,
  hint: Partial<Record<keyof typeof positionSourceRule, string>> = {},
) {
  const problem = positionSourceProblem(sourceId, unsourced);
  if (problem)
    throw new DossierError(
      'BAD_REQUEST',
      `sourceId: ${positionSourceRule[problem]}${hint[problem] ? ` (${hint[problem]})` : ''}`,
    );
}

export const createPosition = (db: Db, input: NewPosition, actor: Actor) =>
  writeTransaction(db, (tx) => {
    const unsourced = input.unsourced ?? false;
    requireSourceRule(input.sourceId, unsourced);
    requireRefs(tx, {
      measure: input.measureId,
      stakeholder: input.stakeholderId,
      source: input.sourceId,
    });
    return insertRow(
      tx,
      positions,
      {
        ...input,
        quote: input.quote ?? null,
        sourceId: input.sourceId ?? null,
        unsourced,
        statedOnPrecision: datePrecision(input.statedOn),
      },
      actor,
    );
  });

/**
 * Setting a source clears the mark; `unsourced: true` needs `sourceId: null`. The pair the row
 * would hold is checked against the stored one, so it always obeys the rule.
 */
export const updatePosition = (
  db: Db,
  { id, version, ...patch }: PositionUpdateData,
  actor: Actor,
) =>
  writeTransaction(db, (tx) => {
    requireRefs(tx, { source: patch.sourceId });
    const stored = tx
      .select({
        version: positions.version,
        sourceId: positions.sourceId,
        unsourced: positions.unsourced,
      })
      .from(positions)
      .where(eq(positions.id, id))
      .get();
    // A missing or changed row is for updateRow to refuse, with its message.
    if (stored?.version === version) {
      const sourceId = patch.sourceId === undefined ? stored.sourceId : patch.sourceId;
      const unsourced =
        patch.unsourced ?? (typeof patch.sourceId === 'string' ? false : stored.unsourced);
      requireSourceRule(sourceId, unsourced, {
        both: 'to mark it unsourced, send "sourceId": null with "unsourced": true',
        neither: 'to remove its source, send "unsourced": true with "sourceId": null',
      });
      if (unsourced !== stored.unsourced) patch = { ...patch, unsourced };
    }
    const precision = patch.statedOn ? { statedOnPrecision: datePrecision(patch.statedOn) } : {};
    return updateRow(tx, positions, id, version, { ...patch, ...precision }, actor);
  });

// ---- links between measures ----
export const createLink = (db: Db, input: LinkCreateData, actor: Actor) =>
  writeTransaction(db, (tx) => {
    requireRefs(tx, { measure: input.fromMeasureId, source: input.sourceId });
    requireRefs(tx, { measure: input.toMeasureId });
    return insertRow(
      tx,
      measureLinks,
      { ...input, note: input.note ?? null, sourceId: input.sourceId ?? null },
      actor,
    );
  });

export const updateLink = (db: Db, { id, version, ...patch }: LinkUpdateData, actor: Actor) =>
  writeTransaction(db, (tx) => {
    requireRefs(tx, { source: patch.sourceId });
    return updateRow(tx, measureLinks, id, version, patch, actor);
  });

// ---- information systems ----
export const createSystem = (db: Db, input: SystemCreateData, actor: Actor) =>
  writeTransaction(db, (tx) =>
    insertRow(tx, informationSystems, { ...input, description: input.description ?? null }, actor),
  );

export const updateSystem = (db: Db, { id, version, ...patch }: SystemUpdateData, actor: Actor) =>
  writeTransaction(db, (tx) => updateRow(tx, informationSystems, id, version, patch, actor));

export const linkSystem = (db: Db, input: SystemLinkData, actor: Actor) =>
  writeTransaction(db, (tx) => {
    requireRefs(tx, { measure: input.measureId, system: input.systemId, source: input.sourceId });
    return insertRow(tx, measureSystems, { ...input, sourceId: input.sourceId ?? null }, actor);
  });
