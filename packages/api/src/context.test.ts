import { openDatabase, redeemSignInLink, startSession } from '@dossier/db';
import { afterAll, describe, expect, it } from 'vitest';
import { identify, readCookie } from './auth/identity';
import { createInnerContext } from './context';
import { createCaller } from './root';

const database = openDatabase(':memory:');
afterAll(() => database.close());
const db = database.db;
const now = new Date('2026-11-28T12:00:00Z');
const admin = createCaller(createInnerContext({ database, actor: 'root', now: () => now }));

describe('who a request is', () => {
  it('is read from the session cookie, and nothing a header claims changes it', async () => {
    const { link } = await admin.users.add({ name: 'zoe', role: 'editor' });
    const owner = redeemSignInLink(db, link.path.split('#')[1] ?? '', now);
    if (!owner) throw new Error('the link should work once');
    const session = startSession(db, owner.userId, null, now);
    const who = identify(
      db,
      { cookie: `theme=dark; dossier_session=${session.id}` },
      { serverToken: null, now },
    );
    expect(who.caller).toMatchObject({ name: 'zoe', role: 'editor', via: 'session', actor: 'zoe' });
    expect(who.byCookie).toBe(true);
    // An expired or unknown session is no one.
    expect(
      identify(db, { cookie: 'dossier_session=forged' }, { serverToken: null, now }).caller,
    ).toBeNull();
    const later = new Date(now.getTime() + 31 * 86_400_000);
    expect(
      identify(db, { cookie: `dossier_session=${session.id}` }, { serverToken: null, now: later })
        .caller,
    ).toBeNull();
  });

  it('is read from a bearer token, which beats the cookie, and a bad token is said to be bad', async () => {
    const made = await admin.tokens.create({ label: 'nightly import', role: 'viewer' });
    const who = identify(db, { authorization: `Bearer ${made.token}` }, { serverToken: null, now });
    expect(who.caller).toMatchObject({
      role: 'viewer',
      via: 'token',
      actor: 'root (token "nightly import")',
    });
    const server = identify(
      db,
      { authorization: 'Bearer operator-secret-1' },
      { serverToken: 'operator-secret-1', now },
    );
    expect(server.caller).toMatchObject({ role: 'admin', via: 'server-token' });
    const wrong = identify(
      db,
      { authorization: 'Bearer operator-secret-2' },
      { serverToken: 'operator-secret-1', now },
    );
    expect(wrong.caller).toBeNull();
    expect(wrong.credentialProblem).toMatch(/revoked or mistyped/);
    expect(
      identify(db, { authorization: 'Basic abc' }, { serverToken: null, now }).credentialProblem,
    ).toMatch(/Bearer <token>/);
    await admin.tokens.revoke({ id: made.id });
    expect(
      identify(db, { authorization: `Bearer ${made.token}` }, { serverToken: null, now }).caller,
    ).toBeNull();
  });

  it('finds one cookie among several', () => {
    expect(readCookie('a=1; dossier_session=xyz; b=2', 'dossier_session')).toBe('xyz');
    expect(readCookie('a=1', 'dossier_session')).toBeNull();
    expect(readCookie(undefined, 'dossier_session')).toBeNull();
  });
});
