// Create and update for the records that need no more than their references checked.
import { DossierError } from '../errors';
import type { Db } from '../open';
import {
  events,
  informationSystems,
  measureLinks,
  measureSystems,
  positions,
  sources,
  stakeholders,
} from '../schema';
import { type Actor, insertRow, updateRow } from '../write';
import { datePrecision } from './measures';
import { requireRefs } from './refs';

type Nullable<T> = { [K in keyof T]: T[K] | null | undefined };
type Versioned<T> = Partial<T> & { id: string; version: number };

// ---- sources ----
type SourceValues = {
  title: string;
  publisher: string;
  kind: (typeof sources.$inferInsert)['kind'];
} & Partial<Nullable<{ url: string; publishedOn: string; note: string }>>;

export const createSource = (db: Db, input: SourceValues, actor: Actor) =>
  db.transaction((tx) =>
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

export const updateSource = (
  db: Db,
  { id, version, ...patch }: Versioned<SourceValues>,
  actor: Actor,
) => db.transaction((tx) => updateRow(tx, sources, id, version, patch, actor));

// ---- stakeholders ----
type StakeholderValues = Pick<
  typeof stakeholders.$inferInsert,
  'slug' | 'kind' | 'name' | 'category'
> &
  Partial<
    Nullable<{
      role: string;
      affiliationId: string;
      country: string;
      description: string;
      sourceId: string;
    }>
  >;

export const createStakeholder = (db: Db, input: StakeholderValues, actor: Actor) =>
  db.transaction((tx) => {
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
  { id, version, ...patch }: Versioned<StakeholderValues>,
  actor: Actor,
) =>
  db.transaction((tx) => {
    requireRefs(tx, { stakeholder: patch.affiliationId, source: patch.sourceId });
    if (patch.affiliationId === id) {
      throw new DossierError('BAD_REQUEST', 'A stakeholder cannot be affiliated with itself.');
    }
    return updateRow(tx, stakeholders, id, version, patch, actor);
  });

// ---- positions ----
type PositionValues = Pick<
  typeof positions.$inferInsert,
  'measureId' | 'stakeholderId' | 'stance' | 'role' | 'statedOn' | 'sourceId'
> & { quote?: string | null | undefined };

export const createPosition = (db: Db, input: PositionValues, actor: Actor) =>
  db.transaction((tx) => {
    requireRefs(tx, {
      measure: input.measureId,
      stakeholder: input.stakeholderId,
      source: input.sourceId,
    });
    return insertRow(
      tx,
      positions,
      { ...input, quote: input.quote ?? null, statedOnPrecision: datePrecision(input.statedOn) },
      actor,
    );
  });

export const updatePosition = (
  db: Db,
  { id, version, ...patch }: Versioned<Omit<PositionValues, 'measureId' | 'stakeholderId'>>,
  actor: Actor,
) =>
  db.transaction((tx) => {
    requireRefs(tx, { source: patch.sourceId });
    const precision = patch.statedOn ? { statedOnPrecision: datePrecision(patch.statedOn) } : {};
    return updateRow(tx, positions, id, version, { ...patch, ...precision }, actor);
  });

// ---- events ----
type EventValues = Pick<
  typeof events.$inferInsert,
  'measureId' | 'date' | 'kind' | 'title' | 'sourceId'
> & {
  description?: string | null | undefined;
};

export const createEvent = (db: Db, input: EventValues, actor: Actor) =>
  db.transaction((tx) => {
    requireRefs(tx, { measure: input.measureId, source: input.sourceId });
    return insertRow(
      tx,
      events,
      {
        ...input,
        description: input.description ?? null,
        datePrecision: datePrecision(input.date),
      },
      actor,
    );
  });

export const updateEvent = (
  db: Db,
  { id, version, ...patch }: Versioned<Omit<EventValues, 'measureId'>>,
  actor: Actor,
) =>
  db.transaction((tx) => {
    requireRefs(tx, { source: patch.sourceId });
    const precision = patch.date ? { datePrecision: datePrecision(patch.date) } : {};
    return updateRow(tx, events, id, version, { ...patch, ...precision }, actor);
  });

// ---- links between measures ----
type LinkValues = Pick<
  typeof measureLinks.$inferInsert,
  'fromMeasureId' | 'toMeasureId' | 'relation'
> &
  Partial<Nullable<{ note: string; sourceId: string }>>;

export const createLink = (db: Db, input: LinkValues, actor: Actor) =>
  db.transaction((tx) => {
    requireRefs(tx, { measure: input.fromMeasureId, source: input.sourceId });
    requireRefs(tx, { measure: input.toMeasureId });
    return insertRow(
      tx,
      measureLinks,
      { ...input, note: input.note ?? null, sourceId: input.sourceId ?? null },
      actor,
    );
  });

export const updateLink = (
  db: Db,
  { id, version, ...patch }: Versioned<Omit<LinkValues, 'fromMeasureId' | 'toMeasureId'>>,
  actor: Actor,
) =>
  db.transaction((tx) => {
    requireRefs(tx, { source: patch.sourceId });
    return updateRow(tx, measureLinks, id, version, patch, actor);
  });

// ---- information systems ----
type SystemValues = Pick<
  typeof informationSystems.$inferInsert,
  'slug' | 'acronym' | 'name' | 'holds'
> & {
  description?: string | null | undefined;
};

export const createSystem = (db: Db, input: SystemValues, actor: Actor) =>
  db.transaction((tx) =>
    insertRow(tx, informationSystems, { ...input, description: input.description ?? null }, actor),
  );

export const updateSystem = (
  db: Db,
  { id, version, ...patch }: Versioned<SystemValues>,
  actor: Actor,
) => db.transaction((tx) => updateRow(tx, informationSystems, id, version, patch, actor));

type SystemLinkValues = Pick<
  typeof measureSystems.$inferInsert,
  'measureId' | 'systemId' | 'action'
> & {
  sourceId?: string | null | undefined;
};

export const linkSystem = (db: Db, input: SystemLinkValues, actor: Actor) =>
  db.transaction((tx) => {
    requireRefs(tx, { measure: input.measureId, system: input.systemId, source: input.sourceId });
    return insertRow(tx, measureSystems, { ...input, sourceId: input.sourceId ?? null }, actor);
  });
