// Who a request is, from its credentials: a bearer token (scripts, the CLI) or the dashboard's
// session cookie. Nothing the request merely claims (a name in a header) is believed.
import { createHash, timingSafeEqual } from 'node:crypto';
import { checkApiToken, type Db, sessionOwner } from '@dossier/db';
import type { Caller } from '../context';

export const sessionCookie = 'dossier_session';

/** Compares secrets in constant time: hashing first gives both sides the same length. */
function sameSecret(sent: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || null;
  }
  return null;
}

export interface Identity {
  caller: Caller | null;
  credentialProblem: string | null;
  sessionId: string | null;
  /** True when the caller is known by a cookie, which a browser may send on its own. */
  byCookie: boolean;
}

/**
 * `serverToken` is the operator's DOSSIER_ADMIN_TOKEN: an admin credential kept outside the database,
 * for scripts on the server's machine and for getting back in when every admin is locked out.
 */
export function identify(
  db: Db,
  headers: { authorization?: string | undefined; cookie?: string | undefined },
  options: { serverToken: string | null; now: Date },
): Identity {
  const sessionId = readCookie(headers.cookie, sessionCookie);
  if (headers.authorization !== undefined) {
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization)?.[1];
    if (sent && options.serverToken && sameSecret(sent, options.serverToken))
      return {
        caller: {
          name: 'server token',
          role: 'admin',
          via: 'server-token',
          userId: null,
          actor: 'server token',
        },
        credentialProblem: null,
        sessionId,
        byCookie: false,
      };
    const token = sent ? checkApiToken(db, sent, options.now) : null;
    if (token)
      return {
        caller: {
          name: token.createdBy,
          role: token.role,
          via: 'token',
          userId: null,
          actor: `${token.createdBy} (token "${token.label}")`,
        },
        credentialProblem: null,
        sessionId,
        byCookie: false,
      };
    return {
      caller: null,
      credentialProblem: sent
        ? 'The token sent in "Authorization: Bearer" is not valid: it was revoked or mistyped. An admin can create a new one (pnpm dossier token create).'
        : 'The Authorization header must read "Bearer <token>".',
      sessionId,
      byCookie: false,
    };
  }
  const owner = sessionId ? sessionOwner(db, sessionId, options.now) : null;
  return {
    caller: owner
      ? {
          name: owner.name,
          role: owner.role,
          via: 'session',
          userId: owner.userId,
          actor: owner.name,
        }
      : null,
    credentialProblem: null,
    sessionId,
    byCookie: owner !== null,
  };
}
