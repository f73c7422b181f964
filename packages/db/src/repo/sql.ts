import { type Column, count, type SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';

/** `column IN (…ids)` through one bound JSON parameter, so the statement text stays the same. */
export const inIds = (column: Column | string, ids: readonly string[]) =>
  sql`${typeof column === 'string' ? sql.raw(column) : column} in (select value from json_each(${JSON.stringify(ids)}))`;

/** How many rows of a table match (all of them without a condition). */
export const countOf = (db: Db, table: SQLiteTable, where?: SQL): number =>
  db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;

/**
 * A named placeholder where a query builder takes a value: the query is built once with it
 * (`prepared`) and the value is given at each run (`.all({ name: value })`).
 */
export const param = (name: string) => sql.placeholder(name) as unknown as string;

/** `column IN (…ids)` with the ids' JSON array given at each run as the placeholder `name`. */
export const inIdsParam = (column: Column | string, name: string) =>
  sql`${typeof column === 'string' ? sql.raw(column) : column} in (select value from json_each(${sql.placeholder(name)}))`;

const preparedByConnection = new WeakMap<object, Map<string, unknown>>();

/**
 * A query built and compiled once per database handle, then only run: drizzle's building of a
 * query and SQLite's compiling of it were most of a brief's CPU. `key` names the query; `build`
 * makes it with placeholders (`param`) and calls `.prepare()`.
 */
export function prepared<Q>(db: object, key: string, build: () => Q): Q {
  let queries = preparedByConnection.get(db);
  if (!queries) {
    queries = new Map();
    preparedByConnection.set(db, queries);
  }
  let query = queries.get(key) as Q | undefined;
  if (query === undefined) {
    query = build();
    queries.set(key, query);
  }
  return query;
}
