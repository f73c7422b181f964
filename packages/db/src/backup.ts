// Copies of the database file, taken while the server runs, and putting one back. A backup is
// `VACUUM INTO`: SQLite writes a consistent copy from one read transaction, so writes go on
// meanwhile (the database is in WAL mode) and the copy holds exactly what was committed when it
// began. A restore never replaces the live database without a copy of it, refuses a file that
// is not a Dossier database or is from a newer Dossier, and brings an older one up to date.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { appliedMigrations } from './migrations';
import { openDatabase } from './open';
import { DatabaseOpenError, type DatabaseOpenErrorKind } from './open-errors';

export type BackupErrorKind = DatabaseOpenErrorKind | 'exists' | 'in-use' | 'same-file';

/** A refusal of `backup` or `restore`, said so the operator knows what to do. Nothing was changed. */
export class BackupError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BackupError';
  }
}

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`];

/** Removes a file of ours if it is there; a path that cannot hold one is no file to remove. */
function removeQuietly(file: string) {
  try {
    rmSync(file, { force: true });
  } catch {}
}

/** A moment as part of a file name: 20240131T235959Z. */
const stamp = (now: Date) => now.toISOString().replaceAll(/[-:]|\.\d+/g, '');

function refuseExisting(file: string) {
  if (existsSync(file))
    throw new BackupError(
      'exists',
      `${file} already exists; nothing was written. Choose a new name (such as dossier-$(date +%F).db) or move the old file away first.`,
    );
}

/** Counts of what a database holds, to say what a copy or a restore carried. */
function contents(sqlite: Database.Database) {
  const count = (table: string) =>
    Number(sqlite.prepare(`select count(*) from ${table}`).pluck().get());
  return {
    measures: count('measures'),
    stakeholders: count('stakeholders'),
    sources: count('sources'),
  };
}

export interface BackupResult {
  /** The absolute path of the copy. */
  file: string;
  bytes: number;
  contents: { measures: number; stakeholders: number; sources: number };
}

/**
 * Writes a consistent copy of the Dossier database at `dbPath` to `target`, which must not exist.
 * The copy is written beside the target under a temporary name and renamed once complete and
 * checked, so the target is never half a copy.
 */
export function backupDatabase(dbPath: string, target: string): BackupResult {
  const source = resolve(dbPath);
  const file = resolve(target);
  refuseExisting(file);
  // The refusals of start-up, read-only: a missing file, another program's database, damage. A
  // database of a newer Dossier is still worth copying.
  try {
    openDatabase(source, { readonly: true, create: false }).close();
  } catch (error) {
    if (!(error instanceof DatabaseOpenError) || error.kind !== 'newer-schema') throw error;
  }
  const partial = `${file}.partial-${process.pid}`;
  const sqlite = new Database(source, { fileMustExist: true });
  try {
    mkdirSync(dirname(file), { recursive: true });
    sqlite.pragma('busy_timeout = 5000');
    sqlite.prepare('vacuum into ?').run(partial);
  } catch (error) {
    removeQuietly(partial);
    throw new Error(
      `Cannot write the backup to ${file}: ${(error as Error).message}. Check that its folder exists and can be written, and that the disk has room; nothing was written.`,
      { cause: error },
    );
  } finally {
    sqlite.close();
  }
  const copy = new Database(partial, { readonly: true });
  let held: BackupResult['contents'];
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`the copy fails SQLite's integrity check (${check})`);
    held = contents(copy);
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  refuseExisting(file);
  renameSync(partial, file);
  return { file, bytes: statSync(file).size, contents: held };
}

/**
 * Other processes that have the database (or its -wal or -shm file) open, from /proc; null
 * where that cannot be known (not Linux). Processes of other users are seen only by root.
 */
