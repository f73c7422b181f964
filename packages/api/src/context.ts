import { createHash, timingSafeEqual } from 'node:crypto';
import type { DossierDatabase } from '@dossier/db';

export interface InnerContext {
  database: DossierDatabase;
  /** Who is asking, as written to the audit log; null when the caller may only read. */
  actor: string | null;
  /** The clock, injectable so tests can put "today" where they need it. */
  now: () => Date;
  /** The HTTP request's id, quoted in error messages so a report can be matched to the log. */
  requestId: string | null;
}

/** The context without any HTTP: tests and scripts build it around their own database. */
export function createInnerContext(opts: {
  database: DossierDatabase;
  actor?: string | null;
  now?: () => Date;
  requestId?: string | null;
}): InnerContext {
  return {
    database: opts.database,
    actor: opts.actor ?? null,
    now: opts.now ?? (() => new Date()),
    requestId: opts.requestId ?? null,
  };
}

export interface HttpAuthOptions {
  /** When set, writes need `Authorization: Bearer <token>`; when null, anyone may write. */
  token: string | null;
}

/** Compares secrets in constant time: hashing first gives both sides the same length. */
function sameSecret(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

/**
 * Node hands header values over as Latin-1; a name typed in UTF-8 ("Zoë") is re-read as UTF-8,
 * then stripped of control and format characters and broken text, and bounded.
 */
export function cleanActorName(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const decoded = Buffer.from(raw, 'latin1').toString('utf8');
  const cleaned = decoded
    .replaceAll(/\s+/g, ' ')
    .replaceAll(/[\p{Cc}\p{Cf}\p{Cs}\uFFFD]/gu, '')
    .replaceAll(/ {2,}/g, ' ')
    .trim();
  return [...cleaned].slice(0, 100).join('') || null;
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
  if (auth.token !== null) {
    const sent = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
    if (sent === undefined || !sameSecret(sent, auth.token)) return null;
  }
  const named = headers['x-dossier-actor'];
  return cleanActorName(Array.isArray(named) ? named[0] : named) ?? 'api';
}
