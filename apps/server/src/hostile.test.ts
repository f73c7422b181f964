// A hostile corpus over real HTTP: each request is answered 4xx with a clear message and no
// internals, the server stays up, and nothing in the database changes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from './limits';
import { type RunningServer, startServer } from './server';
import { bearer, input, type RawAnswer, send, sendRaw, testToken } from './test/http';

let dir: string;
let running: RunningServer;
let measureId: string;
let sourceId: string;
const logLines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-hostile-'));
  running = await startServer({
    db: join(dir, 'dossier.db'),
    port: 0,
    webDir: null,
    token: testToken,
    log: (line) => logLines.push(line),
  });
  const brief = await fetch(
    `${running.url}/trpc/measures.get?input=${input({ ref: 'fr-de-encrypted-messaging-access-2016' })}`,
    { headers: bearer() },
  );
  const data = (await brief.json()) as {
    result: { data: { measure: { id: string; sourceId: string } } };
  };
  measureId = data.result.data.measure.id;
  sourceId = data.result.data.measure.sourceId;
});
afterAll(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, to compare before and after. */
function dump(): string {
  const sqlite = running.database.sqlite;
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
    )
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((t) => [
      t,
      sqlite
        .prepare(`select * from "${t}"`)
        .raw()
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

interface Case {
  name: string;
  send: () => Promise<RawAnswer>;
  /** Acceptable statuses; 4xx unless a bounded success is what the request deserves. */
  status: number[];
}

// Requests carry the server's token unless a case says otherwise, so each reaches the check it
// is aimed at rather than the sign-in one.
const get = (path: string, headers?: Record<string, string>) => () =>
  send(running.url, { path, headers: { ...bearer(), ...headers } });
const post =
  (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  () =>
    send(running.url, {
      method: 'POST',
      path,
      body,
      headers: { 'content-type': 'application/json', ...bearer(), ...headers },
    });
/** The same without any credential but what `headers` holds. */
const anonymousGet =
  (path: string, headers: Record<string, string> = {}) =>
  () =>
    send(running.url, { path, headers });
const anonymousPost =
  (path: string, body: string, headers: Record<string, string> = {}) =>
  () =>
    send(running.url, {
      method: 'POST',
      path,
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });
const raw = (bytes: string | Buffer) => () => sendRaw(running.url, bytes);
const mutation = (procedure: string, body: unknown) =>
  post(`/trpc/${procedure}`, JSON.stringify(body));

function corpus(): Case[] {
  const cases: Case[] = [];
  const add = (name: string, send: Case['send'], status: number[]) =>
    cases.push({ name, send, status });

  // Malformed targets and escapes: these used to end the process.
  for (const path of [
    '/%',
    '/%zz',
    '/%E0%A4%A',
    '/assets/%E0%A4%A.js',
    '/trpc/%',
    '/trpc/%zz',
    '/trpc/measures.get%',
    '/%00',
    '/a%00b',
    '/trpc/measures.list%00',
    '/%0d%0aSet-Cookie:x=1',
    '/%ED%A0%80',
    '/healthz%',
  ])
    add(`GET ${path}`, raw(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`), [400]);
  for (const target of ['//', '///etc/passwd', 'http://', 'http://[::1', 'ftp://x/y', '*', 'x'])
    add(
      `request target ${target}`,
      raw(`GET ${target} HTTP/1.1\r\nHost: localhost\r\n\r\n`),
      [400],
    );
  add('no request target', raw('GET  HTTP/1.1\r\nHost: localhost\r\n\r\n'), [400]);
  add('garbage request line', raw('HELLO\r\n\r\n'), [400]);
  add('binary request line', raw(Buffer.from([0, 1, 2, 255, 13, 10, 13, 10])), [400]);
  add('header without colon', raw('GET / HTTP/1.1\r\nHost localhost\r\n\r\n'), [400]);
  add(
    'oversized headers',
    raw(`GET / HTTP/1.1\r\nHost: localhost\r\nX-A: ${'a'.repeat(20_000)}\r\n\r\n`),
    [431],
  );
  add(
    'URL over the limit',
    get(`/trpc/measures.list?input=${'a'.repeat(limits.maxUrlBytes + 10)}`),
    [414],
  );
  add('static URL over the limit', get(`/${'a'.repeat(limits.maxUrlBytes + 10)}`), [414]);

  // Path traversal: never a file outside the dashboard's folder (there is no dashboard here).
  for (const path of [
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/../../package.json',
    '/..\\..\\etc\\passwd',
    '/trpc/../healthz',
  ])
    add(`traversal ${path}`, get(path), [400, 404, 503]);

  // Every method on every kind of route.
  const routes = ['/', '/healthz', '/trpc/measures.list', '/trpc/measures.create', '/assets/x.js'];
  // FOO is no HTTP method at all: Node's parser refuses it before any route (400).
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO'])
    for (const path of routes)
      add(
        `${method} ${path}`,
        () => send(running.url, { method, path }),
        method === 'FOO' ? [400] : [405],
      );
  add(
    'HEAD on the API',
    () => send(running.url, { method: 'HEAD', path: '/trpc/measures.list' }),
    [405],
  );
  add('GET a mutation', get('/trpc/measures.create'), [405]);
  add('POST a query', mutation('measures.list', {}), [405]);

  // Unknown procedures and bad inputs.
  for (const path of [
    '/trpc/',
    '/trpc/nothing',
    '/trpc/measures.nothing',
    '/trpc/__proto__',
    '/trpc/constructor.prototype',
    '/trpc/measures.get.call',
  ])
    add(`unknown ${path}`, get(path), [404]);
  for (const [name, value] of [
    ['not JSON', '%7Bnot-json'],
    ['a number', '42'],
    ['array', input([1, 2, 3])],
    ['huge limit', input({ limit: 1e308 })],
    ['negative limit', input({ limit: -1 })],
    ['fractional limit', input({ limit: 1.5 })],
    ['limit as text', input({ limit: '10' })],
    ['stage unknown', input({ stage: ['nope'] })],
    ['nested deep', input({ stage: JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) })],
  ] as const)
    add(`measures.list input ${name}`, get(`/trpc/measures.list?input=${value}`), [400]);
  for (const ref of ['', ' ', 'x'.repeat(201), '\u0000', '\ud800'])
    add(
      `measures.get ref ${JSON.stringify(ref).slice(0, 20)}`,
      get(`/trpc/measures.get?input=${input({ ref })}`),
      ref === '\ud800' ? [400, 404] : [400],
    );

  // Batches beyond the limit.
  const batchOf = (n: number) =>
    `/trpc/${Array(n).fill('measures.list').join(',')}?batch=1&input=${input(Object.fromEntries(Array.from({ length: n }, (_, i) => [i, {}])))}`;
  add('GET batch over the limit', get(batchOf(limits.maxBatchSize + 1)), [400]);
  add('GET batch of 1,000', get(batchOf(1000)), [400, 414, 431]);
  add(
    'POST batch over the limit',
    post(
      `/trpc/${Array(limits.maxBatchSize + 1)
        .fill('sources.create')
        .join(',')}?batch=1`,
      JSON.stringify(
        Object.fromEntries(Array.from({ length: limits.maxBatchSize + 1 }, (_, i) => [i, {}])),
      ),
    ),
    [400],
  );

  // Bodies: too large, too deep, not JSON, wrong type.
  const big = Buffer.alloc(limits.maxBodyBytes + 1, 'a');
  add('body over the limit', post('/trpc/sources.create', big), [413]);
  add(
    'body claiming to be huge',
    () =>
      send(running.url, {
        method: 'POST',
        path: '/trpc/sources.create',
        headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
        body: '{}',
      }).catch(() => ({ status: 413, headers: {}, body: 'connection closed' })),
    [413],
  );
  add(
    'chunked body over the limit',
    raw(
      `POST /trpc/sources.create HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer ${testToken}\r\nTransfer-Encoding: chunked\r\n\r\n${[
        0, 1, 2,
      ]
        .map(() => `${(400_000).toString(16)}\r\n${'a'.repeat(400_000)}\r\n`)
        .join('')}0\r\n\r\n`,
    ),
    [413],
  );
  add(
    'deep JSON body',
    post('/trpc/sources.create', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    [400],
  );
  add(
    'deep object body',
    post('/trpc/sources.create', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`),
    [400],
  );
  add('truncated JSON', post('/trpc/sources.create', '{"title": "x'), [400]);
  add('empty body', post('/trpc/sources.create', ''), [400]);
  add('JSON null', post('/trpc/sources.create', 'null'), [400]);
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonx',
    '',
  ])
    add(
      `content type "${type}"`,
      post('/trpc/sources.create', '{}', { 'content-type': type }),
      [415],
    );
  add(
    'no content type',
    () =>
      send(running.url, {
        method: 'POST',
        path: '/trpc/sources.create',
        body: '{}',
        headers: bearer(),
      }),
    [415],
  );

  // Prototype pollution: keys that must neither pollute nor pass.
  for (const body of [
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"title": "x", "__proto__": {"polluted": true}, "publisher": 1}',
    '{"0": {"__proto__": {"polluted": true}}}',
  ])
    add(`pollution ${body.slice(0, 30)}`, post('/trpc/sources.create', body), [400]);

  // Text that is not text, and addresses that are not addresses.
  const source = { title: 'A report', publisher: 'A publisher', kind: 'news' };
  for (const [name, patch] of [
    ['lone high surrogate in a title', { title: 'Report \ud800' }],
    ['lone low surrogate in a title', { title: '\udc00' }],
    ['NUL in a title', { title: 'Re\u0000port' }],
    ['bell in a title', { title: 'Re\u0007port' }],
    ['DEL in a publisher', { publisher: 'Pub\u007f' }],
    ['C1 control in a title', { title: 'Report\u0085' }],
    ['newline in a title', { title: 'Two\nlines' }],
    ['zero-width title', { title: '\u200b\u200c\u200d' }],
    ['BOM-only publisher', { publisher: '\ufeff' }],
    ['blank title', { title: '   ' }],
    ['title too long', { title: 'x'.repeat(301) }],
    ['URL with newline', { url: 'https://example.org/a\nb' }],
    ['URL with space', { url: 'https://example.org/a b' }],
    ['URL with tab', { url: 'https://exa\tmple.org/' }],
    ['javascript URL', { url: 'javascript:alert(1)' }],
    ['data URL', { url: 'data:text/html,<script>alert(1)</script>' }],
    ['ftp URL', { url: 'ftp://example.org/file' }],
    ['URL without host', { url: 'http://' }],
    ['relative URL', { url: '/just/a/path' }],
    ['date that does not exist', { publishedOn: '2016-02-30' }],
    ['date in another form', { publishedOn: '23/08/2016' }],
    ['unknown kind', { kind: 'rumour' }],
    ['number as title', { title: 42 }],
    ['object as title', { title: { toString: 'x' } }],
  ] as const)
    add(`sources.create: ${name}`, mutation('sources.create', { ...source, ...patch }), [400]);
  for (const [name, body] of [
    [
      'measure with control slug',
      { slug: 'a\u0000b', title: 'T', kind: 'regulation', jurisdiction: 'EU', stage: 'proposal' },
    ],
    [
      'measure with lone surrogate summary',
      {
        slug: 'ok-slug',
        title: 'T',
        kind: 'regulation',
        jurisdiction: 'EU',
        stage: 'proposal',
        summary: 'x\udfff',
      },
    ],
    [
      'measure with zero-width title',
      {
        slug: 'ok-slug',
        title: '\u2060\u200b',
        kind: 'regulation',
        jurisdiction: 'EU',
        stage: 'proposal',
      },
    ],
    [
      'measure with 21 identifiers',
      {
        slug: 'ok-slug',
        title: 'T',
        kind: 'regulation',
        jurisdiction: 'EU',
        stage: 'proposal',
        identifiers: Array.from({ length: 21 }, (_, i) => ({ scheme: 'other', value: `x${i}` })),
      },
    ],
    [
      'measure with lower-case jurisdiction',
      { slug: 'ok-slug', title: 'T', kind: 'regulation', jurisdiction: 'eu', stage: 'proposal' },
    ],
    [
      'event with NUL description',
      {
        measureId: 'm',
        date: '2016',
        kind: 'other',
        title: 'T',
        description: 'a\u0000',
        sourceId: 's',
      },
    ],
    [
      'stakeholder with control name',
      { slug: 'ok-slug', kind: 'person', name: 'A\u001bB', category: 'government' },
    ],
  ] as const)
    add(
      name,
      mutation(
        name.startsWith('measure')
          ? 'measures.create'
          : name.startsWith('event')
            ? 'events.create'
            : 'stakeholders.create',
        body,
      ),
      [400],
    );

  // Stale and future versions, and versions that are not versions.
  for (const version of [0, -1, 1.5, '1', null, 1e20])
    add(
      `measures.update version ${version}`,
      () => mutation('measures.update', { id: measureId, version, title: 'Changed' })(),
      [400],
    );
  add(
    'measures.update future version',
    () => mutation('measures.update', { id: measureId, version: 999, title: 'Changed' })(),
    [409],
  );
  add(
    'sources.update future version',
    () => mutation('sources.update', { id: sourceId, version: 42, title: 'Changed' })(),
    [409],
  );
  add(
    'measures.update unknown id',
    mutation('measures.update', { id: 'no-such-id', version: 1, title: 'Changed' }),
    [404],
  );

  // Host and Origin: a rebinding page or another site.
  add(
    'write with a foreign Host',
    post('/trpc/sources.create', JSON.stringify(source), { host: 'evil.example' }),
    [403],
  );
  for (const host of ['evil.example', 'evil.example:3000', 'localhost.evil.example', 'bad host'])
    add(`read with Host "${host}"`, get('/trpc/measures.list', { host }), [400, 403]);
  for (const origin of [
    'https://evil.example',
    'null',
    'http://localhost.evil.example',
    'file://',
    'garbage',
  ])
    add(
      `write with Origin ${origin}`,
      post('/trpc/sources.create', JSON.stringify(source), { origin }),
      [403],
    );

  // Credentials that are not credentials: refused as such, never taken for someone.
  const read = `/trpc/measures.list?input=${input({})}`;
  const write = JSON.stringify(source);
  add('read without a credential', anonymousGet(read), [401]);
  add('write without a credential', anonymousPost('/trpc/sources.create', write), [401]);
  add(
    'write naming an actor without a credential',
    anonymousPost('/trpc/sources.create', write, { 'x-dossier-actor': 'admin' }),
    [401],
  );
  for (const authorization of [
    'Bearer',
    'Bearer ',
    'bearer wrong-but-long-enough-token',
    `Basic ${Buffer.from(`admin:${testToken}`).toString('base64')}`,
    testToken,
    `Bearer ${testToken} extra`,
    `Bearer ${testToken.toUpperCase()}`,
    `Bearer dst_${'x'.repeat(43)}`,
    `Bearer ${'x'.repeat(10_000)}`,
    'Bearer \u00e9\u00e9\u00e9',
  ]) {
    const name = `Authorization "${authorization.slice(0, 24)}"`;
    add(`read with ${name}`, anonymousGet(read, { authorization }), [401]);
    add(
      `write with ${name}`,
      anonymousPost('/trpc/sources.create', write, { authorization }),
      [401],
    );
  }
  for (const cookie of [
    'dossier_session=',
    'dossier_session=garbage',
    `dossier_session=${'x'.repeat(5000)}`,
    'dossier_session=a; dossier_session=b',
    'other=1; dossier_session="quoted"',
    `dossier_session=${testToken}`,
  ])
    add(`read with cookie "${cookie.slice(0, 30)}"`, anonymousGet(read, { cookie }), [401]);
  add(
    'cookie write without Origin',
    anonymousPost('/trpc/sources.create', write, { cookie: 'dossier_session=garbage' }),
    [403],
  );
  add(
    'NUL in Authorization',
    raw(`GET ${read} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer a\u0000b\r\n\r\n`),
    [400],
  );

  // Sign-in with what no person types; none of it signs anyone in or changes anything.
  for (const [name, body] of [
    ['empty object', {}],
    ['name too long', { name: 'a'.repeat(41), password: 'long enough password' }],
    ['password too long', { name: 'admin', password: 'p'.repeat(201) }],
    ['password as object', { name: 'admin', password: { $ne: null } }],
    ['name as array', { name: ['admin'], password: 'long enough password' }],
  ] as const)
    add(`auth.signIn ${name}`, anonymousPost('/trpc/auth.signIn', JSON.stringify(body)), [400]);
  add(
    'auth.signIn unknown name',
    anonymousPost(
      '/trpc/auth.signIn',
      JSON.stringify({ name: 'nobody', password: 'long enough password' }),
    ),
    [401],
  );
  for (const token of ['', 'short', 'x'.repeat(201)])
    add(
      `auth.redeemLink token of ${token.length} characters`,
      anonymousPost('/trpc/auth.redeemLink', JSON.stringify({ token })),
      [400],
    );
  add(
    'auth.redeemLink made-up link',
    anonymousPost('/trpc/auth.redeemLink', JSON.stringify({ token: `dsl_${'a'.repeat(43)}` })),
    [401],
  );
  add(
    'auth.setPassword without a credential',
    anonymousPost('/trpc/auth.setPassword', JSON.stringify({ password: 'long enough password' })),
    [401],
  );
  add(
    'auth.setPassword with the server token',
    mutation('auth.setPassword', { password: 'long enough password' }),
    [400],
  );
  for (const [procedure, body] of [
    ['users.add', { name: '../admin', role: 'admin' }],
    ['users.add', { name: 'ok-name', role: 'root' }],
    ['users.add', { name: 'a', role: 'viewer' }],
    ['users.setRole', { name: 'admin', role: 'owner' }],
    ['users.remove', { name: 'no-such-person' }],
    ['tokens.create', { label: '', role: 'viewer' }],
    ['tokens.create', { label: 'x'.repeat(81), role: 'viewer' }],
    ['tokens.create', { label: 'ok', role: 'superuser' }],
    ['tokens.revoke', { id: -1 }],
    ['tokens.revoke', { id: '1' }],
    ['tokens.revoke', { id: 999_999 }],
  ] as const)
    add(
      `${procedure} ${JSON.stringify(body).slice(0, 40)}`,
      mutation(procedure, body),
      procedure === 'users.remove' || (procedure === 'tokens.revoke' && body.id === 999_999)
        ? [404]
        : [400],
    );

  return cases;
}

describe('a hostile corpus over real HTTP', () => {
  it('answers every request 4xx with a clear message and no internals; the server stays up and the data unchanged', {
    timeout: 60_000,
  }, async () => {
    const cases = corpus();
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const before = dump();
    const wrong: string[] = [];
    for (const c of cases) {
      const answer = await c.send();
      if (!c.status.includes(answer.status))
        wrong.push(`${c.name}: ${answer.status} ${answer.body.slice(0, 200)}`);
      if (
        /\bat .*\.(ts|js|mjs):\d+|node_modules|SQLITE_|\/work\/|TypeError|RangeError/.test(
          answer.body,
        )
      )
        wrong.push(`${c.name}: internals in ${answer.body.slice(0, 300)}`);
      if (answer.status >= 400 && c.name !== 'HEAD on the API' && answer.body.trim().length < 10)
        wrong.push(`${c.name}: no message`);
    }
    expect(wrong).toEqual([]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(dump()).toBe(before);
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(logLines.some((l) => l.includes('"status":500'))).toBe(false);
  });

  it('answers 405 with an Allow header and says which methods the route takes', async () => {
    const res = await send(running.url, { method: 'DELETE', path: '/trpc/measures.list' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, POST');
    expect(JSON.parse(res.body).error.message).toMatch(/^DELETE is not used by the API/);
  });

  it('quotes the request id in each error message and in the X-Request-Id header', async () => {
    const res = await send(running.url, { path: '/trpc/measures.get?input=%7B%7D' });
    const id = res.headers['x-request-id'];
    expect(typeof id).toBe('string');
    expect(JSON.parse(res.body).error.message).toContain(`(request ${id})`);
    const refused = await sendRaw(running.url, 'GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(refused.body).toMatch(/broken percent-escape.*\(request [0-9a-f-]{36}\)/);
  });

  it('refuses a batch over the limit and says so', async () => {
    const res = await send(running.url, {
      path: `/trpc/${Array(limits.maxBatchSize + 1)
        .fill('measures.facets')
        .join(',')}?batch=1`,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/batch/i);
  });
});
