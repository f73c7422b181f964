// Only the right origin writes: the Host must be one this server serves, a browser's Origin
// must be this server, and an actor named in a header is ignored: the credential names it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server';
import { bearer, send, sendRaw, testToken } from './test/http';

let running: RunningServer;
let port: string;

beforeAll(async () => {
  running = await startServer({
    db: ':memory:',
    port: 0,
    webDir: null,
    token: testToken,
    publicUrl: 'https://dossier.example.org',
    log: () => {},
  });
  port = new URL(running.url).port;
});
afterAll(() => running.close());

const source = (title: string) => JSON.stringify({ title, publisher: 'Origin test', kind: 'news' });

const write = (headers: Record<string, string>, title = 'From a test') =>
  send(running.url, {
    method: 'POST',
    path: '/trpc/sources.create',
    headers: { 'content-type': 'application/json', ...bearer(), ...headers },
    body: source(title),
  });

const lastActor = () =>
  running.database.sqlite
    .prepare("select actor from changes where entity = 'sources' order by rowid desc limit 1")
    .pluck()
    .get();

describe('Host and Origin', () => {
  it('serves the names it knows and any IP address, and refuses other names', async () => {
    for (const host of [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      `app.localhost:${port}`,
      '192.168.1.20:3000',
      'dossier.example.org',
    ]) {
      const res = await send(running.url, {
        path: '/trpc/measures.facets',
        headers: { host, ...bearer() },
      });
      expect(res.status, host).toBe(200);
    }
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      'localhost.evil.example',
      'dossier.example.org.evil.example',
    ]) {
      const res = await send(running.url, {
        path: '/trpc/measures.facets',
        headers: { host, ...bearer() },
      });
      expect(res.status, host).toBe(403);
      expect(JSON.parse(res.body).error.message).toMatch(/does not answer to the host name/);
    }
    // A probe by any name still learns whether the server is up.
    expect(
      (await send(running.url, { path: '/healthz', headers: { host: 'probe.internal' } })).status,
    ).toBe(200);
  });

  it('takes writes from its own pages and from scripts, not from other sites', async () => {
    expect((await write({ origin: running.url })).status).toBe(200);
    expect(
      (await write({ origin: 'https://dossier.example.org', host: 'dossier.example.org' })).status,
    ).toBe(200);
    expect((await write({})).status).toBe(200);
    for (const origin of ['https://evil.example', 'null', `http://localhost:${Number(port) + 1}`]) {
      const res = await write({ origin }, 'Forged');
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body).error.message).toMatch(/Writes from another site/);
    }
    const forged = running.database.sqlite
      .prepare("select count(*) from sources where title = 'Forged'")
      .pluck()
      .get();
    expect(forged).toBe(0);
  });

  it('ignores a name claimed in x-dossier-actor, whatever its bytes, and records the credential', async () => {
    const raw = (actor: Buffer) =>
      sendRaw(
        running.url,
        Buffer.concat([
          Buffer.from(
            `POST /trpc/sources.create HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer ${testToken}\r\nConnection: close\r\nx-dossier-actor: `,
          ),
          actor,
          Buffer.from(
            `\r\nContent-Length: ${Buffer.byteLength(source('Actor test'))}\r\n\r\n${source('Actor test')}`,
          ),
        ]),
      );
    const mark = running.database.sqlite
      .prepare('select coalesce(max(rowid), 0) from changes')
      .pluck()
      .get();
    for (const claimed of [
      Buffer.from('Zoë Müller-Łukasz', 'utf8'),
      Buffer.from('Ana\u0085 Bell\u200b\u202e', 'utf8'),
      Buffer.from('x'.repeat(500)),
      Buffer.from('\u200b\u2060', 'utf8'),
      Buffer.from('admin'),
    ]) {
      expect((await raw(claimed)).status, claimed.toString()).toBe(200);
      expect(lastActor()).toBe('server token');
    }
    // C0 controls are still refused by the HTTP parser itself, before any code of ours runs.
    expect((await raw(Buffer.from('Ana\u0001'))).status).toBe(400);
    const actors = running.database.sqlite
      .prepare('select distinct actor from changes where rowid > ?')
      .pluck()
      .all(mark);
    expect(actors).toEqual(['server token']);
  });
});
