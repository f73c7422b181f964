// Why a database file cannot be served, said so that the person starting Dossier knows which
// file is meant and what to do about it.
import { countOf, pluralOf } from '@dossier/domain';

export type DatabaseOpenErrorKind =
  | 'missing'
  | 'not-a-database'
  | 'newer-schema'
  | 'unwritable'
  | 'corrupt';

export class DatabaseOpenError extends Error {
  constructor(
    readonly kind: DatabaseOpenErrorKind,
    /** The absolute path of the file. */
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseOpenError';
  }
}

const pointElsewhere = 'check --db/DOSSIER_DB';

export const missingFile = (file: string) =>
  new DatabaseOpenError(
    'missing',
    file,
    `The database file ${file} does not exist; ${pointElsewhere}, or start without --no-create to create a new database there.`,
  );

export const aFolder = (file: string) =>
  new DatabaseOpenError(
    'not-a-database',
    file,
    `${file} is a folder, not a Dossier database file; ${pointElsewhere} and give the path of the file itself (such as ${file}/dossier.db).`,
  );

export const notSqlite = (file: string, cause?: unknown) =>
  new DatabaseOpenError(
    'not-a-database',
    file,
    `${file} is not a Dossier database: it is not an SQLite file at all (SQLite says "file is not a database"); ${pointElsewhere}, or move this file away to create a new database there.`,
    { cause },
  );

export const foreignDatabase = (file: string, tables: readonly string[]) =>
  new DatabaseOpenError(
    'not-a-database',
    file,
    `${file} is not a Dossier database: it is an SQLite database of another program (it holds ${describeTables(tables)} and no Dossier migration record, __drizzle_migrations). Nothing was changed; ${pointElsewhere}, or choose a new file name to create a new database.`,
  );

const describeTables = (tables: readonly string[]) =>
  tables.length <= 3
    ? `the ${pluralOf(tables.length, 'en', 'table', 'tables')} ${tables.join(', ')}`
    : `${tables.length} tables such as ${tables.slice(0, 3).join(', ')}`;

export const newerSchema = (file: string, unknown: readonly number[]) => {
  const latest = Math.max(...unknown);
  const made = Number.isFinite(latest)
    ? `, the latest made ${new Date(latest).toISOString().slice(0, 10)}`
    : '';
  return new DatabaseOpenError(
    'newer-schema',
    file,
    `${file} was written by a newer version of Dossier: it records ${countOf(unknown.length, 'en', 'schema migration', 'schema migrations')} this version does not know${made}. Nothing was changed; upgrade Dossier to the version that wrote it, or restore a backup made with this version.`,
  );
};

export const unwritable = (file: string, detail: string, cause?: unknown) =>
  new DatabaseOpenError(
    'unwritable',
    file,
    `The database ${file} cannot be written: ${detail}. Give the user running Dossier write access to the file and to its folder (SQLite keeps its -wal and -shm files beside the database), or ${pointElsewhere} and point it at a writable place.`,
    { cause },
  );

export const corrupt = (file: string, firstProblem: string, cause?: unknown) =>
  new DatabaseOpenError(
    'corrupt',
    file,
    `The database ${file} is damaged: ${firstProblem}; restore it from a backup (stop Dossier, put the backup in its place, start again).`,
    { cause },
  );
