import { type Column, count, type SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';

/** `column IN (…ids)` through one bound JSON parameter, so the statement text stays the same. */
export const inIds = (column: Column | string, ids: readonly string[]) =>
  sql`${typeof column === 'string' ? sql.raw(column) : column} in (select value from json_each(${JSON.stringify(ids)}))`;

/** How many rows of a table match (all of them without a condition). */
export const countOf = (db: Db, table: SQLiteTable, where?: SQL): number =>
  db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
