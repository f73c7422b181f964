// Writing events. An event's date (and a vote's result) is a claim with its source: creating an
// event records its first claims in the same transaction; later corrections are new claims
// (claims.ts), never an edit of the event.
import {
  type EventCreateData,
  type EventDocumentData,
  type EventUpdateData,
  isVote,
  precisionOf,
} from '@dossier/domain';
import { and, asc, eq } from 'drizzle-orm';
import { DossierError, notFound } from '../errors';
import { newId, nowUtc } from '../ids';
import type { Db } from '../open';
import { claims, eventDocuments, events } from '../schema';
import {
  type Actor,
  type FieldChange,
  insertRow,
  type Tx,
  updateRow,
  writeTransaction,
} from '../write';
import { insertDateClaim, insertResultClaim } from './claims';
import { requireRefs } from './refs';
import { inIdsParam, prepared } from './sql';

export type EventRow = typeof events.$inferSelect;

/** The documents of the given events, in the order they were entered. */
export function documentsOf(db: Db | Tx, eventIds: readonly string[]) {
  // No shortcut for an empty page: a brief runs the same queries whatever it holds.
  const result = new Map<string, DocumentView[]>();
  const rows = prepared(db, 'documentsOf', () =>
    db
      .select()
      .from(eventDocuments)
      .where(inIdsParam(eventDocuments.eventId, 'eventIds'))
      .orderBy(asc(eventDocuments.createdAt), asc(eventDocuments.id))
      .prepare(),
  ).all({ eventIds: JSON.stringify(eventIds) });
  for (const d of rows) {
    const list = result.get(d.eventId) ?? [];
    list.push({
      id: d.id,
      title: d.title,
      scheme: d.scheme,
      written: d.value,
      canonical: d.canonical,
      url: d.url,
    });
    result.set(d.eventId, list);
  }
  return result;
}

export interface DocumentView {
  id: string;
  title: string | null;
  scheme: EventDocumentData['scheme'];
  written: string;
  canonical: string;
  url: string | null;
}

function addDocuments(tx: Tx, eventId: string, documents: readonly EventDocumentData[]) {
  if (documents.length === 0) return;
  const at = nowUtc();
  tx.insert(eventDocuments)
    .values(
      documents.map((d) => ({
        id: newId(),
        eventId,
        title: d.title,
        scheme: d.scheme,
        value: d.value,
        canonical: d.canonical,
        url: d.url,
        createdAt: at,
      })),
    )
    .run();
}

const bodyColumns = (body: EventCreateData['body']) => ({
  bodyKind: body?.kind ?? null,
  bodyName: body?.name ?? null,
});

/**
 * Creates an event with its first date claim (and, for a vote given a result, its first result
 * claim), both citing the event's source, and its documents, in one transaction.
 */
export function createEvent(db: Db, input: EventCreateData, actor: Actor): EventRow {
  return writeTransaction(db, (tx) => {
    requireRefs(tx, { measure: input.measureId, source: input.sourceId });
    const { date, result, body, documents = [], memberStates = [], ...values } = input;
    const precision = precisionOf(date);
    if (!precision)
      throw new DossierError(
        'BAD_REQUEST',
        `"${date}" is not a date written as YYYY-MM-DD, YYYY-MM or YYYY.`,
      );
    const event = insertRow(
      tx,
      events,
      {
        ...values,
        description: values.description ?? null,
        date,
        datePrecision: precision,
        ...bodyColumns(body),
        memberStates,
        unconfirmed: values.unconfirmed ?? false,
        disputed: false,
      },
      actor,
    );
    insertDateClaim(tx, event, { date, sourceId: input.sourceId }, actor);
    if (result) insertResultClaim(tx, event, { result, sourceId: input.sourceId }, actor);
    addDocuments(tx, event.id, documents);
    return event;
  });
}

/**
 * Edits what an event is (kind, title, body, Member States, documents, ...) if it is still at
 * the version the editor read. Documents, when given, replace the event's documents as a whole.
 */
export function updateEvent(db: Db, input: EventUpdateData, actor: Actor): EventRow {
  return writeTransaction(db, (tx) => {
    const { id, version, documents, body, date: _date, result: _result, ...patch } = input;
    requireRefs(tx, { source: patch.sourceId });
    const event = tx.select().from(events).where(eq(events.id, id)).get();
    if (!event) throw notFound('event', id);
    if (patch.kind && !isVote(patch.kind) && isVote(event.kind)) {
      const results = tx
        .select({ id: claims.id })
        .from(claims)
        .where(and(eq(claims.eventId, id), eq(claims.fact, 'result')))
        .all();
      if (results.length > 0)
        throw new DossierError(
          'BAD_REQUEST',
          `This vote has ${results.length} result claim(s); a ${patch.kind.replaceAll('_', ' ')} event has no result. Record it as a new event instead.`,
        );
    }
    const related: FieldChange[] = [];
    if (documents) {
      const before = [...(documentsOf(tx, [id]).get(id) ?? [])].map((d) => ({
        title: d.title,
        scheme: d.scheme,
        value: d.written,
        url: d.url,
      }));
      const after = documents.map((d) => ({
        title: d.title,
        scheme: d.scheme,
        value: d.value,
        url: d.url,
      }));
      if (JSON.stringify(before) !== JSON.stringify(after))
        related.push({ field: 'documents', before, after });
    }
    // The version check comes first, so a stale edit changes nothing at all.
    const row = updateRow(
      tx,
      events,
      id,
      version,
      { ...patch, ...(body === undefined ? {} : bodyColumns(body)) },
      actor,
      related,
    );
    if (related.length > 0 && documents) {
      tx.delete(eventDocuments).where(eq(eventDocuments.eventId, id)).run();
      addDocuments(tx, id, documents);
    }
    return row;
  });
}
