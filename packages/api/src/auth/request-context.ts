import type { DossierDatabase } from '@dossier/db';
import { createInnerContext, type InnerContext } from '../context';
import type { LiveBus } from '../live/bus';
import type { AttemptLimiter } from './attempts';
import { identify, sessionCookie } from './identity';

export interface RequestSettings {
  database: DossierDatabase;
  /** The operator's DOSSIER_ADMIN_TOKEN (an admin credential), or null. */
  serverToken: string | null;
  publicReads: boolean;
  attempts: AttemptLimiter;
  /** The session cookie gets `Secure` (the server is reached over HTTPS). */
  secureCookies: boolean;
  now?: () => Date;
  /** The server's bus; without one, the database's (see liveBusFor). */
  live?: LiveBus;
}

/** The Set-Cookie value for a session id, or for clearing it (`id` null). */
export function sessionCookieHeader(id: string | null, expiresAt: Date | null, secure: boolean) {
  const parts = [
    `${sessionCookie}=${id ?? ''}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    id && expiresAt ? `Expires=${expiresAt.toUTCString()}` : 'Max-Age=0',
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * The API's context for one HTTP request: who it is (from its cookie or token, never from what
 * it claims), and how to hand the browser a session cookie. The server and the dashboard's
 * in-process tests build it the same way.
 */
export function createRequestContext(
  settings: RequestSettings,
  request: {
    headers: { authorization?: string | undefined; cookie?: string | undefined };
    address: string;
    requestId: string | null;
    setCookie: (header: string) => void;
  },
): InnerContext {
  const now = settings.now ?? (() => new Date());
  const who = identify(settings.database.db, request.headers, {
    serverToken: settings.serverToken,
    now: now(),
  });
  return createInnerContext({
    database: settings.database,
    caller: who.caller,
    credentialProblem: who.credentialProblem,
    publicReads: settings.publicReads,
    attempts: settings.attempts,
    now,
    requestId: request.requestId,
    ...(settings.live ? { live: settings.live } : {}),
    http: {
      address: request.address,
      sessionId: who.sessionId,
      setSession: (id, expiresAt) =>
        request.setCookie(sessionCookieHeader(id, expiresAt, settings.secureCookies)),
      clearSession: () =>
        request.setCookie(sessionCookieHeader(null, null, settings.secureCookies)),
    },
  });
}
