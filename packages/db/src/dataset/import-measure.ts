// One measure of the file: the measure with its identifiers, stage claims, events, their claims
// and documents, written whole or not at all (the caller runs it in a savepoint). A measure is
// found by its slug or by any of its identifiers; what the file adds to one already recorded is
// merged in, and nothing the file leaves out is deleted.
import {
  type IdentifierData,
  type InterchangeData,
  isVote,
  parseIdentifier,
} from '@dossier/domain';
import { and, eq, inArray, or } from 'drizzle-orm';
import { newId, nowUtc } from '../ids';
import { refreshEvent, refreshStage } from '../repo/claims';
import { documentsOf } from '../repo/events';
import { addIdentifiers, identifiersOf } from '../repo/identifiers';
import { claims, eventDocuments, events, measureIdentifiers, measures } from '../schema';
import type { FieldChange } from '../write';
import {
  type ClaimInput,
  eventFacts,
  type FileClaim,
  fileClaim,
  insertClaims,
  mergeClaims,
  stageFacts,
} from './import-claims';
import { type Importer, RecordProblem } from './importer';
import { rowIdFor } from './keys';

type MeasureData = InterchangeData<'measures'>;
type EventData = NonNullable<MeasureData['events']>[number];
type Outcome = 'created' | 'updated' | 'unchanged';

interface ParsedIdentifier extends IdentifierData {
  /** Undefined: the file does not say, so a recorded identifier keeps its role or source. */
  givenRole: IdentifierData['role'] | undefined;
  givenSource: string | null | undefined;
}

function parseIdentifiers(imp: Importer, m: MeasureData): ParsedIdentifier[] {
  return (m.identifiers ?? []).map((i, n) => {
    const parsed = parseIdentifier(i.scheme, i.value);
    const sourceId = imp.optionalSourceId(i.source, ['identifiers', n, 'source']);
    return {
      scheme: i.scheme,
      value: i.value,
      canonical: parsed.ok ? parsed.canonical : i.value,
      role: i.role ?? null,
      sourceId: sourceId ?? null,
      givenRole: i.role,
      givenSource: sourceId,
    };
  });
}

/**
 * The measure the record is, if any: by slug, or else by its identifiers. Refuses a record whose
 * slug and identifiers name different measures, rather than guess which one it means.
 */
function findMeasure(imp: Importer, m: MeasureData, identifiers: readonly ParsedIdentifier[]) {
  const bySlug = imp.tx.select().from(measures).where(eq(measures.slug, m.slug)).get();
  const owners = identifiers.length
    ? imp.tx
        .select({
          scheme: measureIdentifiers.scheme,
          canonical: measureIdentifiers.canonical,
          measureId: measures.id,
          slug: measures.slug,
        })
        .from(measureIdentifiers)
        .innerJoin(measures, eq(measures.id, measureIdentifiers.measureId))
        .where(
          or(
            ...identifiers.map((i) =>
              and(
                eq(measureIdentifiers.scheme, i.scheme),
                eq(measureIdentifiers.canonical, i.canonical),
              ),
            ),
          ),
        )
        .all()
    : [];
  const ownerOf = (i: ParsedIdentifier) =>
    owners.find((o) => o.scheme === i.scheme && o.canonical === i.canonical);
  if (bySlug) {
    identifiers.forEach((i, n) => {
      const owner = ownerOf(i);
      if (owner && owner.measureId !== bySlug.id)
        throw new RecordProblem(
          ['identifiers', n, 'value'],
          `${i.canonical} is recorded for the measure "${owner.slug}", not for "${m.slug}": an identifier names one measure only. Correct it in the file, or link the two measures instead`,
        );
    });
    return bySlug;
  }
  const named = [...new Set(owners.map((o) => o.slug))];
  if (named.length === 0) return undefined;
  const at = identifiers.findIndex((i) => ownerOf(i));
  throw new RecordProblem(
    named.length === 1 ? ['slug'] : ['identifiers', at, 'value'],
    named.length === 1
      ? `its identifier ${identifiers[at]?.canonical} is recorded for the measure "${named[0]}", which has another slug: give the record the slug "${named[0]}" so the two are one measure (or rename it in Dossier first)`
      : `its identifiers are recorded for several measures (${named.join(', ')}): an identifier names one measure only`,
  );
}

type ClaimWithSource = ClaimInput & { source: string | null };

const claimsOf = (imp: Importer, list: readonly ClaimWithSource[], path: PropertyKey[]) =>
  list.map((c, n) =>
    fileClaim(c, c.source === null ? null : imp.sourceId(c.source, [...path, n, 'source'])),
  );

function eventClaims(imp: Importer, e: EventData, path: PropertyKey[]) {
  return {
    dates: claimsOf(imp, e.dateClaims, [...path, 'dateClaims']),
    results: claimsOf(imp, e.resultClaims ?? [], [...path, 'resultClaims']),
  };
}

