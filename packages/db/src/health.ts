import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { probeWriteLock } from './lock';
import { appliedMigrations, isSchemaCurrent, knownMigrations } from './migrations';
import type { DossierDatabase } from './open';

export interface Health {
  /** Readable, writable and on this build's schema. A lock held by another program is not a failure. */
  ok: boolean;
  /** A real read from the measures table succeeded. */
  readable: boolean;
  /** The connection is not read-only, and the file and its folder may be written now. */
  writable: boolean;
  /** The last migration applied to the database is this build's last. */
  schemaCurrent: boolean;
  /** Another connection holds the write lock at this moment: writes answer "busy" until it lets go. */
  locked: boolean;
  /** The first failure, in a sentence; null when ok. */
  reason: string | null;
}

const errorText = (error: unknown) => (error as Error | null)?.message ?? String(error);

/**
 * What the database can do right now. Never waits: the write lock is tried with no timeout, so
 * a backup holding it shows as `locked` rather than stalling or failing the check.
 */
export function checkHealth(database: DossierDatabase): Health {
  const { sqlite, path } = database;
  if (!sqlite.open) {
    const reason = `The connection to the database ${path} is closed; restart Dossier.`;
    return {
      ok: false,
      readable: false,
      writable: false,
      schemaCurrent: false,
      locked: false,
      reason,
    };
  }
  const reasons: string[] = [];

  let readable = true;
  try {
    sqlite.prepare('select id from measures limit 1').all();
  } catch (error) {
    readable = false;
    reasons.push(`Reading the database ${path} failed: ${errorText(error)}.`);
  }

  let locked = false;
  const fileProblem = path === ':memory:' ? null : writeAccessProblem(path);
  let writable = fileProblem === null && !sqlite.readonly;
  if (fileProblem) reasons.push(fileProblem);
  else if (sqlite.readonly) reasons.push(`The database ${path} is open read-only.`);
  if (writable) {
    try {
      locked = probeWriteLock(sqlite) === 'locked';
    } catch (error) {
      writable = false;
      reasons.push(`The database ${path} cannot be written: ${errorText(error)}.`);
    }
  }

  let schemaCurrent = false;
  try {
    schemaCurrent = isSchemaCurrent(sqlite);
    if (!schemaCurrent) reasons.push(schemaReason(database));
  } catch (error) {
    reasons.push(`Reading the schema version of ${path} failed: ${errorText(error)}.`);
  }

  const ok = readable && writable && schemaCurrent;
  return {
    ok,
    readable,
    writable,
    schemaCurrent,
    locked,
    reason: ok ? null : (reasons[0] ?? null),
  };
}

/** Why the file or its folder cannot be written now, or null. */
function writeAccessProblem(file: string): string | null {
  const folder = dirname(file);
  try {
    accessSync(file, constants.W_OK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ENOENT'
      ? `The database file ${file} is gone (moved or deleted while Dossier runs); put it back or restore a backup, then restart Dossier.`
      : `The database file ${file} cannot be written (${code}); give the user running Dossier write access to it.`;
  }
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    return `The folder ${folder} of the database cannot be written (${(error as { code?: string }).code}); SQLite needs it for its -wal and -shm files.`;
  }
  return null;
}

function schemaReason(database: DossierDatabase): string {
  const applied = appliedMigrations(database.sqlite) ?? [];
  const last = applied.length ? Math.max(...applied) : null;
  const ours = knownMigrations().at(-1) ?? null;
  if (last !== null && ours !== null && last > ours)
    return `The database ${database.path} has been migrated by a newer Dossier since this one started; upgrade Dossier.`;
  return `The database ${database.path} is not on this version's schema; restart Dossier so it migrates the database.`;
}

/** True when the database can be read and written and is on this build's schema. */
export const isHealthy = (database: DossierDatabase): boolean => checkHealth(database).ok;
