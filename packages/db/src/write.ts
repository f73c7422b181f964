import { and, eq, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  DossierError,
  databaseBusy,
  explainConstraint,
  isLockError,
  notFound,
  staleVersion,
} from './errors';
import { newId, nowUtc } from './ids';
import type { Db } from './open';
import { changes } from './schema';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Who made a change, as recorded in the audit log. */
export type Actor = string;

type EditableTable = SQLiteTable & {
  id: SQLiteColumn;
  version: SQLiteColumn;
  updatedAt: SQLiteColumn;
};

/** The transaction handle drizzle passes to `db.transaction`; it has the same query API. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs `fn` in a transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE): with a
 * deferred BEGIN, a transaction that read first could only learn at its first write, or at
 * COMMIT, that another connection holds the lock. When the lock stays taken past busy_timeout
 * (see open.ts), everything is rolled back and the caller gets UNAVAILABLE, never half a write.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T): T {
  try {
    return db.transaction(fn, { behavior: 'immediate' });
  } catch (error) {
    throw isLockError(error) ? databaseBusy() : error;
  }
}

/**
 * Runs `fn` in a savepoint of the transaction `tx`: when it throws, what it wrote is undone and
 * the transaction goes on without it. For work that may fail piece by piece inside one
 * transaction (the records of an import batch).
 */
export function savepoint<T>(tx: Tx, fn: (tx: Tx) => T): T {
  return tx.transaction(fn);
}

const entityName = (table: SQLiteTable) =>
  getTableName(table).replace(/s$/, '').replaceAll('_', ' ');

/** Inserts one editable row at version 1 and records its creation in the audit log. */
export function insertRow<T extends EditableTable>(
  tx: Tx,
  table: T,
  values: Omit<T['$inferInsert'], 'id' | 'version' | 'createdAt' | 'updatedAt'>,
  actor: Actor,
  id: string = newId(),
): T['$inferSelect'] {
  const at = nowUtc();
  const row = { ...values, id, version: 1, createdAt: at, updatedAt: at } as T['$inferInsert'];
  let inserted: T['$inferSelect'];
  try {
    inserted = (tx.insert(table).values(row).returning().all() as T['$inferSelect'][])[0]!;
  } catch (error) {
    throw explainConstraint(error, entityName(table));
  }
  tx.insert(changes)
    .values({
      id: newId(),
      at,
      actor,
      entity: getTableName(table),
      entityId: id,
      action: 'create',
      field: null,
      before: null,
      after: JSON.stringify(values),
      version: 1,
    })
    .run();
  return inserted;
}

/**
 * Applies `patch` to the row `id` only if it is still at `version`; otherwise refuses with
 * CONFLICT so that two people editing at once never silently overwrite each other.
 * Records every changed field in the audit log. Returns the row as it now stands.
 */
export function updateRow<T extends EditableTable>(
  tx: Tx,
  table: T,
  id: string,
  version: number,
  patch: Partial<T['$inferInsert']>,
  actor: Actor,
  /** Changes kept in other tables (a measure's identifiers) that count as an edit of this row. */
  related: FieldChange[] = [],
): T['$inferSelect'] {
  const what = entityName(table);
  const current = tx
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id, id))
    .get() as Record<string, unknown> | undefined;
  if (!current) throw notFound(what, id);
  if (current.version !== version) throw staleVersion(what, version, current.version as number);

  const changed = Object.entries(patch).filter(
    ([key, value]) => value !== undefined && JSON.stringify(current[key]) !== JSON.stringify(value),
  );
  const logged: FieldChange[] = [
    ...changed.map(([field, after]) => ({ field, before: current[field] ?? null, after })),
    ...related,
  ];
  if (logged.length === 0) return current as T['$inferSelect'];

  const at = nowUtc();
  const next = { ...Object.fromEntries(changed), version: version + 1, updatedAt: at };
  let updated: T['$inferSelect'][];
  try {
    updated = tx
      .update(table)
      .set(next as never)
      .where(and(eq(table.id, id), eq(table.version, version)))
      .returning()
      .all() as T['$inferSelect'][];
  } catch (error) {
    throw explainConstraint(error, what);
  }
  if (updated.length !== 1)
    throw new DossierError(
      'CONFLICT',
      `The ${what} changed while saving; reload it and try again.`,
    );

  tx.insert(changes)
    .values(
      logged.map(({ field, before, after }) => ({
        id: newId(),
        at,
        actor,
        entity: getTableName(table),
        entityId: id,
        action: 'update' as const,
        field,
        before: JSON.stringify(before),
        after: JSON.stringify(after),
        version: version + 1,
      })),
    )
    .run();
  return updated[0]!;
}

/** Fails with NOT_FOUND unless a row with this id exists in `table`. */
export function requireRow(
  tx: Tx,
  table: EditableTable,
  id: string,
  what = entityName(table),
): void {
  const row = tx
    .select({ id: table.id })
    .from(table as SQLiteTable)
    .where(eq(table.id, id))
    .get();
  if (!row) throw notFound(what, id);
}
