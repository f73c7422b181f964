import { sql } from 'drizzle-orm';
import type { Db } from '../open';

/**
 * An instant no earlier than anything the audit log holds: what was recorded when a person
 * marked the feed read (or started a watch) is behind them, even when the caller's clock (the
 * API's, injectable) runs behind the audit log's.
 */
export function notBeforeLog(db: Db, now: Date): string {
  const latest = db.get<{ at: string | null }>(sql`select max(at) as at from changes`)?.at ?? '';
  // ISO-8601 instants of one form sort as text.
  return [latest, now.toISOString()].sort().at(-1)!;
}
