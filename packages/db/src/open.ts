import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { databaseBusy, isLockError } from './errors';
import { busyTimeoutMs, probeWriteLock } from './lock';
import { applyMigrations } from './migrate';
import { appliedMigrations, migrationsTable, unknownMigrations } from './migrations';
import {
  aFolder,
  corrupt,
  DatabaseOpenError,
  foreignDatabase,
  missingFile,
  newerSchema,
  notSqlite,
  unwritable,
} from './open-errors';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DossierDatabase {
  db: Db;
  /** The raw connection, for pragmas and health checks. */
  sqlite: Database.Database;
  /** The absolute path of the file, or ':memory:'. */
  path: string;
  /** True when this open made a new database (the file did not exist before). */
  created: boolean;
  /**
   * Whether start-up read the whole file with PRAGMA quick_check. A file larger than
   * `fullCheckUpToBytes` is opened after a check of its schema only (see OpenOptions).
   */
  fullyChecked: boolean;
  close(): void;
}

export interface OpenOptions {
  /** Called with every SQL statement drizzle runs (used to count queries in tests and benchmarks). */
  onQuery?: (sql: string, params: unknown[]) => void;
  /** Create the file (and its folder) when missing. Default true; when false a missing file is refused. */
  create?: boolean;
  /**
   * Open without writing anything: no migration, every write fails. For looking into a database
   * (and for testing how a read-only database is reported, which chmod cannot show to root).
   */
  readonly?: boolean;
  /**
   * PRAGMA quick_check reads every page: 0.4 s for 350 MB, 20 s for 3.5 GB. Past this size
   * (default 256 MiB) start-up checks the schema only and says so; `pnpm dossier backup`
   * checks every page of its copy, off the server's path.
   */
  fullCheckUpToBytes?: number;
}

const defaultFullCheckUpToBytes = 256 * 1024 * 1024;

// Start-up may wait for a lock longer than a request may (see busyTimeoutMs): nothing is being
// served yet, and a migration held up by a backup should wait for it rather than fail.
const startupBusyTimeoutMs = 5000;

/**
 * Opens a Dossier database and brings its schema up to date, or refuses with a
 * DatabaseOpenError that names the file and what to do: missing (with `create: false`), not a
 * Dossier database, written by a newer Dossier, not writable, or damaged. `:memory:` gives a
 * private in-memory database, as the tests use.
 */
export function openDatabase(path: string, options: OpenOptions = {}): DossierDatabase {
  const inMemory = path === ':memory:';
  const file = inMemory ? path : resolve(path);
  const readonly = options.readonly ?? false;
  const existed = !inMemory && existsSync(file);
  if (!inMemory)
    prepareFile(file, existed, { create: (options.create ?? true) && !readonly, readonly });

  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly, fileMustExist: existed || readonly });
  } catch (error) {
    throw explainOpenFailure(error, file);
  }
  try {
    sqlite.pragma(`busy_timeout = ${startupBusyTimeoutMs}`);
    // Only reads until the file is known to be an intact Dossier database: switching to WAL
    // rewrites the header, which must not happen to another program's file. The first read
    // fails with SQLITE_NOTADB for a file that is not SQLite at all.
    const fullyChecked =
      !inMemory && statSync(file).size <= (options.fullCheckUpToBytes ?? defaultFullCheckUpToBytes);
    if (fullyChecked) requireIntact(sqlite, file);
    requireDossier(sqlite, file);
    if (!inMemory && !readonly) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    const onQuery = options.onQuery;
    const db = drizzle(cachingStatements(sqlite), {
      schema,
      logger: onQuery ? { logQuery: (query, params) => onQuery(query, params) } : false,
    });
    if (!readonly) applyMigrations(db, sqlite);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // SQLite falls back to read-only, silently, when it may read the file but not write it; the
    // migration writes nothing once the schema is current, so ask for the write lock to find out.
    if (!readonly) probeWriteLock(sqlite);
    return {
      db,
      sqlite,
      path: file,
      created: !existed,
      fullyChecked,
      close: () => {
        if (sqlite.open) sqlite.close();
      },
    };
  } catch (error) {
    sqlite.close();
    throw explainOpenFailure(error, file);
  }
}

/** Statements kept per connection; past this many distinct texts the cache starts again. */
const statementCacheSize = 1000;

