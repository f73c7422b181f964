import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startProcess } from './test/process';

const dir = mkdtempSync(join(tmpdir(), 'dossier-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const start = startProcess;

describe('the dossier server process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`closes the server and the database cleanly on ${signal}`, { timeout: 30_000 }, async () => {
      const db = join(dir, `${signal}.db`);
      const server = start(['--port', '0', '--db', db]);
      const url = await server.url;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      server.child.kill(signal);
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain(`${signal}: closing the server and the database.`);
      // A cleanly closed WAL database leaves no -wal file behind.
      expect(existsSync(`${db}-wal`)).toBe(false);
    });
  }

  it('exits with a clear message on a bad flag', { timeout: 30_000 }, async () => {
    const server = start(['--port', 'seventy']);
    expect(await server.exited).toBe(2);
    expect(server.output()).toMatch(/PORT must be a whole number/);
    expect(server.output()).not.toMatch(/\n\s+at /);
  });
});
