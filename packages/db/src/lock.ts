import type Database from 'better-sqlite3';
import { isLockError } from './errors';

/**
 * How long a statement waits for another connection's lock before giving up. The connection is
 * synchronous: while SQLite waits, Node's event loop waits with it and every other request of
 * the server stalls. A quarter second rides out a checkpoint or another Dossier write, while a
 * lock held by a backup or a sqlite3 shell turns into a quick "busy, try again" answer.
 */
export const busyTimeoutMs = 250;

/**
 * Takes the write lock and gives it straight back, without waiting: 'free', or 'locked' when
 * another connection holds it. Throws what SQLite throws otherwise (SQLITE_READONLY when the
 * connection cannot write at all). Writes nothing.
 */
export function probeWriteLock(sqlite: Database.Database): 'free' | 'locked' {
  // Inside one of our own transactions the lock is ours already.
  if (sqlite.inTransaction) return 'free';
  const timeout = sqlite.pragma('busy_timeout', { simple: true });
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    sqlite.exec('ROLLBACK');
    return 'free';
  } catch (error) {
    if (isLockError(error)) return 'locked';
    throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${Number(timeout)}`);
  }
}