const documentsFor = (e: EventData) =>
  e.documents?.map((d) => {
    const parsed = parseIdentifier(d.scheme, d.value);
    return {
      title: d.title ?? null,
      scheme: d.scheme,
      value: d.value,
      canonical: parsed.ok ? parsed.canonical : d.value,
      url: d.url ?? null,
    };
  });

function insertDocuments(
  imp: Importer,
  eventId: string,
  documents: ReturnType<typeof documentsFor>,
) {
  if (!documents?.length) return;
  const at = nowUtc();
  imp.write(eventDocuments, () =>
    imp.tx
      .insert(eventDocuments)
      .values(documents.map((d) => ({ ...d, id: newId(), eventId, createdAt: at })))
      .run(),
  );
}

/** Who acted, as the event's columns hold it; nothing when the file does not say. */
const bodyColumns = (body: EventData['body']) =>
  body === undefined ? {} : { bodyKind: body?.kind ?? null, bodyName: body?.name ?? null };

function createEvent(
  imp: Importer,
  measureId: string,
  id: string,
  e: EventData,
  path: PropertyKey[],
) {
  const sourceId = imp.sourceId(e.source, [...path, 'source']);
  const { dates, results } = eventClaims(imp, e, path);
  imp.insert(
    events,
    {
      measureId,
      ...eventFacts(dates, results),
      kind: e.kind,
      title: e.title,
      description: e.description ?? null,
      sourceId,
      bodyKind: e.body?.kind ?? null,
      bodyName: e.body?.name ?? null,
      memberStates: e.memberStates ?? [],
      unconfirmed: e.unconfirmed ?? false,
    },
    id,
  );
  const subject = { measureId, eventId: id };
  insertClaims(imp, subject, 'date', dates);
  insertClaims(imp, subject, 'result', results);
  insertDocuments(imp, id, documentsFor(e));
}

function mergeEvent(
  imp: Importer,
  current: typeof events.$inferSelect,
  e: EventData,
  path: PropertyKey[],
) {
  const sourceId = imp.sourceId(e.source, [...path, 'source']);
  if (!isVote(e.kind) && isVote(current.kind)) {
    const results = imp.tx
      .select({ id: claims.id })
      .from(claims)
      .where(and(eq(claims.eventId, current.id), eq(claims.fact, 'result')))
      .all();
    if (results.length > 0)
      throw new RecordProblem(
        [...path, 'kind'],
        `the event "${current.title}" is a vote with ${results.length} result claim(s) in the database; a ${e.kind.replaceAll('_', ' ')} event has no result. Keep its kind, or record it as a new event`,
      );
  }
  const documents = documentsFor(e);
  const related: FieldChange[] = [];
  if (documents) {
    const recorded = [...(documentsOf(imp.tx, [current.id]).get(current.id) ?? [])];
    const shape = (d: {
      title: string | null;
      scheme: string;
      value: string;
      url: string | null;
    }) => ({
      title: d.title,
      scheme: d.scheme,
      value: d.value,
      url: d.url,
    });
    const before = recorded.map((d) => shape({ ...d, value: d.written }));
    const after = documents.map(shape);
    if (JSON.stringify(before) !== JSON.stringify(after))
      related.push({ field: 'documents', before, after });
  }
  const row = imp.update(
    events,
    current,
    {
      kind: e.kind,
      title: e.title,
      description: e.description,
      sourceId,
      ...bodyColumns(e.body),
      memberStates: e.memberStates,
      unconfirmed: e.unconfirmed,
    },
    related,
  );
  if (related.length > 0 && documents) {
    imp.write(eventDocuments, () =>
      imp.tx.delete(eventDocuments).where(eq(eventDocuments.eventId, row.id)).run(),
    );
    insertDocuments(imp, row.id, documents);
  }
  const { dates, results } = eventClaims(imp, e, path);
  const wrote = imp.changed;
  imp.changed = false;
  const subject = { measureId: row.measureId, eventId: row.id };
  const preference = [
    ...mergeClaims(imp, subject, 'date', dates),
    ...mergeClaims(imp, subject, 'result', results),
  ];
  // What the event shows follows from its claims: brought in line once they changed.
  if (imp.changed) refreshEvent(imp.tx, row.id, imp.actor, undefined, preference);
  imp.changed ||= wrote;
}

function importEvents(imp: Importer, measureId: string, m: MeasureData) {
  const list = m.events ?? [];
  const ids = list.map((e) => rowIdFor('event', e.key, measureId));
  const recorded = new Map(
    (ids.length ? imp.tx.select().from(events).where(inArray(events.id, ids)).all() : []).map(
      (e) => [e.id, e],
    ),
  );
  list.forEach((e, n) => {
    const path = ['events', n];
    const id = ids[n]!;
    const current = recorded.get(id);
    if (!current) createEvent(imp, measureId, id, e, path);
    else if (current.measureId !== measureId)
      throw new RecordProblem(
        [...path, 'key'],
        `"${e.key}" is the key of an event of another measure in the database; give this event a key of its own`,
      );
    else mergeEvent(imp, current, e, path);
  });
}

