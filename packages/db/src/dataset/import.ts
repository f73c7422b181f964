// Importing records of the interchange file: a batch is one transaction, each record in it a
// savepoint, so a record is saved whole or not at all and a bad record never stops the good
// ones. A batch cut short (the process killed, the disk full) leaves nothing of itself.
import {
  type AssumedKeys,
  countOutcome,
  emptyImportResult,
  type ImportRecord,
  type ImportResult,
  type InterchangeSection,
  interchangeRecordSchemas,
  jsonPath,
  type KeyKind,
} from '@dossier/domain';
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { Db } from '../open';
import { type Actor, savepoint, writeTransaction } from '../write';
import { importOne } from './import-records';
import { Importer, problemOf } from './importer';

export interface ImportOptions {
  /** Who imports, as the audit log records it. */
  actor: Actor;
  /** Check and count everything, then roll it all back. */
  dryRun?: boolean;
  /** For a dry run: keys that earlier batches of the same run would have created. */
  assume?: AssumedKeys;
}

/** Thrown to roll a dry run back once it has counted everything. */
class DryRunDone extends Error {}

/**
 * Imports a batch of records in one transaction: each is created, updated (what differs, in the
 * audit log), left unchanged, or rejected with the JSON path and reason of each problem. Records
 * may name records earlier in the batch. Throws only what stops the whole batch (the database
 * busy or failing), in which case nothing of the batch is saved.
 */
export function importRecords(
  db: Db,
  records: readonly ImportRecord[],
  options: ImportOptions,
): ImportResult {
  const dryRun = options.dryRun ?? false;
  const result = emptyImportResult(dryRun);
  const assumed = Object.fromEntries(
    Object.entries(options.assume ?? {}).map(([kind, keys]) => [kind, new Set(keys)]),
  ) as Partial<Record<KeyKind, Set<string>>>;
  const reject = (
    section: InterchangeSection,
    index: number,
    problems: readonly { path: readonly PropertyKey[]; message: string }[],
  ) => {
    countOutcome(result, section, 'rejected');
    result.rejected.push({
      record: jsonPath(section, index),
      problems: problems.map((p) => ({
        path: jsonPath(section, index, p.path),
        message: p.message,
      })),
    });
  };
  const restore = cacheStatements(db);
  try {
    writeTransaction(db, (tx) => {
      // A dry run may name records it assumes, which have no rows: their foreign keys are
      // checked only at COMMIT, which a dry run never reaches.
      if (dryRun) tx.run(sql`pragma defer_foreign_keys = on`);
      for (const { section, index, record } of records) {
        const parsed = interchangeRecordSchemas[section].safeParse(record);
        if (!parsed.success) {
          reject(section, index, parsed.error.issues);
          continue;
        }
        try {
          const outcome = savepoint(tx, (inner) =>
            importOne(new Importer(inner, options.actor, assumed), section, parsed.data),
          );
          countOutcome(result, section, outcome);
        } catch (error) {
          const problem = problemOf(error);
          if (!problem) throw error;
          reject(section, index, [problem]);
        }
      }
      if (dryRun) throw new DryRunDone();
    });
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  } finally {
    restore();
  }
  return result;
}

/**
 * Reuses compiled statements for the length of one batch. Drizzle asks SQLite to compile every
 * query afresh, and a batch runs the same few dozen queries thousands of times: compiling was a
 * quarter of an import's time. The batch is one synchronous call, so nothing else uses the
 * connection meanwhile, and the connection's own `prepare` is back when it ends.
 */
function cacheStatements(db: Db): () => void {
  const sqlite = (db as { $client?: Database.Database }).$client;
  if (!sqlite) return () => {};
  const own = Object.hasOwn(sqlite, 'prepare');
  const compile = sqlite.prepare;
  const compiled = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = compiled.get(source);
    if (!statement) {
      statement = compile.call(sqlite, source);
      compiled.set(source, statement);
    } else if (statement.reader) {
      // Drizzle switches a statement to arrays (raw) for some reads and not for others.
      statement.raw(false);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return () => {
    if (own) sqlite.prepare = compile;
    else delete (sqlite as { prepare?: unknown }).prepare;
  };
}
