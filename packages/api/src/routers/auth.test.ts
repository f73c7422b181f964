import { listApiTokens, openDatabase, sessionOwner } from '@dossier/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createAttemptLimiter } from '../auth/attempts';
import { createRequestContext } from '../auth/request-context';
import { createInnerContext } from '../context';
import { createCaller } from '../root';
import { expectError } from '../test/expect-error';

const database = openDatabase(':memory:');
afterAll(() => database.close());
let clock = new Date('2026-11-28T12:00:00Z');
const now = () => clock;
const attempts = createAttemptLimiter({ perAccount: 3, perAddress: 6, windowMs: 60_000 });
const admin = createCaller(createInnerContext({ database, actor: 'root', now }));

/** A browser: a cookie jar and an address, as the server gives each request. */
function browser(address = '192.0.2.1') {
  const jar: { id: string | null } = { id: null };
  const settings = {
    database,
    serverToken: null,
    publicReads: false,
    attempts,
    secureCookies: false,
    now,
  };
  return {
    jar,
    call: () =>
      createCaller(
        createRequestContext(settings, {
          headers: { cookie: jar.id ? `dossier_session=${jar.id}` : undefined },
          address,
          requestId: null,
          setCookie: (header) => {
            jar.id = /^dossier_session=([^;]*)/.exec(header)?.[1] || null;
          },
        }),
      ),
  };
}

const tokenOf = (path: string) => path.slice(path.indexOf('#') + 1);

