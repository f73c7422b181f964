/** Failures a person can act on. The API turns each kind into the matching tRPC error code. */
export type DossierErrorKind = 'NOT_FOUND' | 'CONFLICT' | 'BAD_REQUEST' | 'UNAVAILABLE';

export class DossierError extends Error {
  constructor(
    readonly kind: DossierErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

export const notFound = (what: string, ref: string) =>
  new DossierError('NOT_FOUND', `No ${what} matches "${ref}".`);

/** Another connection holds the write lock; the write was rolled back whole. */
export const databaseBusy = () =>
  new DossierError(
    'UNAVAILABLE',
    'The database is busy: another program (a backup, a sqlite3 shell) is holding its write lock. Nothing was saved; try again in a few seconds.',
  );

/** SQLITE_BUSY, SQLITE_LOCKED and their extended codes (SQLITE_BUSY_SNAPSHOT, ...). */
export const isLockError = (error: unknown) =>
  /^SQLITE_(BUSY|LOCKED)(_|$)/.test((error as { code?: unknown } | null)?.code?.toString() ?? '');

export const staleVersion = (what: string, sent: number, current: number) =>
  new DossierError(
    'CONFLICT',
    `This ${what} was changed by someone else since you opened it (you sent version ${sent}, it is now at version ${current}). Reload it and apply your change again.`,
  );

/** Translates SQLite constraint failures into messages a person can act on. */
export function explainConstraint(error: unknown, what: string): unknown {
  const code = (error as { code?: string } | null)?.code;
  const message = (error as Error | null)?.message ?? '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    // "UNIQUE constraint failed: measures.slug" -> "slug"
    const columns =
      message.split(': ').at(-1)?.replaceAll(/\w+\./g, '').replaceAll('_', ' ') || 'key';
    return new DossierError('CONFLICT', `A ${what} with the same ${columns} already exists.`);
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new DossierError(
      'BAD_REQUEST',
      `This ${what} refers to a record that does not exist (check the ids of the measure, stakeholder, source or system you gave).`,
    );
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK') {
    return new DossierError(
      'BAD_REQUEST',
      `This ${what} breaks a rule of the data model: ${message}`,
    );
  }
  return error;
}