/**
 * The connection as drizzle sees it: the same connection, whose `prepare` reuses the statement
 * compiled for the same text. Drizzle compiles every query afresh, which was a sixth of a
 * brief's CPU. Statements are synchronous and not reentrant, so one is reused only when no
 * iteration holds it; drizzle switches a statement to arrays (raw) for some reads and not for
 * others, so a reused one starts in objects mode as a fresh one would. The raw connection
 * (`DossierDatabase.sqlite`) keeps the uncached `prepare`.
 */
function cachingStatements(sqlite: Database.Database): Database.Database {
  const compile = Database.prototype.prepare;
  const compiled = new Map<string, Database.Statement>();
  const prepare = (source: string) => {
    let statement = compiled.get(source);
    if (statement && !statement.busy) {
      if (statement.reader) statement.raw(false);
      return statement;
    }
    statement = compile.call(sqlite, source) as Database.Statement;
    if (compiled.size >= statementCacheSize) compiled.clear();
    compiled.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      // A caller that puts its own `prepare` on the connection for a while (the import's batch
      // cache) gets it back.
      if (property === 'prepare' && !Object.hasOwn(target, 'prepare')) return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Refuses a missing file (unless it may be created) and a file or folder this user cannot write. */
function prepareFile(
  file: string,
  existed: boolean,
  { create, readonly }: { create: boolean; readonly: boolean },
) {
  const folder = dirname(file);
  if (!existed) {
    if (!create) throw missingFile(file);
    try {
      makeFolder(folder);
    } catch (error) {
      const level = (error as { path?: string }).path ?? folder;
      throw unwritable(file, `its folder ${level} cannot be created (${codeOf(error)})`, error);
    }
  } else if (statSync(file).isDirectory()) {
    throw aFolder(file);
  }
  if (!statSync(folder).isDirectory())
    throw unwritable(file, `${folder} is a file, so it cannot hold the database`);
  if (readonly) return;
  if (existed) {
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw unwritable(file, `the file is read-only for this user (${codeOf(error)})`, error);
    }
  }
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw unwritable(
      file,
      `its folder ${folder} is read-only for this user (${codeOf(error)})`,
      error,
    );
  }
}

/**
 * mkdirSync(folder, { recursive: true }) never returns where mkdir answers ENOENT under a parent
 * that exists (as in /proc), which would hang start-up; creating each missing level in turn fails.
 */
function makeFolder(folder: string) {
  const missing: string[] = [];
  for (let level = folder; !existsSync(level) && dirname(level) !== level; level = dirname(level))
    missing.unshift(level);
  for (const level of missing) mkdirSync(level);
}

/** PRAGMA quick_check: a damaged file is refused before anything is written to it. */
function requireIntact(sqlite: Database.Database, file: string) {
  const rows = sqlite.pragma('quick_check', { simple: false }) as { quick_check: string }[];
  const lines = rows.flatMap((row) => row.quick_check.split('\n'));
  if (lines.length === 1 && lines[0] === 'ok') return;
  // The report starts with "*** in database main ***" when it lists problems.
  const first = lines.find((line) => line !== '' && !line.startsWith('***'));
  throw corrupt(file, first ?? 'PRAGMA quick_check gave no answer');
}

/** Refuses an SQLite database of another program, and one written by a newer Dossier. */
function requireDossier(sqlite: Database.Database, file: string) {
  if (appliedMigrations(sqlite) === null) {
    const tables = sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name != ? order by name",
      )
      .pluck()
      .all(migrationsTable) as string[];
    if (tables.length > 0) throw foreignDatabase(file, tables);
    return;
  }
  const unknown = unknownMigrations(sqlite);
  if (unknown.length > 0) throw newerSchema(file, unknown);
}

const codeOf = (error: unknown) =>
  (error as { code?: string } | null)?.code ?? (error as Error | null)?.message ?? 'unknown error';

/** Turns what SQLite throws while opening into a refusal that names the file. */
function explainOpenFailure(error: unknown, file: string): unknown {
  if (error instanceof DatabaseOpenError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = (error as Error | null)?.message ?? String(error);
  if (code === 'SQLITE_NOTADB') return notSqlite(file, error);
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(file, message, error);
  if (code.startsWith('SQLITE_READONLY'))
    return unwritable(file, `SQLite could only open it read-only (${message})`, error);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM'))
    return unwritable(file, `SQLite could not open it for writing (${message})`, error);
  if (isLockError(error)) return databaseBusy();
  return error;
}
