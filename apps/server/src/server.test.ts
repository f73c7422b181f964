import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server';
import { bearer, testToken } from './test/http';

let dir: string;
let running: RunningServer;
const lines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-server-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(web, 'assets', 'app-123.js'), 'console.log(1)');
  running = await startServer({
    db: join(dir, 'dossier.db'),
    port: 0,
    webDir: web,
    token: testToken,
    log: (l) => lines.push(l),
  });
});
afterAll(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A request signed in with the server's own token, as a script on its machine sends. */
const get = (path: string) => fetch(`${running.url}${path}`, { headers: bearer() });
const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('the HTTP server', () => {
  it('answers /healthz with 200 JSON while the database answers', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      status: 'ok',
      readable: true,
      writable: true,
      schemaCurrent: true,
      locked: false,
    });
  });

  it('seeds the empty file database and serves the brief over /trpc', async () => {
    const res = await get(
      `/trpc/measures.get?input=${input({ ref: 'fr-de-encrypted-messaging-access-2016' })}`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { measure: { slug: string } } } };
    expect(body.result.data.measure.slug).toBe('fr-de-encrypted-messaging-access-2016');
    expect(lines.some((l) => l.includes('Loaded the demo dossier'))).toBe(true);
  });

  it('answers bad input with 400 and a readable message, never a stack, and stays up', async () => {
    for (const path of [
      `/trpc/measures.list?input=${input({ limit: 'many' })}`,
      '/trpc/measures.get?input=%7Bnot-json',
      `/trpc/measures.get?input=${input({})}`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect(JSON.parse(text).error.message).toBeTruthy();
    }
    const post = await fetch(`${running.url}/trpc/measures.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer() },
      body: '{"slug": 12',
    });
    expect(post.status).toBe(400);
    expect((await get('/healthz')).status).toBe(200);
  });

  it('answers an unknown ref with 404 and an unknown procedure with 404', async () => {
    expect((await get(`/trpc/measures.get?input=${input({ ref: 'nothing-here' })}`)).status).toBe(
      404,
    );
    expect((await get('/trpc/measures.nothing')).status).toBe(404);
  });

  it('serves the dashboard: files, hashed assets cached for good, app routes to index.html', async () => {
    const page = await get('/measures/fr-de-encrypted-messaging-access-2016');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Dossier</title>');
    const asset = await get('/assets/app-123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect((await get('/assets/missing.js')).status).toBe(404);
    // A traversal attempt is just another dashboard route: the page, never the file.
    const traversal = await get('/..%2f..%2fetc%2fpasswd');
    expect(await traversal.text()).toContain('<title>Dossier</title>');
  });

  it('sends security headers with every answer, and revalidates index.html', async () => {
    for (const path of ['/', '/assets/app-123.js', '/healthz', '/trpc/measures.facets']) {
      const res = await get(path);
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
    const asset = await get('/assets/app-123.js');
    const etag = asset.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${running.url}/assets/app-123.js`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('logs one JSON line per request with id, method, path, status, time, bytes, actor and address', async () => {
    const res = await get('/healthz');
    const line = JSON.parse(lines.at(-1) ?? '{}');
    expect(line).toMatchObject({
      req: res.headers.get('x-request-id'),
      method: 'GET',
      path: '/healthz',
      status: 200,
      actor: null,
      ip: '127.0.0.1',
    });
    expect(line.ms).toBeGreaterThanOrEqual(0);
    expect(line.bytes).toBe((await res.text()).length);
    // An API call's line names who made it, from the credential.
    const api = await get('/trpc/measures.facets');
    const apiLine = JSON.parse(
      lines.findLast((l) => l.includes(`"req":"${api.headers.get('x-request-id')}"`)) ?? '{}',
    );
    expect(apiLine).toMatchObject({ status: 200, actor: 'server token' });
  });

  it('logs the reason of a refusal with the request id quoted to the client', async () => {
    const res = await get(`/trpc/measures.get?input=${input({ ref: 'nothing-here' })}`);
    const id = res.headers.get('x-request-id');
    const line = JSON.parse(lines.findLast((l) => l.includes(`"req":"${id}"`)) ?? '{}');
    expect(line).toMatchObject({ status: 404, level: 40 });
    expect(line.reason).toContain('No measure matches "nothing-here".');
  });
});

describe('writes with a token', () => {
  it('refuses writes without a valid token and takes them with it, naming the actor from the credential', async () => {
    const secured = await startServer({ db: ':memory:', port: 0, token: testToken, log: () => {} });
    const body = JSON.stringify({ title: 'Note', publisher: 'Us', kind: 'other' });
    const send = (headers: Record<string, string>) =>
      fetch(`${secured.url}/trpc/sources.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    expect((await send({})).status).toBe(401);
    expect((await send({ authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await send({ authorization: `Bearer ${testToken}x` })).status).toBe(401);
    expect((await send({ authorization: `Bearer ${testToken.slice(0, -1)}` })).status).toBe(401);
    expect((await send({ authorization: testToken })).status).toBe(401);
    // A name claimed in a header is not believed: the audit log names the credential.
    const ok = await send({ ...bearer(), 'x-dossier-actor': 'Ana' });
    expect(ok.status).toBe(200);
    const res = await fetch(`${secured.url}/trpc/measures.history?input=${input({})}`, {
      headers: bearer(),
    });
    const history = (await res.json()) as {
      result: { data: { items: { actor: string; entity: string }[] } };
    };
    const sources = history.result.data.items.filter((c) => c.entity === 'sources');
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((c) => c.actor === 'server token')).toBe(true);
    expect(history.result.data.items.some((c) => c.actor === 'Ana')).toBe(false);
    await secured.close();
  });
});
