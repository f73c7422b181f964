import type { DossierDatabase } from '@dossier/db';

export interface InnerContext {
  database: DossierDatabase;
  /** Who is asking, as written to the audit log; null when the caller may only read. */
  actor: string | null;
  /** The clock, injectable so tests can put "today" where they need it. */
  now: () => Date;
}

/** The context without any HTTP: tests and scripts build it around their own database. */
export function createInnerContext(opts: {
  database: DossierDatabase;
  actor?: string | null;
  now?: () => Date;
}): InnerContext {
  return {
    database: opts.database,
    actor: opts.actor ?? null,
    now: opts.now ?? (() => new Date()),
  };
}

export interface HttpAuthOptions {
  /** When set, writes need `Authorization: Bearer <token>`; when null, anyone may write. */
  token: string | null;
}

/**
 * Decides from the request headers who may write. The actor's name comes from the optional
 * `x-dossier-actor` header, so a team sees who changed what.
 */
export function actorFromHeaders(
  headers: {
    authorization?: string | undefined;
    'x-dossier-actor'?: string | string[] | undefined;
  },
  auth: HttpAuthOptions,
): string | null {
  if (auth.token !== null && headers.authorization !== `Bearer ${auth.token}`) return null;
  const named = headers['x-dossier-actor'];
  const name = (Array.isArray(named) ? named[0] : named)?.trim().slice(0, 100);
  return name || 'api';
}