export function processesHolding(dbPath: string): { pid: number; command: string }[] | null {
  if (!existsSync('/proc/self/fd')) return null;
  const file = resolve(dbPath);
  const real = existsSync(file) ? realpathSync(file) : file;
  const targets = new Set([file, real, ...sidecars(file), ...sidecars(real)]);
  const holders: { pid: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or another user's
    }
    const holds = fds.some((fd) => {
      try {
        return targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    if (!holds) continue;
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    } catch {}
    holders.push({ pid, command: command.length > 120 ? `${command.slice(0, 117)}...` : command });
  }
  return holders;
}

/** Why a file cannot be restored, in the words of a restore rather than of a start-up. */
function restoreRefusal(error: DatabaseOpenError, backup: string): BackupError {
  const detail: Partial<Record<DatabaseOpenErrorKind, string>> = {
    missing: `${backup} does not exist; give the path of a backup file`,
    'not-a-database': `${backup} is not a Dossier database: ${error.message.replace(/^.*? is not a Dossier database: /, '').replace(/;.*$/, '')}`,
    'newer-schema': `${backup} was written by a newer version of Dossier (${error.message.replace(/^.*?: it records /, 'it records ').replace(/\. Nothing.*$/, '')}); upgrade Dossier to restore it`,
    corrupt: `${backup} is damaged (${error.message.replace(/^.*? is damaged: /, '').replace(/; restore.*$/, '')}); take an older backup`,
  };
  return new BackupError(
    error.kind,
    `Cannot restore: ${detail[error.kind] ?? error.message}. Nothing was changed.`,
    { cause: error },
  );
}

export interface RestoreResult {
  /** The absolute path of the database now holding the backup. */
  db: string;
  /** Where the database that was there before is kept; null when there was none. */
  previous: string | null;
  /** Schema migrations applied to bring the backup up to this version of Dossier. */
  migrationsApplied: number;
  contents: { measures: number; stakeholders: number; sources: number };
}

/** A copy of the live database before it is replaced: consistent if SQLite can read it, else as is. */
function keepPrevious(db: string, previous: string) {
  try {
    const sqlite = new Database(db, { fileMustExist: true });
    try {
      sqlite.prepare('vacuum into ?').run(previous);
    } finally {
      sqlite.close();
    }
  } catch {
    // A damaged file cannot be read whole by SQLite: keep its bytes, with its write-ahead log.
    rmSync(previous, { force: true });
    copyFileSync(db, previous);
    if (existsSync(`${db}-wal`)) copyFileSync(`${db}-wal`, `${previous}-wal`);
  }
}

/**
 * Puts the backup `backupPath` in place of the database at `dbPath`, which no process may hold
 * (stop the server first). The database that was there is kept as
 * `<db>.before-restore-<timestamp>`; the backup file itself is never changed.
 */
export function restoreDatabase(
  backupPath: string,
  dbPath: string,
  options: { now?: Date } = {},
): RestoreResult {
  const backup = resolve(backupPath);
  const db = resolve(dbPath);
  if (existsSync(backup) && existsSync(db) && realpathSync(backup) === realpathSync(db))
    throw new BackupError(
      'same-file',
      `Cannot restore ${backup} onto itself: give the backup file and, with --db, the database it replaces. Nothing was changed.`,
    );
  let applied: number;
  try {
    const checked = openDatabase(backup, { readonly: true, create: false });
    applied = appliedMigrations(checked.sqlite)?.length ?? 0;
    checked.close();
  } catch (error) {
    throw error instanceof DatabaseOpenError ? restoreRefusal(error, backup) : error;
  }
  const holders = processesHolding(db);
  if (holders && holders.length > 0)
    throw new BackupError(
      'in-use',
      `${db} is open in ${holders.map((h) => `process ${h.pid} (${h.command || 'unknown command'})`).join(', ')}: stop the Dossier server first, then run the restore again. Nothing was changed.`,
    );

  const at = stamp(options.now ?? new Date());
  const previous = existsSync(db) ? `${db}.before-restore-${at}` : null;
  const incoming = `${db}.restoring-${at}`;
  if (previous) {
    refuseExisting(previous);
    keepPrevious(db, previous);
  }
  let result: RestoreResult;
  try {
    mkdirSync(dirname(db), { recursive: true });
    copyFileSync(backup, incoming);
    if (existsSync(`${backup}-wal`)) copyFileSync(`${backup}-wal`, `${incoming}-wal`);
    // Opening the copy applies the migrations this version has and the backup lacks.
    const restored = openDatabase(incoming, { create: false });
    try {
      const migrationsApplied = (appliedMigrations(restored.sqlite)?.length ?? 0) - applied;
      // One self-contained file: nothing of it may stay in a -wal file the rename leaves behind.
      restored.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      restored.sqlite.pragma('journal_mode = DELETE');
      result = { db, previous, migrationsApplied, contents: contents(restored.sqlite) };
    } finally {
      restored.close();
    }
  } catch (error) {
    for (const f of [incoming, ...sidecars(incoming)]) rmSync(f, { force: true });
    throw error instanceof DatabaseOpenError ? restoreRefusal(error, backup) : error;
  }
  // The old database's write-ahead log would be replayed onto the restored file: it goes first
  // (its content is in the copy kept above).
  for (const f of sidecars(db)) rmSync(f, { force: true });
  renameSync(incoming, db);
  return result;
}
