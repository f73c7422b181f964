// Signing in over real HTTP: one-time links, passwords, sessions, API tokens and the server's
// token against `startServer` on a SQLite file, with the requests a browser, a script and an
// attacker would send. Who a request is comes from its cookie or token, never from a header it
// merely claims.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, type StartOptions, startServer } from './server';
import { bearer, input, type RawAnswer, send, testToken } from './test/http';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sign-in-'));
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
  rmSync(dir, { recursive: true, force: true });
});

let files = 0;
/** A server on a new database file (seeded with the demo), closed after the file's tests. */
async function serve(options: Partial<StartOptions> = {}): Promise<RunningServer> {
  const running = await startServer({
    db: join(dir, `dossier-${++files}.db`),
    port: 0,
    webDir: null,
    log: () => {},
    ...options,
  });
  servers.push(running);
  return running;
}

type Headers = Record<string, string>;

/** Requests to one server, sent byte for byte as written (no Origin unless given). */
function over(running: RunningServer) {
  const get = (path: string, headers: Headers = {}) => send(running.url, { path, headers });
  const post = (path: string, body: unknown, headers: Headers = {}) =>
    send(running.url, {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    get,
    post,
    query: (procedure: string, value: unknown, headers: Headers = {}) =>
      get(`/trpc/${procedure}?input=${input(value)}`, headers),
    mutate: (procedure: string, value: unknown, headers: Headers = {}) =>
      post(`/trpc/${procedure}`, value, headers),
    /** What a page of this server's dashboard sends: the session cookie and its own Origin. */
    page: (session: string): Headers => ({
      cookie: `dossier_session=${session}`,
      origin: running.url,
    }),
    /** How many rows of `table` match `where` (SQL), straight from the database. */
    count: (table: string, where: string, ...params: unknown[]) =>
      running.database.sqlite
        .prepare(`select count(*) from ${table} where ${where}`)
        .pluck()
        .get(...params) as number,
  };
}
type Api = ReturnType<typeof over>;

/** The result of a call that must succeed. */
function data<T = Record<string, unknown>>(answer: RawAnswer): T {
  expect(answer.status, answer.body).toBe(200);
  return JSON.parse(answer.body).result.data as T;
}

/** A refusal's status, tRPC code and message. */
function refusal(answer: RawAnswer) {
  const error = JSON.parse(answer.body).error as {
    message: string;
    data?: { code?: string };
  };
  return { status: answer.status, code: error.data?.code ?? null, message: error.message };
}

/** The session cookie an answer sets: its value and its attributes (lower-cased names). */
function sessionCookieOf(answer: RawAnswer) {
  const header = [answer.headers['set-cookie'] ?? []]
    .flat()
    .find((line) => line.startsWith('dossier_session='));
  if (header === undefined) return null;
  const [pair = '', ...rest] = header.split(';').map((part) => part.trim());
  const attributes = new Map(
    rest.map((part) => {
      const at = part.indexOf('=');
      return at < 0
        ? [part.toLowerCase(), '']
        : [part.slice(0, at).toLowerCase(), part.slice(at + 1)];
    }),
  );
  return { value: pair.slice('dossier_session='.length), attributes };
}

/** The session id a successful sign-in hands the browser. */
function sessionOf(answer: RawAnswer): string {
  expect(answer.status, answer.body).toBe(200);
  const cookie = sessionCookieOf(answer);
  expect(cookie?.value).toBeTruthy();
  return cookie?.value ?? '';
}

const linkToken = (link: string) => link.slice(link.indexOf('#') + 1);

/** Redeems a one-time link as the dashboard's sign-in page does. */
const redeem = (api: Api, running: RunningServer, link: string, headers: Headers = {}) =>
  api.mutate('auth.redeemLink', { token: linkToken(link) }, { origin: running.url, ...headers });

/** Signs in the first admin with the link printed at first start; its session id. */
async function firstAdmin(api: Api, running: RunningServer): Promise<string> {
  expect(running.firstSignIn).not.toBeNull();
  return sessionOf(await redeem(api, running, running.firstSignIn?.url ?? ''));
}

/** Adds a person as `by` (request headers of an admin) and signs them in; their session id. */
async function addPerson(
  api: Api,
  running: RunningServer,
  by: Headers,
  name: string,
  role: 'viewer' | 'editor' | 'admin',
) {
  const added = data<{ link: { path: string } }>(await api.mutate('users.add', { name, role }, by));
  return sessionOf(await redeem(api, running, added.link.path));
}

/** Creates an API token as `by`; its secret and id. */
async function createToken(
  api: Api,
  by: Headers,
  label: string,
  role: 'viewer' | 'editor' | 'admin',
) {
  return data<{ token: string; id: number; role: string; createdBy: string }>(
    await api.mutate('tokens.create', { label, role }, by),
  );
}

let slugs = 0;
const newMeasure = () => ({
  slug: `sign-in-test-${++slugs}`,
  title: `Sign-in test ${slugs}`,
  kind: 'regulation',
  jurisdiction: 'EU',
  stage: 'proposal',
});
const source = (title: string, publisher = 'Sign-in test') => ({ title, publisher, kind: 'news' });

const password = 'correct horse battery staple';
const signInAsk = 'Sign in first: open the dashboard and sign in, or send "Authorization: Bearer';

describe('the first sign-in link', () => {
  let running: RunningServer;
  let api: Api;
  let admin: string;
  beforeAll(async () => {
    running = await serve();
    api = over(running);
  });

  it('is printed for the admin "admin" on the server\'s own address', () => {
    expect(running.firstSignIn?.url).toMatch(
      new RegExp(`^${running.url.replaceAll('.', '\\.')}/sign-in/link#dsl_\\S{20,}$`),
    );
    expect(Date.parse(running.firstSignIn?.expiresAt ?? '')).toBeGreaterThan(Date.now());
  });

  it('sets a session cookie that is HttpOnly, SameSite=Strict, Path=/ and not Secure over http', async () => {
    const answer = await redeem(api, running, running.firstSignIn?.url ?? '');
    expect(data(answer)).toEqual({
      user: { name: 'admin', role: 'admin', via: 'session' },
      hasPassword: false,
    });
    const cookie = sessionCookieOf(answer);
    expect(cookie?.value).toMatch(/^\S{20,}$/);
    expect(cookie?.attributes.has('httponly')).toBe(true);
    expect(cookie?.attributes.get('samesite')).toBe('Strict');
    expect(cookie?.attributes.get('path')).toBe('/');
    expect(cookie?.attributes.has('secure')).toBe(false);
    // A browser keeps it for weeks, not for ever.
    const expires = Date.parse(cookie?.attributes.get('expires') ?? '');
    expect(expires).toBeGreaterThan(Date.now() + 7 * 86_400_000);
    expect(expires).toBeLessThan(Date.now() + 366 * 86_400_000);
    admin = cookie?.value ?? '';
  });

  it('is refused the second time with 401 and a message', async () => {
    const again = await redeem(api, running, running.firstSignIn?.url ?? '');
    expect(refusal(again)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(refusal(again).message).toMatch(/used already or has expired.*new one/);
    expect(sessionCookieOf(again)).toBeNull();
  });

  it('gives a cookie that reads the record and that auth.me knows as the admin', async () => {
    expect((await api.query('measures.list', {})).status).toBe(401);
    const list = data<{ items: unknown[] }>(
      await api.query('measures.list', {}, { cookie: `dossier_session=${admin}` }),
    );
    expect(list.items.length).toBeGreaterThan(0);
    expect(data(await api.query('auth.me', {}, { cookie: `dossier_session=${admin}` }))).toEqual({
      user: { name: 'admin', role: 'admin', via: 'session' },
      publicReads: false,
    });
    expect(data(await api.query('auth.me', {}))).toEqual({ user: null, publicReads: false });
  });

  it('is not made again when the server starts on a database with people in it', async () => {
    const again = await serve({ db: running.database.path });
    expect(again.firstSignIn).toBeNull();
  });

  it('sets a Secure cookie when the server is reached over https', async () => {
    // The address as an operator may type it: a scheme in capitals is https all the same.
    for (const publicUrl of ['https://dossier.example.org', 'HTTPS://Dossier.Example.org/']) {
      const behindProxy = await serve({ publicUrl });
      expect(behindProxy.firstSignIn?.url, publicUrl).toMatch(
        /^https:\/\/dossier\.example\.org\/sign-in\/link#dsl_/i,
      );
      const answer = await redeem(
        over(behindProxy),
        behindProxy,
        behindProxy.firstSignIn?.url ?? '',
        { host: 'dossier.example.org', origin: 'https://dossier.example.org' },
      );
      expect(answer.status, answer.body).toBe(200);
      const cookie = sessionCookieOf(answer);
      expect(cookie?.attributes.has('secure'), publicUrl).toBe(true);
      expect(cookie?.attributes.has('httponly')).toBe(true);
      expect(cookie?.attributes.get('samesite')).toBe('Strict');
    }
  });
});

describe('signing in with a password, and out', () => {
  let running: RunningServer;
  let api: Api;
  let fromLink: string;
  const lines: string[] = [];
  /** Every session id handed out here, to look for in the log. */
  const secrets: string[] = [];
  beforeAll(async () => {
    running = await serve({ log: (line) => lines.push(line) });
    api = over(running);
    fromLink = await firstAdmin(api, running);
    secrets.push(fromLink, linkToken(running.firstSignIn?.url ?? ''));
    data(await api.mutate('auth.setPassword', { password }, api.page(fromLink)));
  });

  it('refuses a wrong password with 401 and sets no cookie', async () => {
    const wrong = await api.mutate(
      'auth.signIn',
      { name: 'admin', password: 'not the password at all' },
      { origin: running.url },
    );
    expect(refusal(wrong)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(refusal(wrong).message).toMatch(/do not match/);
    expect(sessionCookieOf(wrong)).toBeNull();
  });

  it('gives a new session id at sign-in; the one the browser came with stops working', async () => {
    const answer = await api.mutate('auth.signIn', { name: 'Admin', password }, api.page(fromLink));
    expect(data(answer)).toEqual({ user: { name: 'admin', role: 'admin', via: 'session' } });
    const rotated = sessionOf(answer);
    secrets.push(rotated);
    expect(rotated).not.toBe(fromLink);
    expect((await api.query('measures.list', {}, api.page(rotated))).status).toBe(200);
    const old = await api.query('measures.list', {}, api.page(fromLink));
    expect(refusal(old)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(data(await api.query('auth.me', {}, api.page(fromLink)))).toMatchObject({ user: null });
  });

  it('signs out: the cookie is cleared and the session ended, so a replayed cookie gets 401', async () => {
    const session = sessionOf(
      await api.mutate('auth.signIn', { name: 'admin', password }, { origin: running.url }),
    );
    expect((await api.query('measures.list', {}, api.page(session))).status).toBe(200);

    const out = await api.mutate('auth.signOut', {}, api.page(session));
    expect(data(out)).toEqual({ ok: true });
    const cleared = sessionCookieOf(out);
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes.get('max-age')).toBe('0');

    // A copy of the cookie kept from before is worth nothing now.
    const read = await api.query('measures.list', {}, api.page(session));
    expect(refusal(read)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(refusal(read).message).toContain(signInAsk);
    const write = await api.mutate('sources.create', source('After sign-out'), api.page(session));
    expect(write.status).toBe(401);
    expect(api.count('sources', 'title = ?', 'After sign-out')).toBe(0);
    expect((await api.get('/export/measures.csv', api.page(session))).status).toBe(401);
    secrets.push(session);
  });

  it('logs who signed in and why a sign-in was refused, never a password or a session id', () => {
    expect(lines.some((l) => l.includes('"path":"/trpc/auth.signIn"'))).toBe(true);
    expect(lines.some((l) => l.includes('"actor":"admin"'))).toBe(true);
    expect(lines.some((l) => l.includes('do not match'))).toBe(true);
    const log = lines.join('\n');
    for (const secret of [password, 'not the password at all', ...secrets]) {
      expect(secret.length).toBeGreaterThan(10);
      expect(log).not.toContain(secret);
    }
  });
});

describe('API tokens', () => {
  let running: RunningServer;
  let api: Api;
  let admin: Headers;
  let viewer: { token: string; id: number };
  beforeAll(async () => {
    running = await serve();
    api = over(running);
    admin = api.page(await firstAdmin(api, running));
    viewer = await createToken(api, admin, 'weekly report', 'viewer');
  });

  it('are made by an admin, shown once, and named after their maker', async () => {
    expect(viewer.token).toMatch(/^dst_\S{20,}$/);
    const listed = data<{ id: number; createdBy: string; lastUsedAt: string | null }[]>(
      await api.query('tokens.list', {}, admin),
    );
    const row = listed.find((t) => t.id === viewer.id);
    expect(row).toMatchObject({ createdBy: 'admin', lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(viewer.token);
  });

  it('a viewer token reads, and auth.me says what it is', async () => {
    const list = data<{ items: unknown[] }>(
      await api.query('measures.list', {}, bearer(viewer.token)),
    );
    expect(list.items.length).toBeGreaterThan(0);
    expect(data(await api.query('auth.me', {}, bearer(viewer.token)))).toMatchObject({
      user: { name: 'admin', role: 'viewer', via: 'token' },
    });
  });

  it('a viewer token is refused every change with 403 FORBIDDEN and a message', async () => {
    const changesBefore = api.count('changes', '1');
    const measure = data<{ measure: { id: string; version: number } }>(
      await api.query('measures.get', { ref: 'fr-de-encrypted-messaging-access-2016' }, admin),
    ).measure;
    for (const [procedure, body, needed] of [
      ['measures.create', newMeasure(), 'editor'],
      ['measures.update', { id: measure.id, version: measure.version, title: 'Viewer' }, 'editor'],
      ['sources.create', source('From a viewer'), 'editor'],
      ['users.add', { name: 'mallory', role: 'admin' }, 'admin'],
      ['users.setRole', { name: 'admin', role: 'viewer' }, 'admin'],
      ['tokens.create', { label: 'escalate', role: 'admin' }, 'admin'],
      ['tokens.revoke', { id: viewer.id }, 'admin'],
    ] as const) {
      const answer = await api.mutate(procedure, body, bearer(viewer.token));
      expect(refusal(answer), procedure).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect(refusal(answer).message, procedure).toMatch(
        new RegExp(`needs the ${needed} role; the token you sent has the viewer role`),
      );
    }
    for (const procedure of ['users.list', 'tokens.list'])
      expect((await api.query(procedure, {}, bearer(viewer.token))).status, procedure).toBe(403);
    expect(api.count('changes', '1')).toBe(changesBefore);
    expect(api.count('users', "name = 'mallory'")).toBe(0);
    expect(api.count('api_tokens', '1')).toBe(1);
  });

  it('shows when a token was last used in tokens.list', async () => {
    const listed = data<{ id: number; lastUsedAt: string | null; revokedAt: string | null }[]>(
      await api.query('tokens.list', {}, admin),
    );
    const row = listed.find((t) => t.id === viewer.id);
    expect(row?.revokedAt).toBeNull();
    expect(Date.parse(row?.lastUsedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('stops working once revoked: 401 that says so', async () => {
    const revoked = data<{ revokedAt: string | null }>(
      await api.mutate('tokens.revoke', { id: viewer.id }, admin),
    );
    expect(revoked.revokedAt).not.toBeNull();
    const read = await api.query('measures.list', {}, bearer(viewer.token));
    expect(refusal(read)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(refusal(read).message).toMatch(/revoked or mistyped/);
    expect((await api.get('/export/measures.csv', bearer(viewer.token))).status).toBe(401);
  });
});

describe('without a credential', () => {
  it('a read is refused 401 with a message that says how to sign in', async () => {
    const running = await serve();
    const api = over(running);
    for (const answer of [
      await api.query('measures.list', {}),
      await api.query('measures.get', { ref: 'fr-de-encrypted-messaging-access-2016' }),
      await api.query('search.query', { q: 'encryption' }),
    ]) {
      expect(refusal(answer)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
      expect(refusal(answer).message).toContain(signInAsk);
    }
    expect((await api.mutate('sources.create', source('Anonymous'))).status).toBe(401);
    expect(api.count('sources', "title = 'Anonymous'")).toBe(0);
  });

  it('with publicReads a read works but a write is 401', async () => {
    const running = await serve({ publicReads: true });
    const api = over(running);
    const list = data<{ items: unknown[] }>(await api.query('measures.list', {}));
    expect(list.items.length).toBeGreaterThan(0);
    expect(data(await api.query('auth.me', {}))).toEqual({ user: null, publicReads: true });
    expect((await api.get('/export/measures.csv')).status).toBe(200);
    for (const headers of [
      {},
      { origin: running.url },
      { 'x-dossier-actor': 'admin' },
    ] as Headers[]) {
      const write = await api.mutate('sources.create', source('Anonymous'), headers);
      expect(refusal(write)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
      expect(refusal(write).message).toMatch(/Sign in/);
    }
    expect(api.count('sources', "title = 'Anonymous'")).toBe(0);
    // Reading the people and the tokens is no public read.
    expect((await api.query('users.list', {})).status).toBe(401);
    expect((await api.query('tokens.list', {})).status).toBe(401);
  });
});

describe('the actor in the audit log', () => {
  let running: RunningServer;
  let api: Api;
  let editor: string;
  let editorToken: string;
  beforeAll(async () => {
    running = await serve();
    api = over(running);
    const admin = api.page(await firstAdmin(api, running));
    editor = await addPerson(api, running, admin, 'erin', 'editor');
    editorToken = (await createToken(api, admin, 'import script', 'editor')).token;
  });

  const actorsOf = async (id: string, headers: Headers) =>
    data<{ items: { actor: string }[] }>(
      await api.query('measures.history', { id }, headers),
    ).items.map((change) => change.actor);

  it('is the signed-in person, whatever x-dossier-actor claims', async () => {
    const headers = { ...api.page(editor), 'x-dossier-actor': 'Mallory' };
    const created = data<{ id: string }>(
      await api.mutate('measures.create', newMeasure(), headers),
    );
    const actors = await actorsOf(created.id, headers);
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set(['erin']));
  });

  it("is the token's maker and label, whatever x-dossier-actor claims", async () => {
    const headers = { ...bearer(editorToken), 'x-dossier-actor': 'Mallory' };
    const created = data<{ id: string }>(
      await api.mutate('measures.create', newMeasure(), headers),
    );
    expect(new Set(await actorsOf(created.id, headers))).toEqual(
      new Set(['admin (token "import script")']),
    );
    expect(api.count('changes', "actor like '%Mallory%'")).toBe(0);
  });
});

describe('requests from another site', () => {
  let running: RunningServer;
  let api: Api;
  let victim: string;
  beforeAll(async () => {
    running = await serve();
    api = over(running);
    const admin = api.page(await firstAdmin(api, running));
    victim = await addPerson(api, running, admin, 'victor', 'editor');
  });

  it("refuses a cross-site form post carrying the victim's cookie, and writes nothing", async () => {
    const cookie = `dossier_session=${victim}`;
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', 'title=Forged&publisher=Evil&kind=news'],
      ['text/plain', JSON.stringify(source('Forged', 'Evil'))],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="title"\r\n\r\nForged\r\n--x--',
      ],
      ['application/json', JSON.stringify(source('Forged', 'Evil'))],
    ] as const) {
      const answer = await api.post('/trpc/sources.create', body, {
        'content-type': type,
        origin: 'https://evil.example',
        cookie,
      });
      expect([403, 415], type).toContain(answer.status);
      expect(refusal(answer).message, type).toMatch(/another site|as JSON/);
    }
    // Signing the victim in as someone else (login CSRF) is refused the same way.
    const login = await api.post('/trpc/auth.signIn', 'name=admin&password=x', {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://evil.example',
    });
    expect([403, 415]).toContain(login.status);
    expect(sessionCookieOf(login)).toBeNull();
    expect(api.count('sources', "publisher = 'Evil' or title = 'Forged'")).toBe(0);
  });

  it('refuses a cookie write without Origin (403) and takes it with the right Origin', async () => {
    const cookie = `dossier_session=${victim}`;
    const body = source('From the page', 'Own page');
    for (const headers of [{ cookie }, { cookie, 'sec-fetch-site': 'cross-site' }] as Headers[]) {
      const answer = await api.mutate('sources.create', body, headers);
      expect(refusal(answer)).toMatchObject({ status: 403 });
      expect(refusal(answer).message).toMatch(/must come from its own pages/);
    }
    expect(api.count('sources', "publisher = 'Own page'")).toBe(0);

    expect((await api.mutate('sources.create', body, { cookie, origin: running.url })).status).toBe(
      200,
    );
    expect(api.count('sources', "publisher = 'Own page'")).toBe(1);
    // A browser that sends Sec-Fetch-Site instead of Origin is one of our pages too.
    const fetchMetadata = await api.mutate('sources.create', source('Fetch metadata', 'Own page'), {
      cookie,
      'sec-fetch-site': 'same-origin',
    });
    expect(fetchMetadata.status).toBe(200);
    expect(api.count('sources', "publisher = 'Own page'")).toBe(2);
  });
});

describe('the limit on failed sign-ins', () => {
  it('answers the 6th try for one name 429 after 5 wrong passwords, even when it is right', async () => {
    const running = await serve();
    const api = over(running);
    const admin = await firstAdmin(api, running);
    data(await api.mutate('auth.setPassword', { password }, api.page(admin)));
    const signIn = (name: string, pass: string) =>
      api.mutate('auth.signIn', { name, password: pass }, { origin: running.url });

    for (let i = 1; i <= 5; i++)
      expect((await signIn('admin', `wrong password ${i}`)).status, `try ${i}`).toBe(401);
    const sixth = await signIn('admin', password);
    expect(refusal(sixth)).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(refusal(sixth).message).toMatch(/Too many failed sign-ins\. Try again in \d+ minutes?/);
    expect(sessionCookieOf(sixth)).toBeNull();

    // The server goes on answering, the block is for that name, and sessions keep working.
    expect((await api.get('/healthz')).status).toBe(200);
    expect((await signIn('someone-else', 'wrong password')).status).toBe(401);
    expect((await api.query('measures.list', {}, api.page(admin))).status).toBe(200);
  });
});

describe('what an editor may not do', () => {
  let running: RunningServer;
  let api: Api;
  let editors: [string, Headers][];
  beforeAll(async () => {
    running = await serve({ token: testToken });
    api = over(running);
    const session = await addPerson(api, running, bearer(), 'erin', 'editor');
    const token = await createToken(api, bearer(), 'editor script', 'editor');
    editors = [
      ['editor session', api.page(session)],
      ['editor token', bearer(token.token)],
    ];
  });

  it('is refused users.* and tokens.* with 403', async () => {
    const tokenId = data<{ id: number }[]>(await api.query('tokens.list', {}, bearer()))[0]?.id;
    for (const [who, headers] of editors) {
      for (const procedure of ['users.list', 'tokens.list']) {
        const answer = await api.query(procedure, {}, headers);
        expect(refusal(answer), `${who} ${procedure}`).toMatchObject({
          status: 403,
          code: 'FORBIDDEN',
        });
      }
      for (const [procedure, body] of [
        ['users.add', { name: 'mallory', role: 'admin' }],
        ['users.setRole', { name: 'erin', role: 'admin' }],
        ['users.remove', { name: 'admin' }],
        ['users.link', { name: 'admin' }],
        ['tokens.create', { label: 'escalate', role: 'admin' }],
        ['tokens.revoke', { id: tokenId }],
      ] as const) {
        const answer = await api.mutate(procedure, body, headers);
        expect(refusal(answer), `${who} ${procedure}`).toMatchObject({
          status: 403,
          code: 'FORBIDDEN',
        });
        expect(refusal(answer).message).toMatch(/needs the admin role/);
      }
      // The refusal is about the role: the same credential still changes the record.
      expect((await api.mutate('measures.create', newMeasure(), headers)).status, who).toBe(200);
    }
    const people = data<{ name: string; role: string }[]>(
      await api.query('users.list', {}, bearer()),
    );
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['admin', 'admin'],
      ['erin', 'editor'],
    ]);
    const tokens = data<{ revokedAt: string | null }[]>(
      await api.query('tokens.list', {}, bearer()),
    );
    expect(tokens.map((t) => t.revokedAt)).toEqual([null]);
  });

  it('CSV export needs a credential: 401 without, 200 with a viewer token', async () => {
    const anonymous = await api.get('/export/measures.csv');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatch(/Sign in to download/);
    expect((await api.get('/export/measures.csv', bearer('dst_not-a-real-token'))).status).toBe(
      401,
    );

    const viewer = await createToken(api, bearer(), 'spreadsheet', 'viewer');
    const csv = await api.get('/export/measures.csv', bearer(viewer.token));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\n')[0]).toMatch(/^slug,/);
    expect(csv.body).toContain('fr-de-encrypted-messaging-access-2016');
  });
});
