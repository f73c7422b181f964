// Another program holding SQLite's write lock (a backup, a sqlite3 shell): writes are refused
// with 503 and Retry-After, reads and the health check go on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from './limits';
import { type RunningServer, startServer } from './server';
import { bearer, input, send, testToken } from './test/http';

let dir: string;
let running: RunningServer;
let path: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
  path = join(dir, 'dossier.db');
  running = await startServer({
    db: path,
    port: 0,
    webDir: null,
    token: testToken,
    log: () => {},
  });
});
afterAll(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

const createSource = (title: string) =>
  send(running.url, {
    method: 'POST',
    path: '/trpc/sources.create',
    headers: { 'content-type': 'application/json', ...bearer() },
    body: JSON.stringify({ title, publisher: 'Lock test', kind: 'news' }),
  });

const countSources = (title: string) =>
  running.database.sqlite
    .prepare('select count(*) from sources where title = ?')
    .pluck()
    .get(title);

describe('the write lock held by another program', () => {
  it('refuses writes with 503 and Retry-After, serves reads and health, then writes again', async () => {
    const other = new Database(path);
    other.pragma('busy_timeout = 0');
    other.exec('begin immediate');
    other.exec(
      "insert into sources (id, title, publisher, kind, version, created_at, updated_at) values ('held', 'Held', 'Other', 'news', 1, 'x', 'x')",
    );
    try {
      for (const procedure of ['sources.create', 'events.create']) {
        const res =
          procedure === 'sources.create'
            ? await createSource('Written while locked')
            : await send(running.url, {
                method: 'POST',
                path: '/trpc/events.create',
                headers: { 'content-type': 'application/json', ...bearer() },
                body: JSON.stringify({
                  measureId: 'm',
                  date: '2016',
                  kind: 'other',
                  title: 'T',
                  sourceId: 's',
                }),
              });
        expect(res.status, procedure).toBe(503);
        expect(res.headers['retry-after']).toBe(String(limits.retryAfterSeconds));
        expect(JSON.parse(res.body).error.message).toMatch(/busy.*try again/i);
      }
      expect(countSources('Written while locked')).toBe(0);

      const list = await send(running.url, {
        path: `/trpc/measures.list?input=${input({})}`,
        headers: bearer(),
      });
      expect(list.status).toBe(200);
      const health = await send(running.url, { path: '/healthz' });
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ status: 'ok', locked: true });
    } finally {
      other.exec('rollback');
      other.close();
    }
    const after = await createSource('Written after the lock');
    expect(after.status).toBe(200);
    expect(countSources('Written after the lock')).toBe(1);
    const health = JSON.parse((await send(running.url, { path: '/healthz' })).body);
    expect(health).toMatchObject({
      status: 'ok',
      readable: true,
      writable: true,
      schemaCurrent: true,
      locked: false,
    });
  });
});
