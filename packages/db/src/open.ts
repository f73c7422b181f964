import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DossierDatabase {
  db: Db;
  /** The raw connection, for pragmas and health checks. */
  sqlite: Database.Database;
  close(): void;
}

export interface OpenOptions {
  /** Called with every SQL statement drizzle runs (used to count queries in tests and benchmarks). */
  onQuery?: (sql: string) => void;
}

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

/**
 * Opens (or creates) a Dossier database and brings its schema up to date.
 * `:memory:` gives a private in-memory database, as the tests use.
 */
export function openDatabase(path: string, options: OpenOptions = {}): DossierDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const onQuery = options.onQuery;
  const db = drizzle(sqlite, {
    schema,
    logger: onQuery ? { logQuery: (query) => onQuery(query) } : false,
  });
  migrate(db, { migrationsFolder });
  return {
    db,
    sqlite,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

/** True when the database answers a trivial query. */
export function isHealthy(database: DossierDatabase): boolean {
  try {
    return database.sqlite.prepare('select 1 as ok').get() !== undefined;
  } catch {
    return false;
  }
}