const stageClaimsOf = (imp: Importer, m: MeasureData): FileClaim[] =>
  claimsOf(imp, m.stageClaims ?? [], ['stageClaims']);

function createMeasure(
  imp: Importer,
  m: MeasureData,
  identifiers: readonly ParsedIdentifier[],
): Outcome {
  const stageClaims = stageClaimsOf(imp, m);
  const row = imp.insert(measures, {
    slug: m.slug,
    title: m.title,
    kind: m.kind,
    jurisdiction: m.jurisdiction,
    ...stageFacts(stageClaims),
    summary: m.summary ?? null,
    policyAreas: m.policyAreas ?? [],
    sourceId: imp.optionalSourceId(m.source, ['source']) ?? null,
  });
  imp.write(measureIdentifiers, () => addIdentifiers(imp.tx, row.id, identifiers));
  insertClaims(imp, { measureId: row.id, eventId: null }, 'stage', stageClaims);
  importEvents(imp, row.id, m);
  return 'created';
}

/** Identifiers as the audit log records them (the same shape `measures.update` logs). */
const forLog = (
  list: readonly { scheme: string; value: string; role: string | null; sourceId: string | null }[],
) => list.map(({ scheme, value, role, sourceId }) => ({ scheme, value, role, sourceId }));

/**
 * How the measure's identifiers change: recorded ones brought in line with the file, missing
 * ones added. Returns the audit log entry (null when nothing changes) and the writes to make.
 */
function mergeIdentifiers(
  imp: Importer,
  measureId: string,
  identifiers: readonly ParsedIdentifier[],
): { change: FieldChange | null; apply: () => void } {
  const recorded = identifiersOf(imp.tx, measureId);
  const before = forLog(recorded.map((r) => ({ ...r, value: r.written })));
  const after = before.map((b) => ({ ...b }));
  const updates: {
    id: string;
    value: string;
    role: ParsedIdentifier['role'];
    sourceId: string | null;
  }[] = [];
  const added: ParsedIdentifier[] = [];
  for (const i of identifiers) {
    const at = recorded.findIndex((r) => r.scheme === i.scheme && r.canonical === i.canonical);
    const r = recorded[at];
    if (!r) {
      added.push(i);
      after.push(...forLog([i]));
      continue;
    }
    const wanted = {
      id: r.id,
      value: i.value,
      role: i.givenRole === undefined ? r.role : i.givenRole,
      sourceId: i.givenSource === undefined ? r.sourceId : i.givenSource,
    };
    if (wanted.value !== r.written || wanted.role !== r.role || wanted.sourceId !== r.sourceId) {
      updates.push(wanted);
      after[at] = {
        scheme: r.scheme,
        value: wanted.value,
        role: wanted.role,
        sourceId: wanted.sourceId,
      };
    }
  }
  if (updates.length === 0 && added.length === 0) return { change: null, apply: () => {} };
  return {
    change: { field: 'identifiers', before, after },
    apply: () =>
      imp.write(measureIdentifiers, () => {
        for (const u of updates)
          imp.tx
            .update(measureIdentifiers)
            .set({ value: u.value, role: u.role, sourceId: u.sourceId })
            .where(eq(measureIdentifiers.id, u.id))
            .run();
        addIdentifiers(imp.tx, measureId, added);
      }),
  };
}

function mergeMeasure(
  imp: Importer,
  current: typeof measures.$inferSelect,
  m: MeasureData,
  identifiers: readonly ParsedIdentifier[],
): Outcome {
  // Stage claims first: a change of kind to one that follows a procedure needs the stage.
  const stageClaims = stageClaimsOf(imp, m);
  const wrote = imp.changed;
  imp.changed = false;
  const preference = mergeClaims(
    imp,
    { measureId: current.id, eventId: null },
    'stage',
    stageClaims,
  );
  if (imp.changed) refreshStage(imp.tx, current.id, imp.actor, undefined, preference);
  imp.changed ||= wrote;

  const identifierChange = mergeIdentifiers(imp, current.id, identifiers);
  const now = imp.tx
    .select({ id: measures.id, version: measures.version })
    .from(measures)
    .where(eq(measures.id, current.id))
    .get()!;
  imp.update(
    measures,
    now,
    {
      title: m.title,
      kind: m.kind,
      jurisdiction: m.jurisdiction,
      summary: m.summary,
      policyAreas: m.policyAreas,
      sourceId: imp.optionalSourceId(m.source, ['source']),
    },
    identifierChange.change ? [identifierChange.change] : [],
  );
  identifierChange.apply();
  importEvents(imp, current.id, m);
  return imp.changed ? 'updated' : 'unchanged';
}

export function importMeasure(imp: Importer, m: MeasureData): Outcome {
  const identifiers = parseIdentifiers(imp, m);
  const current = findMeasure(imp, m, identifiers);
  return current ? mergeMeasure(imp, current, m, identifiers) : createMeasure(imp, m, identifiers);
}