describe('signing in', () => {
  it('works once with a one-time link, which then is refused', async () => {
    const { link } = await admin.users.add({ name: 'Ana', role: 'editor' });
    expect(link.path).toMatch(/^\/sign-in\/link#dsl_/);
    const b = browser();
    const first = await b.call().auth.redeemLink({ token: tokenOf(link.path) });
    expect(first).toEqual({
      user: { name: 'ana', role: 'editor', via: 'session' },
      hasPassword: false,
    });
    expect(b.jar.id).not.toBeNull();
    expect(sessionOwner(database.db, b.jar.id ?? '', clock)?.name).toBe('ana');
    const again = browser('192.0.2.2');
    const message = await expectError(
      again.call().auth.redeemLink({ token: tokenOf(link.path) }),
      'UNAUTHORIZED',
    );
    expect(message).toMatch(/used already or has expired/);
    expect(again.jar.id).toBeNull();
  });

  it('refuses an expired link', async () => {
    const { link } = await admin.users.add({ name: 'late', role: 'viewer' });
    clock = new Date(clock.getTime() + 25 * 3600_000);
    await expectError(
      browser('192.0.2.3')
        .call()
        .auth.redeemLink({ token: tokenOf(link.path) }),
      'UNAUTHORIZED',
    );
  });

  it('with a password gives a new session id each time and ends the one the browser had', async () => {
    const { link } = await admin.users.add({ name: 'ben', role: 'viewer' });
    const b = browser('192.0.2.4');
    await b.call().auth.redeemLink({ token: tokenOf(link.path) });
    await b.call().auth.setPassword({ password: 'correct horse battery' });
    const before = b.jar.id ?? '';
    const answer = await b.call().auth.signIn({ name: ' Ben ', password: 'correct horse battery' });
    expect(answer.user).toEqual({ name: 'ben', role: 'viewer', via: 'session' });
    expect(b.jar.id).not.toBe(before);
    expect(sessionOwner(database.db, before, clock)).toBeNull();
    expect((await b.call().auth.me()).user?.name).toBe('ben');
    expect((await admin.users.list()).find((u) => u.name === 'ben')).toMatchObject({
      hasPassword: true,
    });
  });

  it('says the same for an unknown name and a wrong password', async () => {
    const unknown = await expectError(
      browser('192.0.2.5').call().auth.signIn({ name: 'nobody', password: 'whatever-it-is' }),
      'UNAUTHORIZED',
    );
    const wrong = await expectError(
      browser('192.0.2.5').call().auth.signIn({ name: 'ben', password: 'wrong horse battery' }),
      'UNAUTHORIZED',
    );
    expect(unknown).toBe(wrong);
  });

  it('stops after a few failures for an account, even with the right password then', async () => {
    clock = new Date(clock.getTime() + 61_000);
    clock = new Date(clock.getTime() + 61_000);
    for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      await expectError(
        browser(address).call().auth.signIn({ name: 'ben', password: 'guess-guess-guess' }),
        'UNAUTHORIZED',
      );
    const message = await expectError(
      browser('198.51.100.4')
        .call()
        .auth.signIn({ name: 'ben', password: 'correct horse battery' }),
      'TOO_MANY_REQUESTS',
    );
    expect(message).toMatch(/Try again in 1 minute/);
    clock = new Date(clock.getTime() + 61_000);
    const back = await browser('198.51.100.4')
      .call()
      .auth.signIn({ name: 'ben', password: 'correct horse battery' });
    expect(back.user.name).toBe('ben');
  });

  it('stops an address that tries many names', async () => {
    const b = browser('203.0.113.9');
    for (let i = 0; i < 6; i++)
      await expectError(
        b.call().auth.signIn({ name: `user${i}`, password: 'guess-guess-guess' }),
        'UNAUTHORIZED',
      );
    await expectError(
      b.call().auth.signIn({ name: 'ben', password: 'correct horse battery' }),
      'TOO_MANY_REQUESTS',
    );
    await expectError(
      b.call().auth.redeemLink({ token: 'dsl_guessguessguessguessguess' }),
      'TOO_MANY_REQUESTS',
    );
  });

  it('ends at sign-out: the session is revoked on the server, not only forgotten', async () => {
    const b = browser('192.0.2.7');
    await b.call().auth.signIn({ name: 'ben', password: 'correct horse battery' });
    const id = b.jar.id ?? '';
    expect(sessionOwner(database.db, id, clock)).not.toBeNull();
    await b.call().auth.signOut();
    expect(b.jar.id).toBeNull();
    expect(sessionOwner(database.db, id, clock)).toBeNull();
    await expectError(b.call().measures.list({}), 'UNAUTHORIZED');
  });
});

describe('managing people', () => {
  it('refuses a second person of the same name and a too-short password', async () => {
    expect(await expectError(admin.users.add({ name: 'ana', role: 'viewer' }), 'CONFLICT')).toMatch(
      /already called "ana"/,
    );
    const b = browser('192.0.2.8');
    const { link } = await admin.users.add({ name: 'cleo', role: 'viewer' });
    await b.call().auth.redeemLink({ token: tokenOf(link.path) });
    expect(
      await expectError(b.call().auth.setPassword({ password: 'short' }), 'BAD_REQUEST'),
    ).toMatch(/at least 12 characters/);
  });

  it('never removes or demotes the last admin', async () => {
    await admin.users.add({ name: 'boss', role: 'admin' });
    await admin.users.add({ name: 'chief', role: 'admin' });
    expect((await admin.users.setRole({ name: 'boss', role: 'editor' })).role).toBe('editor');
    const admins = (await admin.users.list()).filter((u) => u.role === 'admin');
    expect(admins.map((u) => u.name)).toEqual(['chief']);
    const message = await expectError(
      admin.users.setRole({ name: 'chief', role: 'viewer' }),
      'CONFLICT',
    );
    expect(message).toMatch(/last admin/);
    await expectError(admin.users.remove({ name: 'chief' }), 'CONFLICT');
    expect((await admin.users.list()).find((u) => u.name === 'chief')?.role).toBe('admin');
  });

  it('keeps token labels to one line of visible text, as the audit log quotes them', async () => {
    for (const label of ['nightly\u202e evil', 'two\nlines', 'bell\u0007', '   '])
      await expectError(admin.tokens.create({ label, role: 'viewer' }), 'BAD_REQUEST');
    expect((await admin.tokens.create({ label: '  Import nocturne ', role: 'viewer' })).label).toBe(
      'Import nocturne',
    );
  });

  it('revokes the tokens of a person who is removed, and logs role changes', async () => {
    await admin.users.add({ name: 'dora', role: 'admin' });
    const dora = createCaller(createInnerContext({ database, actor: 'dora', now }));
    const made = await dora.tokens.create({ label: 'dora script', role: 'editor' });
    await admin.users.remove({ name: 'dora' });
    expect(listApiTokens(database.db).find((t) => t.id === made.id)?.revokedAt).not.toBeNull();
    const history = await admin.measures.history({});
    expect(
      history.items.some(
        (c) => c.entity === 'user' && c.entityId === 'dora' && c.action === 'delete',
      ),
    ).toBe(true);
  });
});
