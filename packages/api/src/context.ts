import type { DossierDatabase } from '@dossier/db';
import type { Role, SessionUser } from '@dossier/domain';
import { type AttemptLimiter, createAttemptLimiter } from './auth/attempts';
import { type LiveBus, liveBusFor } from './live/bus';

/** Who is asking, proved by a session cookie or a bearer token. */
export interface Caller extends SessionUser {
  /** The person's row, for a session; null for tokens. */
  userId: number | null;
  /** The name written to the audit log for their changes. */
  actor: string;
}

/** What only an HTTP request has: where it came from and a cookie to set. */
export interface HttpSide {
  /** The client's address, for counting failed sign-ins. */
  address: string;
  /** The session id the request's cookie carried, if any. */
  sessionId: string | null;
  setSession(id: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface InnerContext {
  database: DossierDatabase;
  caller: Caller | null;
  /** Why a credential the request carried was refused (a revoked token), to say so. */
  credentialProblem: string | null;
  /** Anyone may read without signing in (a published tracker). */
  publicReads: boolean;
  /** The audit log's name for the caller; null when no one is signed in. */
  actor: string | null;
  attempts: AttemptLimiter;
  http: HttpSide | null;
  /** The clock, injectable so tests can put "today" where they need it. */
  now: () => Date;
  /** The HTTP request's id, quoted in error messages so a report can be matched to the log. */
  requestId: string | null;
  /** Where saved changes and open edit forms are announced (one per server, see live/bus.ts). */
  live: LiveBus;
}

/**
 * The context without HTTP: tests and scripts build it around their own database. `actor`
 * names a caller with `role` (admin unless told, as a script on the server's machine is);
 * without one, reads are allowed unless `publicReads` is false.
 */
export function createInnerContext(opts: {
  database: DossierDatabase;
  actor?: string | null;
  role?: Role;
  caller?: Caller | null;
  credentialProblem?: string | null;
  publicReads?: boolean;
  attempts?: AttemptLimiter;
  http?: HttpSide | null;
  now?: () => Date;
  requestId?: string | null;
  live?: LiveBus;
}): InnerContext {
  const caller =
    opts.caller ??
    (opts.actor
      ? {
          name: opts.actor,
          role: opts.role ?? 'admin',
          via: 'session' as const,
          userId: null,
          actor: opts.actor,
        }
      : null);
  return {
    database: opts.database,
    caller,
    credentialProblem: opts.credentialProblem ?? null,
    publicReads: opts.publicReads ?? true,
    actor: caller?.actor ?? null,
    attempts: opts.attempts ?? createAttemptLimiter(),
    http: opts.http ?? null,
    now: opts.now ?? (() => new Date()),
    requestId: opts.requestId ?? null,
    live: opts.live ?? liveBusFor(opts.database),
  };
}
